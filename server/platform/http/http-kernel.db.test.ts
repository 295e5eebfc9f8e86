import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../test/test-server.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import type { App } from './types.js';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { connect } from '../db/client.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from '../org/testing.js';

let t: TestDatabase;
let app: App;
let coordinator: TestSession;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  const district = await buildOrgUnit(t.db, { code: 'YH', name: '于洪区', type: 'district' });
  await buildUser(t.db, { username: 'coord', role: 'coordinator', orgUnitId: district.id });
  coordinator = await loginAs(app, 'coord', TEST_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('HTTP kernel', () => {
  it('answers 401 before validating a protected route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/metrics/not-a-key/records?page=zero' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('turns malformed JSON into a 400, never a 500', async () => {
    const res = await coordinator.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { 'content-type': 'application/json' },
      payload: '{"current": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_REQUEST');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await coordinator.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ current: 'x'.repeat(2 * 1024 * 1024), next: 'y' }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await coordinator.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { 'x-csrf-token': 'forged' },
      payload: { current: TEST_PASSWORD, next: 'An0ther#Passw0rd-2021' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
    // The session survived the forged request.
    expect((await coordinator.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a write on a percent-encoded API path like any other (the matched route decides)', async () => {
    for (const url of ['/%61pi/v1/auth/password', '/api/v1/auth/p%61ssword']) {
      const res = await coordinator.request({
        method: 'POST',
        url,
        headers: { 'x-csrf-token': 'forged' },
        payload: { current: TEST_PASSWORD, next: 'An0ther#Passw0rd-2021' },
      });
      expect(res.statusCode, url).toBe(403);
    }
    const anonymous = await app.inject({ method: 'GET', url: '/%61pi/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a write whose Origin or Sec-Fetch-Site names another site, even with the token', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await coordinator.request({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers,
        payload: { current: 'wrong', next: 'An0ther#Passw0rd-2021' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('其他网站');
    }
    const sameSite = await coordinator.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
      payload: { current: 'wrong', next: 'An0ther#Passw0rd-2021' },
    });
    expect(sameSite.json().error?.message ?? '').not.toContain('其他网站');
  });

  it('lists field paths and zh-CN reasons for wrong types', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/metrics/powers.items_published?year=abc' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields[0].path).toBe('querystring.year');
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers unknown API routes and unknown metrics with a JSON 404', async () => {
    const route = await coordinator.get('/api/v1/no-such-thing');
    expect(route.statusCode).toBe(404);
    expect(route.json().error.code).toBe('NOT_FOUND');
    const metric = await coordinator.get('/api/v1/metrics/nothing.here?year=2020');
    expect(metric.statusCode).toBe(404);
  });

  it('sets security headers and a request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('sends no HTTPS-only header over plain HTTP, whatever the host (a LAN address must not go blank)', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { host: 'fazhi.yuhong.lan:3000' } });
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('believes X-Forwarded-* only from a configured proxy', async () => {
    const proxied = await buildTestApp(t.db, { env: { TRUSTED_PROXIES: '10.0.0.1' } });
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' };
    const viaProxy = await proxied.inject({
      method: 'GET',
      url: '/api/v1/health',
      remoteAddress: '10.0.0.1',
      headers: forwarded,
    });
    expect(viaProxy.headers['strict-transport-security']).toContain('max-age=');
    const forged = await proxied.inject({
      method: 'GET',
      url: '/api/v1/health',
      remoteAddress: '203.0.113.9',
      headers: forwarded,
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    await proxied.close();
  });

  it('answers racing creates of the same username with one 201 and 409s, never a 500', async () => {
    const district = (await coordinator.get('/api/v1/org/tree')).json() as { id: string };
    const create = () =>
      coordinator.post('/api/v1/users', {
        username: 'race_user',
        displayName: '并发测试',
        role: 'leader',
        orgUnitId: district.id,
        password: 'Race#Passw0rd-2026',
      });
    const answers = await Promise.all([create(), create(), create(), create(), create()]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json().error.code).toBe('CONFLICT');
  });

  it('reports the database in health and answers 503 while it is away', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toEqual({
      ok: true,
      database: 'up',
    });
    const away = connect('postgres://nobody@127.0.0.1:1/none', 1);
    const orphan = await createApp(away.db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      serveWeb: false,
      logger: false,
    });
    const health = await orphan.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ ok: false, database: 'down' });
    const withSession = await orphan.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'fazhi_session=whatever' },
    });
    expect(withSession.statusCode).toBe(503);
    expect(withSession.json().error.code).toBe('DATABASE_UNAVAILABLE');
    await orphan.close();
    await away.close();
  });

  it('publishes an OpenAPI 3.1 document naming the routes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/metrics/{key}', '/api/v1/calendar/due', '/api/v1/auth/login']),
    );
  });

  it('lists the installed modules with their navigation for a logged-in user', async () => {
    const res = await coordinator.get('/api/v1/modules');
    expect(res.statusCode).toBe(200);
    expect(res.json().modules.map((m: { key: string }) => m.key)).toContain('powers');
  });
});
