import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { orgScope } from '../authz/scope.js';
import { makeCtx } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { bootstrapCoordinator } from './bootstrap.js';
import { createOrgUnit, findOrgUnits, type OrgUnit, orgTree } from './org-service.js';
import { orgUnits, users } from './schema.js';
import { login } from './sessions.js';
import { actorFor, buildOrgUnit, buildUser, systemCtx } from './testing.js';
import { countUsers, createUser, findUsers } from './user-service.js';

let t: TestDatabase;
let district: OrgUnit;
let justice: OrgUnit;
let office: OrgUnit;
let street: OrgUnit;
let other: OrgUnit;

beforeAll(async () => {
  t = await createTestDatabase();
  district = await buildOrgUnit(t.db, { code: 'YH', name: '测试区', type: 'district' });
  justice = await buildOrgUnit(t.db, {
    code: 'YH-D08',
    name: '区司法局',
    type: 'department',
    parentCode: 'YH',
  });
  office = await buildOrgUnit(t.db, {
    code: 'YH-D08-01',
    name: '区司法局行政执法监督科',
    type: 'enforcement_body',
    parentId: justice.id,
  });
  street = await buildOrgUnit(t.db, { code: 'YH-S01', name: '迎宾路街道', type: 'street', parentCode: 'YH' });
  await buildOrgUnit(t.db, { code: 'YH-S01-V001', name: '和平社区', type: 'village', parentCode: 'YH-S01' });
  other = await buildOrgUnit(t.db, { code: 'XX', name: '另一区', type: 'district' });
  await buildOrgUnit(t.db, { code: 'XX-D01', name: '另一区司法局', type: 'department', parentCode: 'XX' });
});
afterAll(async () => {
  await t.drop();
});

