import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type Fixture, type TestDatabase } from './test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD } from './world.js';

const opened: TestDatabase[] = [];
async function open(fixture?: Fixture): Promise<TestDatabase> {
  const t = await createTestDatabase(fixture);
  opened.push(t);
  return t;
}
afterAll(async () => {
  for (const t of opened) await t.drop();
});

const count = async (t: TestDatabase, table: string) =>
  Number((await t.db.execute<{ n: string }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))).rows[0]?.n);

/** A fixture that writes one marker row and counts its builds (names are per file: templates live per run). */
function markerFixture(name: string, fail = false): Fixture & { builds: number } {
  const fixture = {
    name,
    builds: 0,
    async build(db: Parameters<Fixture['build']>[0]) {
      fixture.builds += 1;
      await db.execute(sql`CREATE TABLE fixture_marker (built_by text NOT NULL)`);
      await db.execute(sql`INSERT INTO fixture_marker VALUES (${name})`);
      if (fail) throw new Error('the build broke');
    },
  };
  return fixture;
}

describe('fixture templates (built once per run, cloned per file)', () => {
  it('gives each caller its own copy of what the fixture built, building it once', async () => {
    const fixture = markerFixture('kit_marker');
    const a = await open(fixture);
    const b = await open(fixture);
    expect(fixture.builds).toBe(1);
    expect(await count(a, 'fixture_marker')).toBe(1);
    await a.db.execute(sql`INSERT INTO fixture_marker VALUES ('only in a')`);
    expect(await count(a, 'fixture_marker')).toBe(2);
    expect(await count(b, 'fixture_marker')).toBe(1);
    expect(a.name).not.toBe(b.name);
  });

  it('leaves the plain database empty of any fixture', async () => {
    await open(markerFixture('kit_marker_plain'));
    const plain = await open();
    const marker = await plain.db.execute(sql`SELECT to_regclass('fixture_marker') AS t`);
    expect(marker.rows[0]?.t).toBeNull();
    expect(await count(plain, 'org_units')).toBe(0);
  });

  it('keeps nothing of a failed build: the next caller builds again', async () => {
    const broken = markerFixture('kit_broken', true);
    await expect(createTestDatabase(broken)).rejects.toThrow('the build broke');
    await expect(createTestDatabase(broken)).rejects.toThrow('the build broke');
    expect(broken.builds).toBe(2);
  });

  it('refuses a name that cannot be part of a database name', async () => {
    await expect(createTestDatabase({ name: 'Bad-Name; DROP', build: async () => {} })).rejects.toThrow(
      'fixture name',
    );
  });
});

describe('the district world as a template', () => {
  it('holds the same world buildDistrictWorld loads, and loading it again adds nothing', async () => {
    const cloned = await open(DISTRICT_WORLD);
    const before = {
      units: await count(cloned, 'org_units'),
      users: await count(cloned, 'users'),
      audits: await count(cloned, 'audit_events'),
      years: await count(cloned, 'calendar_years'),
    };
    const world = await buildDistrictWorld(cloned.db);
    expect(await count(cloned, 'audit_events')).toBe(before.audits);
    expect(await count(cloned, 'users')).toBe(before.users);

    const fresh = await open();
    const loaded = await buildDistrictWorld(fresh.db);
    expect({
      units: await count(fresh, 'org_units'),
      users: await count(fresh, 'users'),
      audits: await count(fresh, 'audit_events'),
      years: await count(fresh, 'calendar_years'),
    }).toEqual(before);
    expect(before.units).toBeGreaterThan(0);
    expect(world.housingOfficer.role).toBe(loaded.housingOfficer.role);
    expect(world.housing.code).toBe(loaded.housing.code);
  }, 120_000);
});
