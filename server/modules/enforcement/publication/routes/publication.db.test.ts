import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../../test/test-server.js';
import { insertDecidedCase } from '../service/test-fixtures.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;
let app: App;
let officer: TestSession;
let housing: TestSession;
let mediator: TestSession;
let caseId: string;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  caseId = (await insertDecidedCase(w, { decidedOn: '2021-09-06' })).id;
  app = await buildTestApp(t.db);
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
  mediator = await w.login(app, 'mediator');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const url = (id: string, action: string) => `/api/v1/enforcement/cases/${id}/${action}`;

describe('POST …/cases/:id/publication, /decision-change, /publication-withdrawal', () => {
  it('walks 401 → 400 → 403 → 404 → 200 for publishing', async () => {
    const anonymous = await app.inject({ method: 'POST', url: url(caseId, 'publication'), payload: {} });
    expect(anonymous.statusCode).toBe(401);
    const bad = await officer.post(url(caseId, 'publication'), { on: '2021/09/08' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'body.on', message: '日期格式应为 YYYY-MM-DD' }]);
    expect((await mediator.post(url(caseId, 'publication'), {})).statusCode).toBe(403);
    expect((await housing.post(url(caseId, 'publication'), {})).statusCode).toBe(404);
    const ok = await officer.post(url(caseId, 'publication'), { on: '2021-09-08' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: caseId, publicationState: 'published', publishedOn: '2021-09-08' });
  });

  it('records a change (reason required), then withdraws', async () => {
    const missing = await officer.post(url(caseId, 'decision-change'), { on: '2021-09-16' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe('body.reason');
    const changed = await officer.post(url(caseId, 'decision-change'), {
      on: '2021-09-16',
      reason: '复议撤销',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ withdrawalDueOn: '2021-09-22', isOverdue: true });

    const list = await officer.get('/api/v1/enforcement/publications?status=overdue');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    expect((await housing.get('/api/v1/enforcement/publications?status=overdue')).json().items).toEqual([]);
    expect((await officer.get('/api/v1/enforcement/publications?status=late')).statusCode).toBe(400);

    const withdrawn = await officer.post(url(caseId, 'publication-withdrawal'), { on: '2021-09-21' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ publicationState: 'withdrawn', withdrawnOn: '2021-09-21' });
    const again = await officer.post(url(caseId, 'publication-withdrawal'), {});
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('PUBLICATION_NOT_PUBLISHED');
  });
});
