import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { powersModule } from './index.js';
import { powerLedger } from './io.js';
import { createItem, fireTransition } from './service/index.js';
import { buildItemInput } from './test-support.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
let mediator: TestSession;
let housingItemId: string;
let marketItemId: string;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [powersModule] });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  mediator = await w.login(app, 'mediator');
  housingItemId = (await createItem(w.as(w.housingOfficer), buildItemInput(w.housing.id))).id;
  marketItemId = (await createItem(w.as(w.marketOfficer), buildItemInput(w.market.id))).id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const anonymous = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, ...(payload ? { payload } : {}) });

describe('GET /api/v1/powers/items', () => {
  it('walks 401 → 400 → 200, scoped to the officer’s unit', async () => {
    expect((await anonymous('GET', '/api/v1/powers/items')).statusCode).toBe(401);
    const bad = await officer.get('/api/v1/powers/items?category=taxes&pageSize=1000');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['querystring.category', 'querystring.pageSize']);
    const page = await officer.get('/api/v1/powers/items');
    expect(page.statusCode).toBe(200);
    const ids = page.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(marketItemId);
    expect(ids).not.toContain(housingItemId);
  });
});

describe('GET /api/v1/powers/items/:id', () => {
  it('walks 401 → 400 → 404 (another department’s item) → 200', async () => {
    expect((await anonymous('GET', `/api/v1/powers/items/${marketItemId}`)).statusCode).toBe(401);
    expect((await officer.get('/api/v1/powers/items/not-a-uuid')).statusCode).toBe(400);
    expect((await officer.get(`/api/v1/powers/items/${housingItemId}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/v1/powers/items/${UNKNOWN}`)).statusCode).toBe(404);
    const ok = await officer.get(`/api/v1/powers/items/${marketItemId}`);
    expect(ok.statusCode).toBe(200);
    const publish = ok.json().actions.find((a: { key: string }) => a.key === 'publish');
    expect(publish).toMatchObject({
      allowed: false,
      reason: { kind: 'permission', message: expect.stringContaining('无权') },
    });
  });
});

describe('POST /api/v1/powers/items', () => {
  it('walks 401 → 400 (each field) → 403 → 201', async () => {
    const body = buildItemInput(w.market.id);
    expect((await anonymous('POST', '/api/v1/powers/items', body)).statusCode).toBe(401);
    const bad = await officer.post('/api/v1/powers/items', {
      ...body,
      code: '中文编码',
      name: '',
      category: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['body.category', 'body.code', 'body.name']);
    expect((await mediator.post('/api/v1/powers/items', body)).statusCode).toBe(403);
    const created = await officer.post('/api/v1/powers/items', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: body.code, status: 'draft' });
    const again = await officer.post('/api/v1/powers/items', body);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0].path).toBe('code');
  });
});

