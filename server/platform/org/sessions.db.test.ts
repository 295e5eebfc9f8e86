import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { sm3 } from '../audit/hash.js';
import { throttleKeys } from './login-throttle-store.js';
import { loginThrottles, sessions, users } from './schema.js';
import { login, logout, resolveSession } from './sessions.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from './testing.js';
import { inTransaction } from '../db/transaction.js';
import { setUserActive } from './user-service.js';
import { systemCtx } from './testing.js';

let t: TestDatabase;
const T0 = new Date('2020-06-01T01:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const timing = (now: Date) => ({ now, idleMinutes: 30, maxHours: 12 });

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await buildOrgUnit(t.db, { code: 'D', name: '测试区', type: 'district' });
  const dept = await buildOrgUnit(t.db, {
    code: 'D-01',
    name: '区司法局',
    type: 'department',
    parentCode: 'D',
  });
  for (const username of ['alice', 'bob', 'carol', 'dave', 'erin']) {
    await buildUser(t.db, { username, role: 'department_officer', orgUnitId: dept.id });
  }
  expect(district.path).toBe(`/${district.id}/`);
});
afterAll(async () => {
  await t.drop();
});

const attempt = (username: string, password: string, now: Date) =>
  login(t.db, { username, password, ip: '127.0.0.1', userAgent: 'vitest' }, timing(now));

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await t.db.execute<{ action: string }>(
    sql`SELECT action FROM audit_events WHERE subject_id = ${subjectId} ORDER BY seq`,
  );
  return rows.rows.map((r) => r.action);
}

async function userRow(username: string) {
  const [row] = await t.db.select().from(users).where(eq(users.username, username));
  return row!;
}

