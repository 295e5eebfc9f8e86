import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAudit } from '../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, loginAs } from '../../test/test-server.js';
import type { App } from '../http/types.js';
import { users } from './schema.js';
import { login } from './sessions.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from './testing.js';

// Issue #11 item 5: the login throttle (decision 0020). Each block reproduces one defect of the old lockout.

let t: TestDatabase;
let app: App;
const T0 = new Date('2020-06-01T01:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const timing = (now: Date) => ({ now, idleMinutes: 30, maxHours: 12 });
const WRONG = 'Wrong#Passw0rd-1';
const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.20';

const attempt = (username: string, password: string, ip: string, now = T0) =>
  login(t.db, { username, password, ip, userAgent: 'vitest' }, timing(now));

interface Outcome {
  code: string;
  message: string;
  details?: unknown;
}

/** The error an attempt ends in, or 'ok'. */
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => ({ code: 'ok', message: '' }),
    (e: Outcome) => ({ code: e.code, message: e.message, details: e.details }),
  );

const postLogin = (username: string, password: string, ip: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    payload: { username, password },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db, { modules: [] });
  await buildOrgUnit(t.db, { code: 'D', name: '测试区', type: 'district' });
  const dept = await buildOrgUnit(t.db, {
    code: 'D-01',
    name: '区司法局',
    type: 'department',
    parentCode: 'D',
  });
  for (const username of ['victim', 'known', 'racer', 'backoff', 'spread', 'routed']) {
    await buildUser(t.db, { username, role: 'department_officer', orgUnitId: dept.id });
  }
});
afterAll(async () => {
  await app?.close();
  await t.drop();
});