describe('PATCH /api/v1/powers/items/:id', () => {
  it('walks 401 → 400 → 403 → 404 → 200', async () => {
    const url = `/api/v1/powers/items/${marketItemId}`;
    expect((await anonymous('PATCH', url, { name: 'x' })).statusCode).toBe(401);
    expect((await officer.patch(url, { category: 'nope' })).statusCode).toBe(400);
    expect((await mediator.patch(url, { name: '新名称' })).statusCode).toBe(403);
    expect(
      (await officer.patch(`/api/v1/powers/items/${housingItemId}`, { name: '新名称' })).statusCode,
    ).toBe(404);
    const ok = await officer.patch(url, { name: '对无照经营的行政处罚' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('对无照经营的行政处罚');
  });
});

describe('POST /api/v1/powers/items/:id/transitions/:transition', () => {
  it('walks 401 → 400 → 403 → 404 → 200, then shows the item on the portal', async () => {
    const url = `/api/v1/powers/items/${marketItemId}/transitions/publish`;
    expect((await anonymous('POST', url, {})).statusCode).toBe(401);
    expect(
      (await coord.post(`/api/v1/powers/items/${marketItemId}/transitions/approve`, {})).statusCode,
    ).toBe(400);
    expect((await officer.post(url, {})).statusCode).toBe(403);
    expect((await coord.post(`/api/v1/powers/items/${UNKNOWN}/transitions/publish`, {})).statusCode).toBe(
      404,
    );
    const ok = await coord.post(url, {});
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'published', currentVersion: 1 });
    const portal = await anonymous('GET', `/api/v1/portal/powers/items/${marketItemId}`);
    expect(portal.statusCode).toBe(200);
    expect(portal.json()).toMatchObject({ department: { id: w.market.id }, version: 1 });
  });

  it('answers 409 with the gate’s code when an item is incomplete', async () => {
    const item = await createItem(w.as(w.coordinator), buildItemInput(w.market.id, { process: null }));
    const res = await coord.post(`/api/v1/powers/items/${item.id}/transitions/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'POWER_ITEM_INCOMPLETE',
      message: expect.stringContaining('运行流程'),
    });
  });

  it('requires a reason to repeal (400 with the field)', async () => {
    const item = await createItem(w.as(w.coordinator), buildItemInput(w.market.id));
    await fireTransition(w.as(w.coordinator), item.id, 'publish');
    const res = await coord.post(`/api/v1/powers/items/${item.id}/transitions/repeal`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('reason');
  });
});

describe('import and export', () => {
  const rowOf = (code: string, over: Record<string, unknown> = {}) => ({
    ...buildItemInput(w.market.id),
    code,
    orgUnit: '区市场监督管理局',
    status: 'published',
    ...over,
  });

  it('walks import 401 → 415 → 403 → 422 (every bad row) → 200', async () => {
    const good = await ledgerFile(powerLedger, [rowOf('IMP-001'), rowOf('IMP-002')]);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/powers/import', ...multipartFile(good, 'a.xlsx') }))
        .statusCode,
    ).toBe(401);
    expect((await coord.post('/api/v1/powers/import', { a: 1 })).statusCode).toBe(415);
    expect(
      (
        await coord.request({
          method: 'POST',
          url: '/api/v1/powers/import',
          ...multipartFile(good, 'a.xlsx'),
        })
      ).statusCode,
    ).toBe(200);
    const bad = await ledgerFile(powerLedger, [
      rowOf('IMP-003'),
      rowOf('IMP-004', { orgUnit: '无此部门' }),
      rowOf('IMP-005', { category: '行政打击' }),
    ]);
    const rejected = await coord.request({
      method: 'POST',
      url: '/api/v1/powers/import',
      ...multipartFile(bad, 'b.xlsx'),
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    expect(
      (
        await mediator.request({
          method: 'POST',
          url: '/api/v1/powers/import',
          ...multipartFile(good, 'a.xlsx'),
        })
      ).statusCode,
    ).toBe(403);
    const portal = await anonymous('GET', '/api/v1/portal/powers/items?q=IMP-00');
    expect(portal.json().items.map((i: { code: string }) => i.code)).toEqual(['IMP-001', 'IMP-002']);
  });

  it('walks export 401 → 400 → 403 → 200 and offers the template', async () => {
    expect((await anonymous('GET', '/api/v1/powers/export')).statusCode).toBe(401);
    expect((await coord.get('/api/v1/powers/export?format=pdf')).statusCode).toBe(400);
    expect((await mediator.get('/api/v1/powers/export')).statusCode).toBe(403);
    const xlsx = await coord.get('/api/v1/powers/export?format=xlsx&status=published');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const csv = await officer.get('/api/v1/powers/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('事项编码');
    // A department officer exports their own unit's items only.
    expect(csv.body).toContain('区市场监督管理局');
    expect(csv.body).not.toContain('区住房和城乡建设局');
    expect((await mediator.get('/api/v1/powers/import-template')).statusCode).toBe(403);
    expect((await officer.get('/api/v1/powers/import-template')).statusCode).toBe(200);
  });
});

describe('portal and stats', () => {
  it('serves the public search without login and validates it', async () => {
    expect((await anonymous('GET', '/api/v1/portal/powers/items?category=bogus')).statusCode).toBe(400);
    const page = await anonymous('GET', `/api/v1/portal/powers/items?departmentId=${w.market.id}`);
    expect(page.statusCode).toBe(200);
    expect(
      page.json().items.every((i: { department: { id: string } }) => i.department.id === w.market.id),
    ).toBe(true);
    expect((await anonymous('GET', `/api/v1/portal/powers/items/${housingItemId}`)).statusCode).toBe(404);
    const departments = await anonymous('GET', '/api/v1/portal/powers/departments');
    expect(departments.json().departments.map((d: { id: string }) => d.id)).toEqual([w.market.id]);
  });

  it('counts by department and category within the scope', async () => {
    expect((await anonymous('GET', '/api/v1/powers/stats')).statusCode).toBe(401);
    expect((await officer.get('/api/v1/powers/stats?status=gone')).statusCode).toBe(400);
    const stats = await officer.get('/api/v1/powers/stats?status=draft');
    expect(stats.statusCode).toBe(200);
    expect(stats.json().byDepartment.map((d: { id: string }) => d.id)).toEqual([w.market.id]);
  });
});
