/** GET /api/v1/reports/suggestions (decision 0037): 401 → 400 → 403 → 404 → 200, scoped like the report. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSuggestions } from '../../../../common/contracts/reports/suggestions.js';
import type { App } from '../../http/types.js';
import { buildTestApp } from '../../../test/test-server.js';
import { giveRepliedRequest } from '../../../test/replied-requests.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildDistrictWorld, type DistrictWorld } from '../../../test/world.js';

let t: TestDatabase;
let w: DistrictWorld;
let app: App;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildDistrictWorld(t.db);
  // One request of the market bureau in 2020, replied three weeks late: 按期答复率 0%.
  await giveRepliedRequest(t.db, w.market, {
    receivedOn: '2020-04-01',
    concludedOn: '2020-05-20',
    dueOn: '2020-04-29',
  });
  app = await buildTestApp(t.db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const URL = '/api/v1/reports/suggestions';

describe('GET /api/v1/reports/suggestions', () => {
  it('asks for a login, then a valid report kind', async () => {
    expect((await app.inject({ method: 'GET', url: `${URL}?year=2020` })).statusCode).toBe(401);
    const coordinator = await w.login(app, 'coordinator');
    const bad = await coordinator.get(`${URL}?year=2020&report=weekly`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('report');
  });

  it('refuses a role without reports.read, and a unit outside the reader', async () => {
    const mediator = await w.login(app, 'mediator');
    expect((await mediator.get(`${URL}?year=2020`)).statusCode).toBe(403);
    const officer = await w.login(app, 'marketOfficer');
    expect((await officer.get(`${URL}?year=2020&unit=${w.housing.code}`)).statusCode).toBe(404);
  });

  it("drafts the district's shortfall with its figure, and says 四 has no plan to draw on", async () => {
    const coordinator = await w.login(app, 'coordinator');
    const res = await coordinator.get(`${URL}?year=2020&report=disclosure_annual`);
    expect(res.statusCode).toBe(200);
    const out = res.json() as ReportSuggestions;
    const reply = out.suggestions.find((s) => s.paragraph.suggestedBy === 'disclosure.reply_on_time_rate');
    expect(reply?.paragraph).toMatchObject({ section: 5, statement: null, origin: 'suggested' });
    expect(reply?.rendered.text).toBe('依申请公开办理时效有待提高，按期答复率为0%，逾期答复1件。');
    const ruleOfLaw = (await coordinator.get(`${URL}?year=2020`)).json() as ReportSuggestions;
    expect(ruleOfLaw.checks.map((c) => c.message)).toContain('尚无下一年度工作计划，第四部分未起草建议段落');
  });

  it("gives the housing bureau's officer nothing of the market bureau's shortfall", async () => {
    const officer = await w.login(app, 'housingOfficer');
    const res = await officer.get(`${URL}?year=2020&report=disclosure_annual`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as ReportSuggestions).suggestions).toEqual([]);
  });
});