describe('login and sessions', () => {
  it('opens a session: random token, only its SM3 hash stored, audited', async () => {
    const session = await attempt('Alice', TEST_PASSWORD, T0);
    expect(session.token).toMatch(/^[\w-]{43}$/);
    expect(session.actor).toMatchObject({ username: 'alice', role: 'department_officer' });
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, session.actor.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sm3(session.token));
    expect(JSON.stringify(rows)).not.toContain(session.token);
    expect(rows[0]!.expiresAt.getTime()).toBe(T0.getTime() + 12 * 3600_000);
    expect(await auditActions(session.actor.userId)).toContain('auth.session.created');
    expect((await userRow('alice')).lastLoginAt?.getTime()).toBe(T0.getTime());
  });

  it('refuses unknown users and wrong passwords alike, and audits both', async () => {
    const unknown = attempt('nobody', TEST_PASSWORD, T0);
    await expect(unknown).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码不正确',
    });
    const wrong = attempt('bob', 'Wrong#Passw0rd', T0);
    await expect(wrong).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' });
    expect(await auditActions('nobody')).toEqual([]);
    const [digest] = (
      await t.db.execute<{ subject: string }>(
        sql`SELECT subject_id AS subject FROM audit_events WHERE action = 'auth.login.failed'
            AND data->>'reason' = 'unknown_user' ORDER BY seq DESC LIMIT 1`,
      )
    ).rows;
    expect(digest?.subject).toMatch(/^未知账号#[0-9a-f]{12}$/);
    const bob = await userRow('bob');
    expect(await auditActions(bob.id)).toEqual(['org.user.created', 'auth.login.failed']);
  });

  it("keeps neither a stranger's typed username nor an oversized User-Agent in the audit record", async () => {
    const typed = 'MySecret#Passw0rd-typed-in-the-wrong-box';
    const huge = 'x'.repeat(15_000);
    await expect(
      login(t.db, { username: typed, password: 'p', ip: '127.0.0.1', userAgent: huge }, timing(T0)),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const rows = await t.db.execute<{ data: string }>(
      sql`SELECT data::text AS data FROM audit_events WHERE action = 'auth.login.failed' ORDER BY seq DESC LIMIT 1`,
    );
    const data = rows.rows[0]!.data;
    expect(data.toLowerCase()).not.toContain(typed.toLowerCase());
    expect(data.length).toBeLessThan(600);
  });

  it('after 5 consecutive failures from one address it waits 15 minutes, even with the right password', async () => {
    for (let i = 1; i <= 5; i += 1) {
      await expect(attempt('carol', 'Wrong#Passw0rd', minutes(i))).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    await expect(attempt('carol', TEST_PASSWORD, minutes(19))).rejects.toMatchObject({
      code: 'LOGIN_THROTTLED',
      message: expect.stringContaining('2020-06-01 09:20'),
    });
    const carol = await userRow('carol');
    const actions = await auditActions(carol.id);
    expect(actions.filter((a) => a === 'auth.login.throttled')).toHaveLength(1);
    expect(actions.filter((a) => a === 'auth.login.failed')).toHaveLength(6);

    const session = await attempt('carol', TEST_PASSWORD, minutes(20));
    expect(session.actor.username).toBe('carol');
    expect(await t.db.select().from(loginThrottles)).not.toContainEqual(
      expect.objectContaining({ accountKey: throttleKeys('carol', null).account }),
    );
  });

  it('a success resets the count: failures must be consecutive', async () => {
    for (let i = 0; i < 4; i += 1) await attempt('dave', 'Wrong#Passw0rd', T0).catch(() => {});
    await attempt('dave', TEST_PASSWORD, T0);
    for (let i = 0; i < 4; i += 1) {
      await expect(attempt('dave', 'Wrong#Passw0rd', T0)).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    await expect(attempt('dave', TEST_PASSWORD, T0)).resolves.toMatchObject({ actor: { username: 'dave' } });
  });

  it('gives each session its own CSRF token', async () => {
    const a = await attempt('erin', TEST_PASSWORD, T0);
    const b = await attempt('erin', TEST_PASSWORD, T0);
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect(a.token).not.toBe(b.token);
    expect((await resolveSession(t.db, a.token, { now: T0, idleMinutes: 30 }))?.csrfToken).toBe(a.csrfToken);
  });

  it('expires an idle session and deletes it; activity keeps it alive', async () => {
    const { token } = await attempt('alice', TEST_PASSWORD, T0);
    const idle = { idleMinutes: 30 };
    expect(await resolveSession(t.db, token, { now: minutes(0.5), ...idle })).not.toBeNull();
    const [unchanged] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sm3(token)));
    expect(unchanged!.lastSeenAt.getTime()).toBe(T0.getTime()); // written at most once a minute
    expect(await resolveSession(t.db, token, { now: minutes(29), ...idle })).not.toBeNull();
    expect(await resolveSession(t.db, token, { now: minutes(58), ...idle })).not.toBeNull();
    expect(await resolveSession(t.db, token, { now: minutes(88.5), ...idle })).toBeNull();
    expect(
      await t.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, sm3(token))),
    ).toHaveLength(0);
  });

  it('ends a session at its maximum life however active it is', async () => {
    const { token } = await attempt('alice', TEST_PASSWORD, T0);
    for (let m = 0; m < 12 * 60; m += 120) {
      expect(await resolveSession(t.db, token, { now: minutes(m), idleMinutes: 180 })).not.toBeNull();
    }
    expect(await resolveSession(t.db, token, { now: minutes(12 * 60), idleMinutes: 180 })).toBeNull();
  });

  it('returns null for unknown tokens, after logout, and for a deactivated user', async () => {
    expect(await resolveSession(t.db, 'not-a-token', { now: T0, idleMinutes: 30 })).toBeNull();
    const first = await attempt('bob', TEST_PASSWORD, T0);
    await logout(t.db, first.token, T0);
    expect(await resolveSession(t.db, first.token, { now: T0, idleMinutes: 30 })).toBeNull();

    const second = await attempt('bob', TEST_PASSWORD, T0);
    expect(await resolveSession(t.db, second.token, { now: T0, idleMinutes: 30 })).not.toBeNull();
    await t.db.update(users).set({ isActive: false }).where(eq(users.username, 'bob'));
    expect(await resolveSession(t.db, second.token, { now: T0, idleMinutes: 30 })).toBeNull();
    await expect(attempt('bob', TEST_PASSWORD, T0)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('disabling an account ends its sessions at once', async () => {
    const { token } = await attempt('erin', TEST_PASSWORD, T0);
    await inTransaction(t.db, (tx) => setUserActive(tx, systemCtx(t.db), { username: 'erin' }, false));
    expect(
      await t.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, sm3(token))),
    ).toHaveLength(0);
  });
});