const auditCount = async () =>
  Number((await t.db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM audit_events`)).rows[0]?.n);

describe('org units', () => {
  it('derive their materialized path and district from the parent', () => {
    expect(district).toMatchObject({ path: `/${district.id}/`, districtId: district.id, parentId: null });
    expect(office).toMatchObject({
      path: `/${district.id}/${justice.id}/${office.id}/`,
      districtId: district.id,
      type: 'enforcement_body',
    });
  });

  it('refuse a place the tree does not have, a duplicate code, and a non-coordinator', async () => {
    const ctx = systemCtx(t.db);
    const under = (input: Parameters<typeof createOrgUnit>[2]) =>
      inTransaction(t.db, (tx) => createOrgUnit(tx, ctx, input));
    await expect(
      under({ code: 'V9', name: '某村', type: 'village', parentId: justice.id }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'parentId', message: '村（社区）不能设在部门之下' }],
    });
    await expect(
      under({ code: 'YH-D08', name: '重复', type: 'department', parentCode: 'YH' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const officer = await buildUser(t.db, {
      username: 'officer1',
      role: 'department_officer',
      orgUnitId: justice.id,
    });
    const asOfficer = makeCtx(t.db, actorFor(officer, justice), 'r1');
    await expect(
      inTransaction(t.db, (tx) =>
        createOrgUnit(tx, asOfficer, {
          code: 'YH-D99',
          name: '新部门',
          type: 'department',
          parentCode: 'YH',
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('are audited when created', async () => {
    const rows = await t.db.execute<{ action: string; district_id: string; after: { code: string } }>(
      sql`SELECT action, district_id, after FROM audit_events WHERE subject_id = ${office.id}`,
    );
    expect(rows.rows).toEqual([
      {
        action: 'org.unit.created',
        district_id: district.id,
        after: expect.objectContaining({ code: 'YH-D08-01' }),
      },
    ]);
  });

  it('list by district and filter, and form a tree', async () => {
    const all = await findOrgUnits(t.db, { districtId: district.id });
    expect(all.map((u) => u.code).sort()).toEqual(['YH', 'YH-D08', 'YH-D08-01', 'YH-S01', 'YH-S01-V001']);
    expect(
      (await findOrgUnits(t.db, { districtId: district.id, type: 'enforcement_body' })).map((u) => u.code),
    ).toEqual(['YH-D08-01']);
    expect(
      (await findOrgUnits(t.db, { districtId: district.id, parentId: street.id })).map((u) => u.code),
    ).toEqual(['YH-S01-V001']);
    const tree = await orgTree(t.db, district.id);
    expect(tree?.code).toBe('YH');
    expect(tree?.children.map((c) => c.code).sort()).toEqual(['YH-D08', 'YH-S01']);
    expect(tree?.children.find((c) => c.code === 'YH-D08')?.children.map((c) => c.code)).toEqual([
      'YH-D08-01',
    ]);
  });

  it('scope what a user sees: an officer its subtree, a coordinator its district', async () => {
    const officer = await buildUser(t.db, {
      username: 'officer2',
      role: 'department_officer',
      orgUnitId: justice.id,
    });
    const coordinator = await buildUser(t.db, {
      username: 'coord1',
      role: 'coordinator',
      orgUnitId: justice.id,
    });
    const mediator = await buildUser(t.db, { username: 'mediator1', role: 'mediator', orgUnitId: street.id });
    const visible = async (actor: ReturnType<typeof actorFor>) =>
      (await t.db.select({ code: orgUnits.code }).from(orgUnits).where(orgScope(actor, orgUnits.id)))
        .map((r) => r.code)
        .sort();
    expect(await visible(actorFor(officer, justice))).toEqual(['YH-D08', 'YH-D08-01']);
    expect(await visible(actorFor(mediator, street))).toEqual(['YH-S01', 'YH-S01-V001']);
    expect(await visible(actorFor(coordinator, justice))).toEqual([
      'YH',
      'YH-D08',
      'YH-D08-01',
      'YH-S01',
      'YH-S01-V001',
    ]);
    const withDistrictColumn = await t.db
      .select({ code: orgUnits.code })
      .from(orgUnits)
      .where(
        and(
          orgScope(actorFor(coordinator, justice), orgUnits.id, orgUnits.districtId),
          eq(orgUnits.type, 'district'),
        ),
      );
    expect(withDistrictColumn.map((r) => r.code)).toEqual(['YH']);
  });
});

describe('users', () => {
  it('refuses a weak password with the problems in Chinese and writes nothing', async () => {
    const before = { audit: await auditCount(), users: (await t.db.select().from(users)).length };
    const attempt = inTransaction(t.db, (tx) =>
      createUser(tx, systemCtx(t.db), {
        username: 'weakling',
        displayName: '弱密码',
        role: 'leader',
        orgUnitId: district.id,
        password: 'weakling1',
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'password', message: '密码长度至少 10 位' },
        { path: 'password', message: '密码须包含大写字母、小写字母、数字、符号中的至少三类' },
        { path: 'password', message: '密码不得包含用户名' },
      ],
    });
    expect(await auditCount()).toBe(before.audit);
    expect((await t.db.select().from(users)).length).toBe(before.users);
  });

  it('stores an argon2id hash and keeps it out of the audit event', async () => {
    const user = await buildUser(t.db, { username: 'Hashed.User', role: 'leader', orgUnitId: district.id });
    expect(user.username).toBe('hashed.user');
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const events = await t.db.execute<{ action: string; after: unknown }>(
      sql`SELECT action, after FROM audit_events WHERE subject_id = ${user.id}`,
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]!.action).toBe('org.user.created');
    expect(JSON.stringify(events.rows[0]!.after)).not.toMatch(/argon2|passwordHash|Test#/);
  });

  it('refuses a duplicate username (case-insensitively) and a unit of another district', async () => {
    const coordinator = await buildUser(t.db, {
      username: 'coord2',
      role: 'coordinator',
      orgUnitId: district.id,
    });
    const ctx = makeCtx(t.db, actorFor(coordinator, district), 'r2');
    const base = { displayName: '某人', role: 'leader' as const, password: 'Strong#Pass2020' };
    await expect(
      inTransaction(t.db, (tx) =>
        createUser(tx, ctx, { ...base, username: 'COORD2', orgUnitId: district.id }),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      inTransaction(t.db, (tx) =>
        createUser(tx, ctx, { ...base, username: 'newcomer', orgUnitId: other.id }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'orgUnitId', message: '所属机构不存在' }],
    });
  });

  it('lists the district for a coordinator and refuses everyone else', async () => {
    const coordinator = await buildUser(t.db, {
      username: 'coord3',
      role: 'coordinator',
      orgUnitId: district.id,
    });
    await buildUser(t.db, { username: 'elsewhere', role: 'coordinator', orgUnitId: other.id });
    const listed = await findUsers(makeCtx(t.db, actorFor(coordinator, district), 'r3'));
    expect(listed.map((u) => u.username)).toContain('officer1');
    expect(listed.map((u) => u.username)).not.toContain('elsewhere');
    expect(JSON.stringify(listed)).not.toContain('argon2');
    const officer = await buildUser(t.db, {
      username: 'officer3',
      role: 'department_officer',
      orgUnitId: justice.id,
    });
    await expect(findUsers(makeCtx(t.db, actorFor(officer, justice), 'r4'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('first-run bootstrap', () => {
  it('refuses to generate a password it could only print to the log (no terminal, none given)', async () => {
    const fresh = await createTestDatabase();
    try {
      const logged: string[] = [];
      const attempt = bootstrapCoordinator(fresh.db, {
        districtName: '于洪区',
        username: 'admin',
        log: (m) => logged.push(m),
      });
      await expect(attempt).rejects.toThrow(/ADMIN_PASSWORD/);
      expect(await countUsers(fresh.db)).toBe(0);
      // Given from the environment, it is used and never printed.
      const given = 'Qz7#vLp2-Rw9!mKt';
      const result = await bootstrapCoordinator(fresh.db, {
        districtName: '于洪区',
        username: 'admin',
        password: given,
        log: (m) => logged.push(m),
      });
      expect(result.generated).toBe(false);
      expect(logged.join('\n')).not.toContain(given);
    } finally {
      await fresh.drop();
    }
  });

  it('creates the district and a coordinator whose generated password works', async () => {
    const fresh = await createTestDatabase();
    try {
      const logged: string[] = [];
      const terminal: string[] = [];
      const result = await bootstrapCoordinator(fresh.db, {
        districtName: '于洪区',
        districtCode: '210114',
        username: 'admin',
        log: (m) => logged.push(m),
        showOnTerminal: (m) => terminal.push(m),
      });
      expect(result.generated).toBe(true);
      // The log is kept (journald, files); the password goes to the operator's terminal only (#11.14).
      expect(logged.join('\n')).not.toContain(result.password);
      expect(terminal.join('\n')).toContain(result.password);
      const session = await login(
        fresh.db,
        { username: 'admin', password: result.password },
        { now: new Date(), idleMinutes: 30, maxHours: 12 },
      );
      expect(session.actor).toMatchObject({ role: 'coordinator', districtId: result.districtId });
    } finally {
      await fresh.drop();
    }
  });
});
