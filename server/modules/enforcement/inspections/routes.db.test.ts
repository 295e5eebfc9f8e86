import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { inspectionLedger } from './io.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';

let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let coord: TestSession;
let officer: TestSession;
let housing: TestSession;
let mediator: TestSession;
const PLANS = '/api/v1/enforcement/inspection-plans';
const INSPECTIONS = '/api/v1/enforcement/inspections';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db);
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
  mediator = await w.login(app, 'mediator');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const paths = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res
    .json()
    .error.fields.map((f) => f.path)
    .sort();

describe('inspection plans over HTTP', () => {
  it('creates, sets lines, files, freezes, and hides the plan from another body (404)', async () => {
    const body = { orgUnitId: w.market.id, year: 2020 };
    expect((await app.inject({ method: 'POST', url: PLANS, payload: body })).statusCode).toBe(401);
    expect(paths(await officer.post(PLANS, { orgUnitId: 'x', year: 'abc' }))).toEqual([
      'body.orgUnitId',
      'body.year',
    ]);
    expect((await mediator.post(PLANS, body)).statusCode).toBe(403);
    const created = await officer.post(PLANS, body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const items = `${PLANS}/${id}/items`;
    const line = { frequency: 'monthly', targets: '辖区内食品经营者' };
    const wrong = await officer.put(items, { items: [{ ...line, powerItemId: w.marketPowers.licensing }] });
    expect(wrong.statusCode).toBe(400);
    expect(paths(wrong)).toEqual(['items.0.powerItemId']);
    const set = await officer.put(items, { items: [{ ...line, powerItemId: w.marketPowers.inspection }] });
    expect(set.json()).toMatchObject({ plannedCount: 12, isFiled: false, items: [{ plannedCount: 12 }] });
    expect((await officer.post(`${PLANS}/${id}/filing`, {})).json().isFiled).toBe(true);
    const frozen = await officer.put(items, { items: [] });
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().error.code).toBe('INSPECTION_PLAN_FILED');

    expect((await housing.get(`${PLANS}/${id}`)).statusCode).toBe(404);
    expect((await housing.put(items, { items: [] })).statusCode).toBe(404);
    expect((await housing.get(`${PLANS}?year=2020`)).json().total).toBe(0);
    expect((await coord.get(`${PLANS}/${id}`)).json()).toMatchObject({
      orgUnit: { id: w.market.id },
      year: 2020,
    });
  });

  it('records inspections and reports progress per body in scope', async () => {
    const inspection = {
      orgUnitId: w.market.id,
      powerItemId: w.marketPowers.inspection,
      inspectedOn: '2020-05-12',
      targetName: '某某超市',
      officerIds: [...w.marketOfficerIds],
      result: 'rectification',
    };
    expect(
      paths(await officer.post(INSPECTIONS, { ...inspection, officerIds: [w.marketOfficerIds[0]] })),
    ).toEqual(['body.officerIds']);
    const recorded = await officer.post(INSPECTIONS, inspection);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      isUnplanned: false,
      officers: [{ name: '王强' }, { name: '李娜' }],
    });
    const unplanned = await officer.post(INSPECTIONS, { ...inspection, inspectedOn: '2019-05-12' });
    expect(unplanned.json().isUnplanned).toBe(true);
    const list = await officer.get(`${INSPECTIONS}?unplanned=true`);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([unplanned.json().id]);

    expect((await coord.get(`${PLANS}/progress`)).statusCode).toBe(400);
    const all = (await coord.get(`${PLANS}/progress?year=2020`)).json();
    expect(all.rows.find((r: { orgUnit: { id: string } }) => r.orgUnit.id === w.market.id)).toMatchObject({
      isFiled: true,
      plannedCount: 12,
      doneCount: 1,
      completionRate: 0.0833,
      unplannedCount: 0,
    });
    const own = (await housing.get(`${PLANS}/progress?year=2020`)).json();
    expect(own.rows.map((r: { orgUnit: { id: string } }) => r.orgUnit.id)).toEqual([w.housing.id]);
  });
});

describe('inspections ledger export, template and import', () => {
  const multipart = (csv: string) => {
    const boundary = '----fazhi-test';
    const payload = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="检查.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };
  const HEADER = inspectionLedger.columns.map((c) => c.header).join(',');

  it('exports the scoped ledger, serves the template, and imports all or nothing', async () => {
    const csv = await coord.get(`${INSPECTIONS}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('检查事项编码');
    expect(csv.body).toContain('LN-SC-0001');
    expect((await officer.get(`${INSPECTIONS}/import-template`)).statusCode).toBe(200);
    expect((await mediator.get(`${INSPECTIONS}/import-template`)).statusCode).toBe(403);

    const bad = await officer.request({
      method: 'POST',
      url: `${INSPECTIONS}/import`,
      ...multipart(
        `${HEADER}\n区市场监督管理局,SC-T-inspection,,2020-06-02,某某餐馆,LN-SC-0001、LN-SC-0002,,未发现问题,,\n` +
          '区住房和城乡建设局,ZJ-T-inspection,,2020-06-02,某某工地,LN-ZJ-0001、LN-ZJ-0002,,未发现问题,,',
      ),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows).toMatchObject([{ row: 3, column: '执法主体' }]);
    const before = (await officer.get(INSPECTIONS)).json().total;
    const good = await officer.request({
      method: 'POST',
      url: `${INSPECTIONS}/import`,
      ...multipart(
        `${HEADER}\n区市场监督管理局,SC-T-inspection,,2020-06-02,某某餐馆,LN-SC-0001、LN-SC-0002,,未发现问题,,`,
      ),
    });
    expect(good.json()).toMatchObject({ updated: 0, unchanged: 0, imported: 1, unplanned: 0 });
    expect((await officer.get(INSPECTIONS)).json().total).toBe(before + 1);
  });
});
