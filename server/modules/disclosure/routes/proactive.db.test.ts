import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { defineLedgerEntry } from '../../../platform/ledgers/index.js';
import { proactiveItemsLedger } from '../service/proactive/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession, testModule } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { registerItem } from '../service/proactive/index.js';
import { buildEntry } from '../service/proactive/test-support.js';
import { proactiveRoutes } from './proactive.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
let mediator: TestSession;
let marketItemId: string;
let housingItemId: string;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const BASE = '/api/v1/disclosure/proactive-items';

// The proactive plugin and its ledger alone: the disclosure module's index.ts mounts the same.
const proactiveOnly = testModule({
  key: 'disclosure-proactive',
  routes: proactiveRoutes,
  ledgers: [defineLedgerEntry(proactiveItemsLedger)],
});

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [proactiveOnly] });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  mediator = await w.login(app, 'mediator');
  marketItemId = (await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id))).id;
  housingItemId = (
    await registerItem(w.as(w.housingOfficer), buildEntry(w.housing.id, { channels: ['bulletin_board'] }))
  ).id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const anonymous = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, ...(payload ? { payload } : {}) });
const paths = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res
    .json()
    .error.fields.map((f) => f.path)
    .sort();

describe(`GET ${BASE}`, () => {
  it('walks 401 → 400 → 200, scoped to the officer’s unit', async () => {
    expect((await anonymous('GET', BASE)).statusCode).toBe(401);
    const bad = await officer.get(`${BASE}?category=taxes&lateOnly=maybe`);
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['querystring.category', 'querystring.lateOnly']);
    const ok = await officer.get(BASE);
    expect(ok.statusCode).toBe(200);
    const ids = ok.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(marketItemId);
    expect(ids).not.toContain(housingItemId);
  });
});

describe(`GET ${BASE}/:id`, () => {
  it('walks 401 → 400 → 404 (another unit’s entry) → 200 with the deadline explained', async () => {
    expect((await anonymous('GET', `${BASE}/${marketItemId}`)).statusCode).toBe(401);
    expect((await officer.get(`${BASE}/nope`)).statusCode).toBe(400);
    expect((await officer.get(`${BASE}/${housingItemId}`)).statusCode).toBe(404);
    expect((await officer.get(`${BASE}/${UNKNOWN}`)).statusCode).toBe(404);
    const ok = await officer.get(`${BASE}/${marketItemId}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().deadline).toMatchObject({ dueOn: '2020-06-30', isLate: false });
    expect(ok.json().deadline.explanation).toContain('第二十六条');
  });
});

describe(`POST ${BASE}`, () => {
  it('walks 401 → 400 (each field) → 403 → 201', async () => {
    const body = buildEntry(w.market.id);
    expect((await anonymous('POST', BASE, body)).statusCode).toBe(401);
    const bad = await officer.post(BASE, {
      ...body,
      category: 'x',
      title: '',
      formedOn: '2020-6-1',
      channels: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['body.category', 'body.channels', 'body.formedOn', 'body.title']);
    expect((await mediator.post(BASE, body)).statusCode).toBe(403);
    expect((await officer.post(BASE, buildEntry(w.housing.id))).statusCode).toBe(403);
    const created = await officer.post(BASE, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: body.title, isOnPortal: true });
  });
});

describe(`PATCH ${BASE}/:id and POST /withdrawal`, () => {
  it('walks 401 → 400 → 403 → 404 → 200', async () => {
    const url = `${BASE}/${marketItemId}`;
    expect((await anonymous('PATCH', url, { title: 'x' })).statusCode).toBe(401);
    expect((await officer.patch(url, { channels: ['carrier_pigeon'] })).statusCode).toBe(400);
    expect((await mediator.patch(url, { title: '新标题' })).statusCode).toBe(403);
    expect((await officer.patch(`${BASE}/${housingItemId}`, { title: '新标题' })).statusCode).toBe(404);
    const ok = await officer.patch(url, { title: '新标题' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().title).toBe('新标题');
  });

  it('withdraws: 401 → 400 → 403 → 404 → 200', async () => {
    const url = `${BASE}/${marketItemId}/withdrawal`;
    const body = { withdrawnOn: '2020-06-29', reason: '内容有误' };
    expect((await anonymous('POST', url, body)).statusCode).toBe(401);
    expect(paths(await officer.post(url, { withdrawnOn: 'x' }))).toEqual(['body.reason', 'body.withdrawnOn']);
    expect((await mediator.post(url, body)).statusCode).toBe(403);
    expect((await officer.post(`${BASE}/${UNKNOWN}/withdrawal`, body)).statusCode).toBe(404);
    const ok = await officer.post(url, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'withdrawn', withdrawalReason: '内容有误' });
  });
});

describe('export, template and import', () => {
  it('exports the scoped register and serves the template; the mediator may not import', async () => {
    expect((await anonymous('GET', `${BASE}/export`)).statusCode).toBe(401);
    expect((await officer.get(`${BASE}/export?format=pdf`)).statusCode).toBe(400);
    const csv = await coord.get(`${BASE}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('信息名称');
    expect(csv.body).toContain('区住房和城乡建设局');
    const template = await officer.get(`${BASE}/import-template`);
    expect(template.statusCode).toBe(200);
    expect((await mediator.get(`${BASE}/import-template`)).statusCode).toBe(403);
  });
});

describe('guides', () => {
  const body = { text: '一、主动公开……', contact: '024-1', address: null, officeHours: null };
  it('PUT walks 401 → 400 → 403 → 404 → 200; GET reads it back', async () => {
    const url = `/api/v1/disclosure/guides/${w.market.id}`;
    expect((await anonymous('PUT', url, body)).statusCode).toBe(401);
    expect(paths(await officer.put(url, { text: '' }))).toEqual(['body.text']);
    expect((await mediator.put(url, body)).statusCode).toBe(403);
    expect((await officer.put(`/api/v1/disclosure/guides/${w.housing.id}`, body)).statusCode).toBe(403);
    expect((await coord.put(`/api/v1/disclosure/guides/${UNKNOWN}`, body)).statusCode).toBe(404);
    expect((await officer.put(url, body)).statusCode).toBe(200);
    const read = await mediator.get(url);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ text: body.text, orgUnit: { id: w.market.id } });
  });
});

describe('portal', () => {
  it('shows only website items, not withdrawn, without login; validates its query', async () => {
    await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id, { title: '门户可见的信息' }));
    expect((await anonymous('GET', '/api/v1/portal/disclosure/catalogue?department=x')).statusCode).toBe(400);
    const res = await anonymous('GET', `/api/v1/portal/disclosure/catalogue?department=${w.market.id}`);
    expect(res.statusCode).toBe(200);
    const titles = res.json().items.map((i: { title: string }) => i.title);
    expect(titles).toContain('门户可见的信息');
    expect(titles).not.toContain('新标题');
    expect(res.json().items[0]).not.toHaveProperty('formedOn');
    const housing = await anonymous('GET', `/api/v1/portal/disclosure/catalogue?department=${w.housing.id}`);
    expect(housing.json().total).toBe(0);
    const guides = await anonymous('GET', '/api/v1/portal/disclosure/guides');
    expect(guides.statusCode).toBe(200);
    expect(
      guides.json().guides.find((g: { orgUnit: { id: string } }) => g.orgUnit.id === w.market.id),
    ).toMatchObject({
      items: 2,
      text: '一、主动公开……',
    });
  });
});
