import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { registryLedgers } from '../ledgers.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession, testModule } from '../../../test/test-server.js';
import { type OfficerLedgerRow, officerLedger } from './io.js';
import { addDays } from './service/certificates.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';
import { registryRoutes } from './routes/index.js';
import { ledgerFile, multipartFile } from '../../../test/ledger-files.js';

let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let coord: TestSession;
let officer: TestSession;
let housing: TestSession;
let leader: TestSession;
let mediator: TestSession;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const API = '/api/v1/enforcement';
// Requests run on the real clock: dates are relative to today.
const today = chinaDate(new Date());

// The registry plugin and its ledgers alone: the enforcement module's index.ts mounts the same.
const registryOnly = testModule({
  key: 'enforcement-registry',
  routes: registryRoutes,
  ledgers: registryLedgers,
});

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db, { modules: [registryOnly] });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
  leader = await w.login(app, 'leader');
  mediator = await w.login(app, 'mediator');
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

const officerBody = (over: Record<string, unknown> = {}) => ({
  orgUnitId: w.market.id,
  name: '孙丽',
  idNumber: '21011419900202123X',
  phone: '13912345678',
  certificateNumber: 'LN-SC-0200',
  certificateIssuer: '沈阳市人民政府',
  certificateIssuedOn: '2020-01-01',
  certificateValidUntil: addDays(today, 10),
  ...over,
});

describe('settings', () => {
  const body = {
    majorAmountPerson: 10000,
    majorAmountOrganisation: 100000,
    hearingAmountPerson: 5000,
    hearingAmountOrganisation: 50000,
    filingDays: 15,
  };
  it('walks 401 → 400 (each field) → 403 → 200', async () => {
    expect((await anonymous('GET', `${API}/settings`)).statusCode).toBe(401);
    expect((await mediator.get(`${API}/settings`)).json()).toMatchObject({ filingDays: 15, isSet: false });
    const bad = await coord.put(`${API}/settings`, { ...body, majorAmountPerson: -1, filingDays: 91 });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['body.filingDays', 'body.majorAmountPerson']);
    expect((await officer.put(`${API}/settings`, body)).statusCode).toBe(403);
    const ok = await coord.put(`${API}/settings`, { ...body, filingDays: 30 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ filingDays: 30, isSet: true });
  });
});

describe('bodies', () => {
  it('lists in scope with counts; confirm walks 401 → 400 → 403 → 201; 404 out of reach', async () => {
    const list = await officer.get(`${API}/bodies`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((b: { orgUnit: { id: string } }) => b.orgUnit.id)).toEqual([w.market.id]);
    expect(list.json().items[0]).toMatchObject({ officerCount: 3 });
    expect((await anonymous('POST', `${API}/bodies`, {})).statusCode).toBe(401);
    const bad = await coord.post(`${API}/bodies`, { orgUnitId: 'x', authorityKind: 'self', legalBasis: '' });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual([
      'body.authorityKind',
      'body.confirmedOn',
      'body.legalBasis',
      'body.orgUnitId',
      'body.scope',
    ]);
    const body = {
      orgUnitId: w.market.id,
      authorityKind: 'statutory',
      legalBasis: '《价格法》',
      scope: '价格',
      confirmedOn: '2020-01-01',
    };
    expect((await officer.post(`${API}/bodies`, body)).statusCode).toBe(403);
    const twice = await coord.post(`${API}/bodies`, body);
    expect(twice.statusCode).toBe(400);
    expect(paths(twice)).toEqual(['orgUnitId']);
    expect((await coord.patch(`${API}/bodies/${UNKNOWN}`, { scope: '改' })).statusCode).toBe(404);
    const housingBody = (await coord.get(`${API}/bodies?q=住房`)).json().items[0];
    const revoked = await coord.post(`${API}/bodies/${housingBody.id}/revocation`, {
      revokedOn: today,
      reason: '机构改革',
    });
    expect(revoked.statusCode).toBe(200);
    const confirmed = await coord.post(`${API}/bodies`, { ...body, orgUnitId: w.housing.id });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ id: housingBody.id, revokedOn: null });
  });

  it('offers the candidates for 确认: 401 → 403 → 200, departments not confirmed today', async () => {
    const url = `${API}/bodies/candidates`;
    expect((await anonymous('GET', url)).statusCode).toBe(401);
    expect((await officer.get(url)).statusCode).toBe(403);
    const res = await coord.get(url);
    expect(res.statusCode).toBe(200);
    const units: { id: string; code: string; type: string }[] = res.json().units;
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.type === 'department')).toBe(true);
    expect(units.map((u) => u.id)).not.toContain(w.market.id);
    expect(units.map((u) => u.code)).toContain('210114-D02');
  });
});

