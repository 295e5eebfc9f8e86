import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, loginAs } from '../../test/test-server.js';
import type { App } from '../http/types.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from '../org/testing.js';
import { ensureCalendarSeeded } from './load-year.js';

let t: TestDatabase;
let app: App;

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureCalendarSeeded(t.db);
  // The kernel alone: these are the kernel's routes.
  app = await buildTestApp(t.db, { modules: [] });
  await buildOrgUnit(t.db, { code: 'YH', name: '于洪区', type: 'district' });
  const dept = await buildOrgUnit(t.db, {
    code: 'YH-D01',
    name: '区司法局',
    type: 'department',
    parentCode: 'YH',
  });
  await buildUser(t.db, { username: 'coord', role: 'coordinator', orgUnitId: dept.id });
  await buildUser(t.db, { username: 'officer', role: 'department_officer', orgUnitId: dept.id });
});
afterAll(async () => {
  await app?.close();
  await t.drop();
});

/** A signed-in client (cookie and CSRF token sent with every request). */
const signIn = async (username: string) => (await loginAs(app, username, TEST_PASSWORD)).request;

describe('GET /api/v1/calendar/due (public)', () => {
  it('answers without a login, with the explanation', async () => {
    const res = await app.inject({ url: '/api/v1/calendar/due?from=2024-09-27&amount=20&unit=working_days' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueOn: '2024-10-30', provisional: false });
    expect(res.json().explanation).toMatch(/^2024-10-30：自2024-09-27次日起20个工作日/);
    const late = await app.inject({
      url: '/api/v1/calendar/due?from=2026-12-20&amount=20&unit=working_days',
    });
    expect(late.json()).toMatchObject({ dueOn: '2027-01-15', provisional: true });
  });

  it.each([
    ['from=2023-02-29&amount=1&unit=working_days', 'querystring.from'],
    ['from=2024-01-01&amount=1&unit=weeks', 'querystring.unit'],
    ['from=2024-01-01&amount=3651&unit=months', 'querystring.amount'],
    ['from=2024-01-01&amount=-1&unit=months', 'querystring.amount'],
    ['from=2024-01-01&amount=1.5&unit=months', 'querystring.amount'],
    ['amount=1&unit=months', 'querystring.from'],
  ])('400 for %s', async (query, path) => {
    const res = await app.inject({ url: `/api/v1/calendar/due?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });
});

describe('calendar years', () => {
  const body = {
    source: '国办发明电〔2026〕X号',
    days: [{ day: '2027-01-01', kind: 'off', holiday: '元旦' }],
  };

  it('lists and shows years to a logged-in user only', async () => {
    expect((await app.inject({ url: '/api/v1/calendar/years' })).statusCode).toBe(401);
    const officer = await signIn('officer');
    const list = await officer({ url: '/api/v1/calendar/years' });
    expect(list.statusCode).toBe(200);
    expect(list.json().years).toHaveLength(14); // 2013–2026
    const y2020 = await officer({ url: '/api/v1/calendar/years/2020' });
    expect(y2020.json().days).toContainEqual({ day: '2020-10-10', kind: 'work', holiday: '国庆节、中秋节' });
    expect((await officer({ url: '/api/v1/calendar/years/2031' })).statusCode).toBe(404);
  });

  it('PUT: 401, 403, 400 per field, then 200 for a coordinator', async () => {
    const url = '/api/v1/calendar/years/2027';
    expect((await app.inject({ method: 'PUT', url, payload: body })).statusCode).toBe(401);
    expect((await (await signIn('officer'))({ method: 'PUT', url, payload: body })).statusCode).toBe(403);
    const coord = await signIn('coord');
    const wrongYear = await coord({
      method: 'PUT',
      url,
      payload: {
        ...body,
        days: [...body.days, { day: '2026-12-31', kind: 'off' }, { day: '2027-01-01', kind: 'off' }],
      },
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.fields).toEqual([
      { path: 'body.days.1.day', message: '2026-12-31 不在 2027 年内' },
      { path: 'body.days.2.day', message: '2027-01-01 重复出现' },
    ]);
    const noSource = await coord({ method: 'PUT', url, payload: { ...body, source: ' ' } });
    expect(noSource.json().error.fields[0].path).toBe('body.source');
    const ok = await coord({ method: 'PUT', url, payload: body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ year: 2027, recomputedClocks: 0, version: 1 });
    const after = await app.inject({
      url: '/api/v1/calendar/due?from=2026-12-20&amount=20&unit=working_days',
    });
    expect(after.json()).toMatchObject({ dueOn: '2027-01-18', provisional: false });
  });
});

describe('my due items and notifications', () => {
  it('401 without a login; empty lists for a new user; 400 / 404 when marking read', async () => {
    expect((await app.inject({ url: '/api/v1/me/due-items' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
    const officer = await signIn('officer');
    expect((await officer({ url: '/api/v1/me/due-items' })).json()).toEqual({ items: [] });
    expect((await officer({ url: '/api/v1/notifications' })).json()).toEqual({ items: [], unread: 0 });
    const bad = await officer({ method: 'POST', url: '/api/v1/notifications/not-a-uuid/read' });
    expect(bad.statusCode).toBe(400);
    const missing = await officer({
      method: 'POST',
      url: '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read',
    });
    expect(missing.statusCode).toBe(404);
  });
});
