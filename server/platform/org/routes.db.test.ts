import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp } from '../../test/test-server.js';
import type { App } from '../http/types.js';
import { SESSION_COOKIE } from './sessions.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from './testing.js';

let t: TestDatabase;
let app: App;
let deptId: string;
let otherDistrictDept: string;

beforeAll(async () => {
  t = await createTestDatabase();
  // The kernel alone: these are the kernel's routes.
  app = await buildTestApp(t.db, { modules: [] });
  await buildOrgUnit(t.db, { code: 'YH', name: '于洪区', type: 'district' });
  const dept = await buildOrgUnit(t.db, {
    code: 'YH-D22',
    name: '区市场监督管理局',
    type: 'department',
    parentCode: 'YH',
  });
  deptId = dept.id;
  await buildOrgUnit(t.db, { code: 'YH-S01', name: '迎宾路街道', type: 'street', parentCode: 'YH' });
  await buildOrgUnit(t.db, { code: 'XX', name: '另一区', type: 'district' });
  otherDistrictDept = (
    await buildOrgUnit(t.db, { code: 'XX-D01', name: '另一区某局', type: 'department', parentCode: 'XX' })
  ).id;
  await buildUser(t.db, { username: 'coord', role: 'coordinator', orgUnitId: dept.id });
  await buildUser(t.db, { username: 'officer', role: 'department_officer', orgUnitId: dept.id });
});
afterAll(async () => {
  await app?.close();
  await t.drop();
});

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, csrf: res.json().csrfToken };
}

describe('auth routes', () => {
  it('logs in with an HttpOnly SameSite=Strict cookie and answers /me', async () => {
    expect((await app.inject({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'coord', password: 'nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' } });

    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'coord', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/fazhi_session=[\w-]{43}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const body = res.json();
    expect(body.user).toMatchObject({
      username: 'coord',
      role: 'coordinator',
      orgUnit: { name: '区市场监督管理局' },
    });
    expect(body.permissions).toEqual(expect.arrayContaining(['org.manage', 'users.manage']));

    const cookie = `${SESSION_COOKIE}=${res.cookies[0]!.value}`;
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('requires the CSRF token on cookie-authenticated writes, then logs out', async () => {
    const s = await signIn('officer');
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/fazhi_session=;/);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('changes the password: policy checked, the old one stops working', async () => {
    await buildUser(t.db, { username: 'changer', role: 'leader', orgUnitId: deptId });
    const s = await signIn('changer');
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { current: TEST_PASSWORD, next: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0]).toEqual({ path: 'next', message: '密码长度至少 10 位' });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { current: TEST_PASSWORD, next: 'Brand#New2021x' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(
      200,
    );
    await signIn('changer', 'Brand#New2021x');
  });

  it('rate-limits login attempts per client, across names (spraying many names)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { username: `ghost${i}`, password: 'whatever' },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('org and user routes', () => {
  it('walk 401 → 400 → 403 → 201 for creating a unit', async () => {
    const payload = { code: 'YH-D23', name: '区统计局', type: 'department', parentCode: 'YH' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/org/units', payload })).statusCode).toBe(401);
    const coord = await signIn('coord');
    const asCoord = { cookie: coord.cookie, 'x-csrf-token': coord.csrf };
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: asCoord,
      payload: { ...payload, type: 'x' },
    });
    expect(invalid.statusCode).toBe(400);
    const officer = await signIn('officer');
    const forbidden = await app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf },
      payload,
    });
    expect(forbidden.statusCode).toBe(403);
    const created = await app.inject({ method: 'POST', url: '/api/v1/org/units', headers: asCoord, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'YH-D23', type: 'department' });
    expect(created.json()).not.toHaveProperty('isEnforcementBody');
  });

  it('list the district, hide other districts, and serve the portal list publicly', async () => {
    const s = await signIn('officer');
    const list = await app.inject({
      url: '/api/v1/org/units?type=department',
      headers: { cookie: s.cookie },
    });
    expect(list.json().units.map((u: { code: string }) => u.code)).toEqual(['YH-D22', 'YH-D23']);
    const foreign = await app.inject({
      url: `/api/v1/org/units/${otherDistrictDept}`,
      headers: { cookie: s.cookie },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/v1/org/units/${deptId}`, headers: { cookie: s.cookie } })).statusCode,
    ).toBe(200);
    const tree = await app.inject({ url: '/api/v1/org/tree', headers: { cookie: s.cookie } });
    expect(tree.json().children.map((c: { code: string }) => c.code)).toContain('YH-S01');
    const portal = await app.inject({ url: '/api/v1/portal/departments' });
    expect(portal.statusCode).toBe(200);
    expect(portal.json().departments.map((d: { name: string }) => d.name)).toEqual([
      '区市场监督管理局',
      '区统计局',
    ]);
    const other = await app.inject({ url: '/api/v1/portal/departments?district=XX' });
    expect(other.json().departments.map((d: { name: string }) => d.name)).toEqual(['另一区某局']);
  });

  it('let only a coordinator list and create users', async () => {
    const officer = await signIn('officer');
    expect((await app.inject({ url: '/api/v1/users', headers: { cookie: officer.cookie } })).statusCode).toBe(
      403,
    );
    const coord = await signIn('coord');
    const list = await app.inject({ url: '/api/v1/users', headers: { cookie: coord.cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().users.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['coord', 'officer']),
    );
    expect(list.body).not.toContain('argon2');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: coord.cookie, 'x-csrf-token': coord.csrf },
      payload: {
        username: 'newbie',
        displayName: '新同事',
        role: 'mediator',
        orgUnitId: deptId,
        password: 'Fresh#Start2020',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'newbie', roleLabel: '调解员（网格员）' });
  });
});
