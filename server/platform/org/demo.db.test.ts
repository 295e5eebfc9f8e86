import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { orgScope } from '../authz/scope.js';
import { activeDemoAccounts, demoAccounts, type DemoOrgResult, loadDemoOrg } from './demo.js';
import { inTransaction } from '../db/transaction.js';
import { resetPassword } from './user-service.js';
import { findOrgUnits } from './org-service.js';
import { orgUnits } from './schema.js';
import { login } from './sessions.js';
import { systemCtx } from './testing.js';
import { hasDemoPasswords } from './user-service.js';

let t: TestDatabase;
let loaded: DemoOrgResult;

beforeAll(async () => {
  t = await createTestDatabase();
  loaded = await loadDemoOrg(systemCtx(t.db));
});
afterAll(async () => {
  await t.drop();
});

describe('the Yuhong demo org', () => {
  // The 23 enforcement bodies are enforcement's (its demo confirms them; decision 0013), not the org's.
  it('has the seed counts: 35 departments, 13 streets, 186 villages and communities', async () => {
    const units = await findOrgUnits(t.db, { districtId: loaded.districtId });
    const count = (pred: (u: (typeof units)[number]) => boolean) => units.filter(pred).length;
    expect(count((u) => u.type === 'district')).toBe(1);
    expect(count((u) => u.type === 'department')).toBe(35);
    expect(count((u) => u.type === 'village')).toBe(186);
    expect(count((u) => u.type === 'street')).toBe(13);
    expect(count((u) => u.type === 'grid')).toBeGreaterThan(0);
    expect(units.find((u) => u.type === 'district')?.name).toBe('于洪区');
    expect(loaded).toEqual({ districtId: loaded.districtId, units: units.length, users: 7 });
  });

  it('is idempotent: a second load changes nothing', async () => {
    const again = await loadDemoOrg(systemCtx(t.db));
    expect(again).toEqual(loaded);
    expect(await t.db.$count(orgUnits)).toBe(loaded.units);
  });

  it('records every unit and account in an intact audit chain', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: loaded.units + loaded.users });
  });

  it('has a working account per role (two officers: 市场监管局 and 信访局), flagged as demo passwords', async () => {
    expect(await hasDemoPasswords(t.db)).toBe(true);
    const accounts = demoAccounts();
    expect(accounts.map((a) => a.role).sort()).toEqual(
      [
        'coordinator',
        'department_officer',
        'department_officer',
        'leader',
        'legal_adviser',
        'legal_reviewer',
        'mediator',
      ].sort(),
    );
    expect(accounts.find((a) => a.username === 'xfj_officer')?.unit).toBe('区信访局');
    const mediator = accounts.find((a) => a.role === 'mediator')!;
    const session = await login(t.db, mediator, { now: new Date(), idleMinutes: 30, maxHours: 12 });
    const visible = await t.db
      .select({ type: orgUnits.type })
      .from(orgUnits)
      .where(orgScope(session.actor, orgUnits.id));
    // 迎宾路街道 itself, its 14 communities and the 3 grid units of 和平社区.
    expect(visible.map((v) => v.type).sort()).toEqual(
      ['street', ...Array(14).fill('village'), ...Array(3).fill('grid')].sort(),
    );
    const officer = accounts.find((a) => a.role === 'department_officer')!;
    const officerSession = await login(t.db, officer, { now: new Date(), idleMinutes: 30, maxHours: 12 });
    const own = await t.db
      .select({ name: orgUnits.name })
      .from(orgUnits)
      .where(orgScope(officerSession.actor, orgUnits.id));
    expect(own).toEqual([{ name: '区市场监督管理局' }]);
  });

  it('stops listing an account as a demo account once its password is changed', async () => {
    expect((await activeDemoAccounts(t.db)).map((a) => a.username)).toContain('qz_leader');
    await inTransaction(t.db, (tx) => resetPassword(tx, systemCtx(t.db), 'qz_leader', 'Private#Leader2021'));
    const still = (await activeDemoAccounts(t.db)).map((a) => a.username);
    expect(still).toHaveLength(6);
    expect(still).not.toContain('qz_leader');
  });
});
