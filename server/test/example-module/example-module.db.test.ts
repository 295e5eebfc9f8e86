import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { App } from '../../platform/http/index.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from '../../platform/org/testing.js';
import { createTestDatabase, type TestDatabase } from '../test-db.js';
import { loginAs, type TestSession } from '../test-server.js';
import { multipartFile } from '../ledger-files.js';
import { exampleModule } from './index.js';
import { CREATE_EXAMPLE_POINTS } from './schema.js';

// The guide's example module (docs/adding-a-module.md), mounted alone: what its declaration gives a user.
let t: TestDatabase;
let app: App;
let mediator: TestSession;
const BASE = '/api/v1/example/points';

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.execute(sql.raw(CREATE_EXAMPLE_POINTS));
  const district = await buildOrgUnit(t.db, { code: 'D', name: '示例区', type: 'district' });
  const street = await buildOrgUnit(t.db, {
    code: 'S1',
    name: '迎宾路街道',
    type: 'street',
    parentId: district.id,
  });
  for (const [code, name] of [
    ['V1', '迎宾路社区'],
    ['V2', '红旗村'],
  ] as const)
    await buildOrgUnit(t.db, { code, name, type: 'village', parentId: street.id });
  await buildUser(t.db, { username: 'ybl_mediator', role: 'mediator', orgUnitId: street.id });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  app = await createApp(t.db, config, { serveWeb: false, logger: false, modules: [exampleModule] });
  await app.ready();
  mediator = await loginAs(app, 'ybl_mediator', TEST_PASSWORD);
});

afterAll(async () => {
  await app.close();
  await t.drop();
});

function upload(session: TestSession, csv: string) {
  return session.request({ method: 'POST', url: `${BASE}/import`, ...multipartFile(csv, 'points.csv') });
}

const HEADER = '村（社区）,建成日期,标识牌,公示板,微信群';

describe('a ledger-only module declared with the kit', () => {
  it('imports its ledger, then says an identical file changes nothing', async () => {
    const file = `${HEADER}\n迎宾路社区,2020-04-30,是,是,是\n红旗村,2020-04-28,是,否,是\n`;
    const first = await upload(mediator, file);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
    const again = await upload(mediator, file);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const audits = await t.db.execute(sql`SELECT action FROM audit_events WHERE action LIKE 'example.%'`);
    expect(audits.rows).toHaveLength(2);
  });

  it('updates a changed row through the import, with its audit event', async () => {
    const res = await upload(mediator, `${HEADER}\n红旗村,2020-04-28,是,是,是\n`);
    expect(res.json()).toMatchObject({ imported: 0, updated: 1 });
    const audits = await t.db.execute(sql`SELECT 1 FROM audit_events WHERE action = 'example.point.updated'`);
    expect(audits.rows).toHaveLength(1);
  });

  it('refuses a file with an unknown village and writes nothing, naming the row and column', async () => {
    const res = await upload(
      mediator,
      `${HEADER}\n迎宾路社区,2020-05-01,是,是,是\n不存在村,2020-04-28,是,否,是\n`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows).toEqual([expect.objectContaining({ row: 3, column: '村（社区）' })]);
    const kept = await t.db.execute(sql`SELECT established_on FROM example_points ORDER BY established_on`);
    expect(kept.rows.map((r) => r.established_on)).toEqual(['2020-04-28', '2020-04-30']);
  });

  it('exports what it holds; the template and the CSV export round-trip unchanged', async () => {
    const exported = await mediator.get(`${BASE}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('红旗村');
    expect((await mediator.get(`${BASE}/import-template`)).statusCode).toBe(200);
    const back = await upload(mediator, exported.body.replace(/^\uFEFF/, ''));
    expect(back.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
  });
});
