/**
 * The district's default fee method (国办函〔2020〕109号 第三条: the organ chooses 按件 or 按量) and what a fee
 * notice by the other method needs. Decision 0018 §7.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { expectAudit } from '../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureModule } from '../index.js';
import { registerRequest } from '../service/requests/index.js';
import { buildRequestInput } from '../service/requests/test-support.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
const SETTINGS = '/api/v1/disclosure/settings';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule] });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe(`GET/PUT ${SETTINGS}`, () => {
  it('walks 401 → 403 → 400 → 200, unset until the coordinator chooses, audited', async () => {
    expect((await app.inject({ method: 'GET', url: SETTINGS })).statusCode).toBe(401);
    expect((await officer.get(SETTINGS)).json()).toMatchObject({ feeMethod: null, isSet: false });
    expect((await officer.put(SETTINGS, { feeMethod: 'per_page' })).statusCode).toBe(403);
    const bad = await coord.put(SETTINGS, { feeMethod: 'both' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.feeMethod']);
    const set = await coord.put(SETTINGS, { feeMethod: 'per_application' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ feeMethod: 'per_application', isSet: true });
    expect((await officer.get(SETTINGS)).json()).toMatchObject({ feeMethod: 'per_application' });
    const [event] = await expectAudit(t.db, { action: 'disclosure.settings.updated', count: 1 });
    expect(event!.after).toMatchObject({ feeMethod: 'per_application' });
  });
});

describe('a fee notice by another method than the district’s', () => {
  it('needs a written reason, refused without one (nothing changes), recorded with it', async () => {
    await coord.put(SETTINGS, { feeMethod: 'per_application' });
    const r = await registerRequest(
      w.as(w.marketOfficer, '2021-05-10'),
      buildRequestInput(w.market.id, { arrivedOn: '2021-05-10', signedOn: '2021-05-10' }),
    );
    const url = `/api/v1/disclosure/requests/${r.id}/transitions/issue_fee_notice`;
    const bare = await officer.post(url, { method: 'per_page', pages: 120 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual([
      { path: 'methodReason', message: expect.stringContaining('本区确定的计收方式为按件计收') },
    ]);
    expect((await officer.get(`/api/v1/disclosure/requests/${r.id}`)).json()).toMatchObject({
      status: 'registered',
      fee: { method: null },
    });
    const done = await officer.post(url, {
      method: 'per_page',
      pages: 120,
      methodReason: '申请公开的信息量大',
    });
    expect(done.statusCode).toBe(200);
    const detail = (await officer.get(`/api/v1/disclosure/requests/${r.id}`)).json();
    expect(detail).toMatchObject({
      status: 'awaiting_fee',
      fee: { method: 'per_page', methodReason: '申请公开的信息量大' },
    });
  });
});
