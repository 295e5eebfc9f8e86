import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAudit } from '../../../test/audit.js';
import type { App } from '../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureModule } from '../index.js';
import { buildRequestInput } from '../service/requests/test-support.js';

/**
 * Issue #11 item 14: a member of staff signed in on the same browser could not submit the portal's
 * 申请公开 form — the staff cookie went along, and the portal, which holds no CSRF token, was refused.
 * The portal acts on no session (decision 0024 §1): the cookie is ignored there, a foreign site still is not.
 */

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let officer: TestSession;
const PORTAL = '/api/v1/portal/disclosure/requests';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule] });
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const form = () => {
  const { channel: _c, mailKind: _m, arrivedOn: _a, signedOn: _s, confirmedOn: _f, ...rest } =
    buildRequestInput(w.housing.id);
  return rest;
};

describe('the portal with a staff session cookie in the browser', () => {
  it('submits without a CSRF token, and the request is the public’s, not the officer’s', async () => {
    // What the portal page sends: the cookie rides along, no x-csrf-token.
    const res = await officer.request({
      method: 'POST',
      url: PORTAL,
      payload: form(),
      headers: { 'x-csrf-token': '', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.statusCode).toBe(201);
    const events = await expectAudit(t.db, { action: 'disclosure.request.submitted', count: 1 });
    expect(events[0]!.actorUserId).toBeNull();
  });

  it('still refuses a write from another site', async () => {
    const res = await officer.request({
      method: 'POST',
      url: PORTAL,
      payload: form(),
      headers: { 'x-csrf-token': '', origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps the CSRF token on staff routes', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { 'x-csrf-token': '' },
    });
    expect(res.statusCode).toBe(403);
  });
});