describe('officers', () => {
  it('walks POST 401 → 400 (each field) → 403 → 201 and PATCH 404 for another body’s officer', async () => {
    expect((await anonymous('POST', `${API}/officers`, officerBody())).statusCode).toBe(401);
    const bad = await officer.post(
      `${API}/officers`,
      officerBody({ name: '', certificateValidUntil: 'soon' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['body.certificateValidUntil', 'body.name']);
    expect((await mediator.post(`${API}/officers`, officerBody())).statusCode).toBe(403);
    expect((await officer.post(`${API}/officers`, officerBody({ orgUnitId: w.housing.id }))).statusCode).toBe(
      403,
    );
    const created = await officer.post(`${API}/officers`, officerBody());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ idNumber: '21011419900202123X', certificateState: 'expiring' });
    const dup = await officer.post(`${API}/officers`, officerBody({ name: '周杰' }));
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toEqual([
      { path: 'certificateNumber', message: '执法证号“LN-SC-0200”已登记在孙丽名下，同一区内证号不能重复' },
    ]);
    const [housingOfficerId] = w.housingOfficerIds;
    expect((await officer.patch(`${API}/officers/${housingOfficerId}`, { phone: '1' })).statusCode).toBe(404);
    expect((await housing.patch(`${API}/officers/${housingOfficerId}`, { phone: '024-1' })).statusCode).toBe(
      200,
    );
  });

  it('masks ID numbers and phones except for the coordinator and the officer’s own unit', async () => {
    const q = `${API}/officers?orgUnitId=${w.market.id}&q=${encodeURIComponent('孙丽')}`;
    const whole = (await coord.get(q)).json().items[0];
    expect(whole).toMatchObject({
      idNumber: '21011419900202123X',
      phone: '13912345678',
      personalDataVisible: true,
    });
    expect((await officer.get(q)).json().items[0].personalDataVisible).toBe(true);
    const masked = (await leader.get(q)).json().items[0];
    expect(masked).toMatchObject({
      idNumber: '2101**********123X',
      phone: '139****5678',
      personalDataVisible: false,
    });
    expect((await housing.get(q)).json().total).toBe(0);
    const csv = await leader.get(`${API}/officers/export?format=csv&orgUnitId=${w.market.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('2101**********123X');
    expect(csv.body).not.toContain('21011419900202123X');
  });

  it('filters expiring certificates and shows them in the workbench’s due items', async () => {
    expect((await officer.get(`${API}/officers?expiringWithinDays=-1`)).statusCode).toBe(400);
    const expiring = await officer.get(`${API}/officers?expiringWithinDays=30`);
    // The world's certificates ran out on 2025-12-31 (expired today) and 孙丽's expires in 10 days.
    expect(expiring.json().items.map((o: { name: string }) => o.name)).toContain('孙丽');
    const due = await officer.get('/api/v1/me/due-items');
    expect(due.statusCode).toBe(200);
    const reminder = due.json().items.find((i: { title: string }) => i.title.includes('孙丽'));
    expect(reminder).toMatchObject({
      clockKey: 'enforcement.certificate_expiry',
      subjectType: 'enforcement_officer',
      urgency: 'due_soon',
      dueOn: addDays(today, 10),
    });
  });
});

describe('officer import', () => {
  const row = (
    certificateNumber: string,
    over: Partial<OfficerLedgerRow> = {},
  ): Partial<OfficerLedgerRow> => ({
    orgUnit: '区市场监督管理局',
    name: '导入人员',
    certificateNumber,
    certificateIssuer: '沈阳市人民政府',
    certificateIssuedOn: '2021-01-01',
    certificateValidUntil: '2030-12-31',
    hasLegalQualification: false,
    ...over,
  });
  const count = async () =>
    (await coord.get(`${API}/officers?q=${encodeURIComponent('导入人员')}`)).json().total;

  it('imports nothing when one row is bad, listing every bad row; then imports all', async () => {
    const url = `${API}/officers/import`;
    const bad = await ledgerFile(
      officerLedger,
      [
        row('IMP-1'),
        row('LN-ZJ-0001'),
        row('IMP-3', { orgUnit: '区住房和城乡建设局' }),
        row('IMP-4', { certificateValidUntil: '2020-01-01' }),
      ],
      'csv',
    );
    expect((await mediator.request({ method: 'POST', url, ...multipartFile(bad, 'a.csv') })).statusCode).toBe(
      403,
    );
    const rejected = await officer.request({ method: 'POST', url, ...multipartFile(bad, 'a.csv') });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual(
      [
        [3, '执法证号'],
        [4, '执法主体'],
        [5, '有效期至'],
      ],
    );
    expect(await count()).toBe(0);
    const good = await ledgerFile(officerLedger, [row('IMP-1'), row('IMP-2')], 'csv');
    const ok = await officer.request({ method: 'POST', url, ...multipartFile(good, 'b.csv') });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ updated: 0, unchanged: 0, imported: 2 });
    expect(await count()).toBe(2);
    // Keyed by 执法证号: the same file again changes nothing; a changed row is refused with the reason.
    const again = await officer.request({ method: 'POST', url, ...multipartFile(good, 'b.csv') });
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    expect(again.json().rows.map((r: { outcome: string; key: string }) => [r.outcome, r.key])).toEqual([
      ['unchanged', 'IMP-1'],
      ['unchanged', 'IMP-2'],
    ]);
    const changed = await ledgerFile(officerLedger, [{ ...row('IMP-1'), name: '改名' }], 'csv');
    const refused = await officer.request({ method: 'POST', url, ...multipartFile(changed, 'c.csv') });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rows[0].message).toContain(
      '姓名与系统中不同：已登记的执法人员请在系统中修改',
    );
    expect(await count()).toBe(2);
    expect((await officer.get(`${API}/officers/import-template`)).statusCode).toBe(200);
  });
});

describe('benchmarks, catalogue and fees', () => {
  it('benchmarks: 400 with the band’s path, 403 for district-wide by an officer, 201', async () => {
    const body = {
      orgUnitId: w.market.id,
      powerItemId: w.marketPowers.penalty,
      code: 'SC-CL-9',
      violation: '无证经营',
      penaltyBasis: '《食品安全法》第一百二十二条',
      ranges: [{ circumstance: 'general', fineMin: 100, fineMax: 50 }],
    };
    const bad = await officer.post(`${API}/benchmarks`, body);
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['ranges.0.fineMax']);
    const ranges = [{ circumstance: 'general', fineMin: 50, fineMax: 100 }];
    expect((await officer.post(`${API}/benchmarks`, { ...body, ranges, orgUnitId: null })).statusCode).toBe(
      403,
    );
    expect((await mediator.post(`${API}/benchmarks`, { ...body, ranges })).statusCode).toBe(403);
    const created = await officer.post(`${API}/benchmarks`, { ...body, ranges });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'SC-CL-9', powerItem: { id: w.marketPowers.penalty } });
    expect(
      (await housing.patch(`${API}/benchmarks/${created.json().id}`, { violation: 'x' })).statusCode,
    ).toBe(404);
    const catalogue = await officer.post(`${API}/major-catalogue`, {
      orgUnitId: w.market.id,
      powerItemId: null,
      description: '吊销许可证件',
    });
    expect(catalogue.statusCode).toBe(201);
    expect(
      (await housing.post(`${API}/major-catalogue/${catalogue.json().id}/deactivation`)).statusCode,
    ).toBe(404);
  });

  it('fees: collections walk 401 → 400 → 403 → 404 → 200', async () => {
    const fee = await officer.post(`${API}/fees`, {
      orgUnitId: w.market.id,
      code: 'SC-SF-9',
      name: '计量检定费',
      legalBasis: '《计量法》',
      standard: '按核定标准',
      publishedOn: '2020-01-01',
    });
    expect(fee.statusCode).toBe(201);
    const url = `${API}/fees/${fee.json().id}/collections/2020`;
    expect((await anonymous('PUT', url, { amountYuan: 1 })).statusCode).toBe(401);
    const badYear = await officer.put(`${API}/fees/${fee.json().id}/collections/1999`, { amountYuan: 5 });
    expect(badYear.statusCode).toBe(400);
    expect(paths(badYear)).toEqual(['params.year']);
    expect(paths(await officer.put(url, { amountYuan: -5 }))).toEqual(['body.amountYuan']);
    // A year before the item was published is the service's answer, on the field.
    expect(
      paths(await officer.put(`${API}/fees/${fee.json().id}/collections/2019`, { amountYuan: 5 })),
    ).toEqual(['year']);
    expect((await mediator.put(url, { amountYuan: 1 })).statusCode).toBe(403);
    expect((await housing.put(url, { amountYuan: 1 })).statusCode).toBe(404);
    const ok = await officer.put(url, { amountYuan: 642300 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().collections).toEqual([{ year: 2020, amountYuan: 642300 }]);
  });
});
