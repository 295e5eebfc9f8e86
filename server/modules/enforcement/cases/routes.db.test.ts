import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { findClocksForSubject } from '../../../platform/clocks/index.js';
import { enforcementModule } from '../index.js';
import { enforcementOfficers } from '../registry/schema.js';
import { buildOpenCaseInput } from './service/test-support.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';

let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let officer: TestSession;
let housing: TestSession;
let reviewer: TestSession;
let mediator: TestSession;
let handlers: string[] = [];
const TODAY = chinaDate(new Date());
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const BASE = '/api/v1/enforcement/cases';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db, { modules: [enforcementModule] });
  // The HTTP routes run on the real date: officers whose certificates are valid today.
  const certified = await t.db
    .insert(enforcementOfficers)
    .values(
      ['孙丽', '周涛'].map((name, i) => ({
        districtId: w.market.districtId,
        orgUnitId: w.market.id,
        name,
        certificateNumber: `LN-SC-9${i}`,
        certificateIssuer: '沈阳市人民政府',
        certificateIssuedOn: '2020-01-01',
        certificateValidUntil: '2099-12-31',
      })),
    )
    .returning({ id: enforcementOfficers.id });
  handlers = certified.map((o) => o.id);
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
  reviewer = await w.login(app, 'reviewer');
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