describe('login throttle (#11.5)', () => {
  it('five failures from a stranger’s address do not lock the owner out of theirs', async () => {
    for (let i = 0; i < 5; i += 1) await outcome(attempt('victim', WRONG, ATTACKER));
    const session = await attempt('victim', TEST_PASSWORD, OWNER, minutes(1));
    expect(session.actor.username).toBe('victim');
    expect((await outcome(attempt('victim', TEST_PASSWORD, ATTACKER, minutes(1)))).code).toBe(
      'LOGIN_THROTTLED',
    );
  });

  it('answers an unknown name exactly as a known account, throttled alike', async () => {
    const known: Outcome[] = [];
    const unknown: Outcome[] = [];
    for (let i = 0; i < 7; i += 1) {
      known.push(await outcome(attempt('known', WRONG, ATTACKER)));
      unknown.push(await outcome(attempt('no-such-user', WRONG, ATTACKER)));
    }
    expect(unknown).toEqual(known);
    expect(known.map((o) => o.code)).toEqual([
      ...Array(5).fill('INVALID_CREDENTIALS'),
      'LOGIN_THROTTLED',
      'LOGIN_THROTTLED',
    ]);
  });

  it('answers an unknown name and a known account alike over HTTP: status, body and Retry-After', async () => {
    // Four failures each through the service: the route itself allows 10 requests a minute per address.
    for (let i = 0; i < 4; i += 1) {
      await outcome(
        login(t.db, { username: 'routed', password: WRONG, ip: '192.0.2.44' }, timing(new Date())),
      );
      await outcome(
        login(t.db, { username: 'nobody-here', password: WRONG, ip: '192.0.2.44' }, timing(new Date())),
      );
    }
    for (let i = 0; i < 2; i += 1) {
      const a = await postLogin('routed', WRONG, '192.0.2.44');
      const b = await postLogin('nobody-here', WRONG, '192.0.2.44');
      expect(b.statusCode).toBe(a.statusCode);
      expect(b.json()).toEqual(a.json());
      expect(b.headers['retry-after']).toBe(a.headers['retry-after']);
    }
    const last = await postLogin('routed', TEST_PASSWORD, '192.0.2.44');
    expect(last.statusCode).toBe(429);
    expect(last.json().error).toMatchObject({
      code: 'LOGIN_THROTTLED',
      message: expect.stringMatching(/登录失败次数过多/),
    });
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('counts each guess under a row lock before verifying: of 10 parallel guesses at most 5 are verified', async () => {
    const guesses = Array.from({ length: 10 }, (_, i) => (i === 7 ? TEST_PASSWORD : `${WRONG}${i}`));
    const results = await Promise.all(guesses.map((g) => outcome(attempt('racer', g, ATTACKER))));
    const verified = results.filter((r) => r.code !== 'LOGIN_THROTTLED');
    expect(verified.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.code === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(5);
  });

  it('doubles the wait with each further failure', async () => {
    for (let i = 0; i < 5; i += 1) await outcome(attempt('backoff', WRONG, ATTACKER));
    const first = await outcome(attempt('backoff', WRONG, ATTACKER, minutes(14)));
    expect(first).toMatchObject({ code: 'LOGIN_THROTTLED', details: { retryAt: minutes(15).toISOString() } });
    // After the first wait a sixth guess is verified, fails, and waits twice as long.
    expect((await outcome(attempt('backoff', WRONG, ATTACKER, minutes(15)))).code).toBe(
      'INVALID_CREDENTIALS',
    );
    const second = await outcome(attempt('backoff', TEST_PASSWORD, ATTACKER, minutes(16)));
    expect(second).toMatchObject({
      code: 'LOGIN_THROTTLED',
      details: { retryAt: minutes(45).toISOString() },
    });
    const [user] = await t.db.select().from(users).where(eq(users.username, 'backoff'));
    await expectAudit(t.db, { action: 'auth.login.throttled', subjectId: user!.id, count: 2 });
  });

  it('throttles the account from every address after the account-wide limit', async () => {
    for (let i = 0; i < 20; i += 1) await outcome(attempt('spread', WRONG, `10.0.0.${i}`));
    expect((await outcome(attempt('spread', TEST_PASSWORD, OWNER))).code).toBe('LOGIN_THROTTLED');
  });
});

describe('users screen API (#11.5)', () => {
  it('lists throttled-until, and the coordinator unlocks (audited); others may not', async () => {
    await buildOrgUnit(t.db, { code: 'U', name: '用户区', type: 'district' });
    const dept = await buildOrgUnit(t.db, {
      code: 'U-01',
      name: '区政府办',
      type: 'department',
      parentCode: 'U',
    });
    await buildUser(t.db, { username: 'coord-u', role: 'coordinator', orgUnitId: dept.id });
    await buildUser(t.db, { username: 'officer-u', role: 'department_officer', orgUnitId: dept.id });
    const locked = await buildUser(t.db, { username: 'locked-u', role: 'leader', orgUnitId: dept.id });
    const coord = await loginAs(app, 'coord-u', TEST_PASSWORD);
    for (let i = 0; i < 5; i += 1) await postLogin('locked-u', WRONG, ATTACKER);

    const list = await coord.get('/api/v1/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().users).toHaveLength(3); // the district's own accounts only
    const row = list.json().users.find((u: { username: string }) => u.username === 'locked-u');
    expect(row.throttledUntil).toEqual(expect.any(String));

    const officer = await loginAs(app, 'officer-u', TEST_PASSWORD);
    expect((await officer.post(`/api/v1/users/${locked.id}/unlock`)).statusCode).toBe(403);
    const unlocked = await coord.post(`/api/v1/users/${locked.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().throttledUntil).toBeNull();
    await expectAudit(t.db, { action: 'auth.user.unlocked', subjectId: locked.id, count: 1 });
    expect((await postLogin('locked-u', TEST_PASSWORD, ATTACKER)).statusCode).toBe(200);
  });

  it('enables and disables an account of the district only, never the coordinator’s own', async () => {
    const coord = await loginAs(app, 'coord-u', TEST_PASSWORD);
    const list = (await coord.get('/api/v1/users')).json().users as { id: string; username: string }[];
    const officer = list.find((u) => u.username === 'officer-u')!;
    const coordRow = list.find((u) => u.username === 'coord-u')!;
    const off = await coord.post(`/api/v1/users/${officer.id}/activation`, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    await expectAudit(t.db, { action: 'org.user.disabled', subjectId: officer.id, count: 1 });
    const on = await coord.post(`/api/v1/users/${officer.id}/activation`, { isActive: true });
    expect(on.json().isActive).toBe(true);

    const self = await coord.post(`/api/v1/users/${coordRow.id}/activation`, { isActive: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields[0]).toMatchObject({ path: 'isActive' });

    const [victim] = await t.db.select().from(users).where(eq(users.username, 'victim'));
    expect((await coord.post(`/api/v1/users/${victim!.id}/unlock`)).statusCode).toBe(404);
    const foreign = await coord.post(`/api/v1/users/${victim!.id}/activation`, { isActive: false });
    expect(foreign.statusCode).toBe(404);
  });
});
