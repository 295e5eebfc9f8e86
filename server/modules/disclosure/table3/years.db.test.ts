import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { recordYears, yearOf } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession, testModule } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { requestScope } from '../policy.js';
import { table3Routes } from '../routes/table3.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { insertRequest } from './test-fixtures.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
const thisYear = Number(chinaDate(new Date()).slice(0, 4));

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  const base = (u: { id: string; districtId: string }) => ({ orgUnitId: u.id, districtId: u.districtId });
  // 区住建局: 2019 received, concluded in 2020 (carried over); 区市场监管局: 2020 and this year.
  await insertRequest(t.db, {
    ...base(w.housing),
    applicantType: 'natural_person',
    receivedOn: '2019-12-20',
    concludedOn: '2020-01-10',
    outcome: 'granted',
  });
  await insertRequest(t.db, { ...base(w.market), applicantType: 'business', receivedOn: '2020-03-02' });
  await insertRequest(t.db, {
    ...base(w.market),
    applicantType: 'natural_person',
    receivedOn: `${thisYear}-01-05`,
  });
  app = await buildTestApp(t.db, {
    modules: [testModule({ key: 'disclosure-table3', routes: table3Routes })],
  });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('GET /api/v1/disclosure/table3/years', () => {
  it('asks for a login', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/disclosure/table3/years' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists the years with requests received or concluded, and opens on the most recent complete one', async () => {
    const answer = await coord.get('/api/v1/disclosure/table3/years');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ years: [thisYear, 2020, 2019], defaultYear: 2020 });
  });

  it("gives a department officer only its own unit's years", async () => {
    const answer = await officer.get('/api/v1/disclosure/table3/years');
    expect(answer.json()).toEqual({ years: [thisYear, 2020], defaultYear: 2020 });
  });
});

describe('recordYears (the kit helper) follows the context clock', () => {
  const sources = () => [{ table: r, year: yearOf(r.receivedOn), where: requestScope(w.marketOfficer) }];

  it('on 2020-06-30 the complete year before has no records: it opens on 2020 itself', async () => {
    const found = await recordYears(w.as(w.marketOfficer, '2020-06-30'), sources());
    expect(found.defaultYear).toBe(2020);
    expect(found.years).toContain(2020);
  });

  it('on January 5 of a year the year before is the complete one', async () => {
    const found = await recordYears(w.as(w.marketOfficer, `${thisYear + 1}-01-05`), sources());
    expect(found).toEqual({ years: [thisYear, 2020], defaultYear: thisYear });
  });
});