/** A multipart/form-data body with text fields and one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----fazhi-test-boundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join(''), 'utf8'),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      'utf8',
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('the case routes', () => {
  let caseId = '';

  it('walks 立案: 401 → 403 → 400 (each field) → 201', async () => {
    const body = buildOpenCaseInput(w, { openedOn: TODAY, handlerOfficerIds: handlers });
    expect((await app.inject({ method: 'POST', url: BASE, payload: body })).statusCode).toBe(401);
    expect((await mediator.post(BASE, body)).statusCode).toBe(403);
    const bad = await officer.post(BASE, {
      ...body,
      kind: 'x',
      handlerOfficerIds: [w.marketOfficerIds[0]],
      cause: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['body.cause', 'body.handlerOfficerIds', 'body.kind']);
    const foreign = await officer.post(BASE, { ...body, powerItemId: w.housingPowers.penalty });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([
      { path: 'powerItemId', message: '所选职权不属于该执法主体' },
    ]);
    const created = await officer.post(BASE, body);
    expect(created.statusCode).toBe(201);
    const detail = created.json();
    caseId = detail.id;
    expect(detail).toMatchObject({
      state: 'investigating',
      orgUnitName: w.market.name,
      handlers: [{ name: '孙丽' }, { name: '周涛' }],
    });
    expect(detail.clocks).toMatchObject([{ key: 'enforcement.handling_penalty', status: 'running' }]);
    expect(detail.actions.find((a: { key: string }) => a.key === 'notify')).toMatchObject({
      allowed: false,
      reason: { code: 'EVIDENCE_REQUIRED' },
    });
  });

  it('walks the list and the detail: 401 → 400 → 404 (unknown, out of scope) → 200', async () => {
    expect((await app.inject({ method: 'GET', url: BASE })).statusCode).toBe(401);
    const bad = await officer.get(`${BASE}?state=lost&pageSize=1000`);
    expect(paths(bad)).toEqual(['querystring.pageSize', 'querystring.state']);
    expect((await officer.get(`${BASE}/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await housing.get(`${BASE}/${caseId}`)).statusCode).toBe(404);
    expect((await housing.get(BASE)).json().items.map((i: { id: string }) => i.id)).not.toContain(caseId);
    const page = await officer.get(BASE);
    expect(page.statusCode).toBe(200);
    expect(page.json().items.map((i: { id: string }) => i.id)).toContain(caseId);
    expect((await officer.get(`${BASE}/${caseId}`)).json()).toMatchObject({
      id: caseId,
      partyPhone: '024-25000000',
    });
  });

  it('uploads evidence (multipart), gives the file back with its name, and opens the way to 告知', async () => {
    const content = Buffer.from('询问笔录：当事人承认未取得许可经营', 'utf8');
    const form = multipart(
      { evidenceType: '当事人陈述', description: '询问笔录', collectedOn: TODAY },
      { name: '询问笔录.txt', type: 'text/plain', content },
    );
    const url = `${BASE}/${caseId}/evidence`;
    expect((await reviewer.request({ method: 'POST', url, ...form })).statusCode).toBe(403);
    expect((await housing.request({ method: 'POST', url, ...form })).statusCode).toBe(404);
    const noFile = await officer.request({
      method: 'POST',
      url,
      ...multipart(
        { evidenceType: '书证', description: 'x', collectedOn: TODAY },
        { name: 'a.txt', type: 'text/plain', content: Buffer.alloc(0) },
      ),
    });
    expect(noFile.statusCode).toBe(400);
    const res = await officer.request({ method: 'POST', url, ...form });
    expect(res.statusCode).toBe(201);
    const evidence = res.json();
    expect(evidence).toMatchObject({
      fileName: '询问笔录.txt',
      sizeBytes: content.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const file = await officer.get(`${url}/${evidence.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(content)).toBe(true);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect((await housing.get(`${url}/${evidence.id}/file`)).statusCode).toBe(404);
    const notified = await officer.post(`${BASE}/${caseId}/transitions/notify`, {
      intendedPenalty: '警告',
      intendedKinds: ['warning'],
    });
    expect(notified.statusCode).toBe(200);
    expect(notified.json()).toMatchObject({ state: 'notified', notifiedOn: TODAY });
  });

  it('refuses a transition: 401, 403 (role), 400 (form), 409 (state), then decides', async () => {
    const url = (k: string) => `${BASE}/${caseId}/transitions/${k}`;
    expect((await app.inject({ method: 'POST', url: url('decide'), payload: {} })).statusCode).toBe(401);
    expect((await reviewer.post(url('decide'), {})).statusCode).toBe(403);
    const bad = await officer.post(url('decide'), { outcome: 'nope' });
    expect(bad.statusCode).toBe(400);
    // The 决定书文号 is issued by the body's sequence, not typed (decision 0019).
    expect(paths(bad)).toEqual(['decisionText', 'outcome']);
    expect((await officer.post(url('serve'), { method: 'direct' })).statusCode).toBe(409);
    // 决定 waits for the notice's service and the 陈述、申辩 window, closed early by a written waiver.
    expect((await officer.post(url('serve_notice'), { method: 'direct' })).statusCode).toBe(200);
    expect((await officer.post(url('waive_statement'), { note: '书面放弃' })).statusCode).toBe(200);
    const decided = await officer.post(url('decide'), {
      outcome: 'warning',
      decisionText: '警告',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({
      state: 'decided',
      decisionNumber: expect.stringMatching(/^于市监罚〔\d{4}〕1号$/),
      publicationState: 'pending',
      publicationDueOn: expect.any(String),
    });
  });

  it('serves the reviewers’ queue, the filings and the ledger export', async () => {
    expect((await reviewer.get('/api/v1/enforcement/reviews?queue=pending')).statusCode).toBe(200);
    expect((await reviewer.get('/api/v1/enforcement/reviews?queue=other')).statusCode).toBe(400);
    expect((await officer.get('/api/v1/enforcement/filings')).json()).toMatchObject({ items: [], total: 0 });
    expect((await officer.post(`/api/v1/enforcement/filings/${UNKNOWN}/submission`, {})).statusCode).toBe(
      404,
    );
    expect(
      (
        await officer.post(`/api/v1/enforcement/filings/${UNKNOWN}/review`, {
          conclusion: 'approved',
          opinion: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const csv = await officer.get(`${BASE}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('案件编号');
    expect(csv.body).toContain(buildOpenCaseInput(w).cause);
    expect((await mediator.get(`${BASE}/export`)).statusCode).toBe(403);
    const template = await officer.get(`${BASE}/import-template`);
    expect(template.statusCode).toBe(200);
  });
});

// Basis: 市场监督管理行政处罚程序规定 第六十四条 — +30 days by the head, then each further extension of the period
// the collective discussion set, no fixed cap (decision 0015 §5).
describe('延长办案期限 beyond the first, by the collective decision', () => {
  it('walks 401 → 403 → 400 (each field) → 200, records the decision on the extension, with no cap', async () => {
    const created = await officer.post(
      BASE,
      buildOpenCaseInput(w, { openedOn: TODAY, handlerOfficerIds: handlers }),
    );
    const id: string = created.json().id;
    const url = `${BASE}/${id}/extension`;
    const leader = await w.login(app, 'leader');
    expect((await app.inject({ method: 'POST', url, payload: { reason: 'x' } })).statusCode).toBe(401);
    expect((await officer.post(url, { reason: '案情复杂' })).statusCode).toBe(403);
    // The first: +30 days by the head; a collective decision is not asked for, and refused if given.
    const fixed = await leader.post(url, { reason: '案情复杂', furtherDays: 60 });
    expect(fixed.statusCode).toBe(400);
    expect(fixed.json().error.fields).toEqual([
      { path: 'furtherDays', message: expect.stringContaining('法定的30日') },
    ]);
    expect((await leader.post(url, { reason: '案情复杂' })).statusCode).toBe(200);
    // The second needs the collective decision's date and the period it set.
    const bare = await leader.post(url, { reason: '仍需鉴定' });
    expect(bare.statusCode).toBe(400);
    expect(paths(bare)).toEqual(['collectiveDecidedOn', 'furtherDays']);
    expect(bare.json().error.fields[0].message).toContain('集体讨论决定');
    const typo = await leader.post(url, { reason: '仍需鉴定', collectiveDecidedOn: TODAY, furtherDays: 0 });
    expect(typo.statusCode).toBe(400);
    expect(paths(typo)).toEqual(['body.furtherDays']);
    const before = (await leader.get(`${BASE}/${id}`)).json();
    expect(before.actions.find((a: { key: string }) => a.key === 'extend_handling_further')).toMatchObject({
      allowed: true,
    });
    for (const days of [45, 20]) {
      const res = await leader.post(url, {
        reason: '仍需鉴定',
        collectiveDecidedOn: TODAY,
        furtherDays: days,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().clocks[0].explanation).toContain(`经负责人集体讨论决定（${TODAY}）延长${days}日`);
    }
    const after = (await leader.get(`${BASE}/${id}`)).json();
    expect(after.clocks[0]).toMatchObject({ extensionsUsed: 3 });
    const [clock] = await findClocksForSubject(t.db, 'enforcement_case', id);
    expect(clock!.events.at(-1)).toMatchObject({
      type: 'extend',
      length: { amount: 20, unit: 'calendar_days' },
      decidedOn: TODAY,
    });
  });
});
