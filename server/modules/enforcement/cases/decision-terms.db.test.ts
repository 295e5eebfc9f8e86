import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { docxParagraphs } from '../../../test/docx.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { enforcementModule } from '../index.js';
import { publishDecision } from '../publication/service/index.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';
import { fireCaseTransition, getCase, suggestCaseNumber } from './service/index.js';
import { addTestEvidence, openTestCase } from './service/test-support.js';

// Issue #10 item 5: several penalty kinds in one decision, the 处罚依据 recorded at 决定 and published, the
// 立案 number suggested in the body's pattern; item 6: a 个体工商户 published by its trade name. Decision 0028.
let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let officer: TestSession;
const BASE = '/api/v1/enforcement/cases';
const BASIS = '《中华人民共和国食品安全法》第一百二十六条第一款第（三）项';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db, { modules: [enforcementModule] });
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const fire = (day: string, id: string, step: string, body = {}) =>
  fireCaseTransition(w.as(w.marketOfficer, day), id, step as never, { on: day, ...body });

/** 警告 + 罚款 500 元, notified as both, reviewed, decided with its basis (or none typed), and published. */
async function decideWarningAndFine(over: Record<string, unknown>, decisionBasis?: string) {
  const k = await openTestCase(w, '2020-05-06', { cause: '涉嫌未按规定查验进货票据', ...over });
  await addTestEvidence(w, k.id, '2020-05-06');
  await fire('2020-05-20', k.id, 'notify', {
    intendedPenalty: '警告，并处罚款五百元',
    intendedKinds: ['warning', 'fine'],
    intendedFineAmount: 500,
  });
  await fire('2020-05-20', k.id, 'serve_notice', { method: 'direct' });
  await fire('2020-06-02', k.id, 'submit_review', { note: '提交法制审核' });
  await fireCaseTransition(w.as(w.reviewer, '2020-06-02'), k.id, 'approve_review' as never, {
    on: '2020-06-02',
    opinion: '同意',
  });
  const decided = await fire('2020-06-02', k.id, 'decide', {
    outcome: 'fine',
    penaltyKinds: ['warning', 'fine'],
    fineAmount: 500,
    decisionText: '决定对当事人给予警告，并处罚款500元。',
    ...(decisionBasis === undefined ? {} : { decisionBasis }),
  });
  await publishDecision(w.as(w.marketOfficer, '2020-06-03'), decided.id, { on: '2020-06-03' });
  return decided;
}

const portal = async (id: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/portal/enforcement/decisions/${id}` });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('a decision of several kinds with its legal basis', () => {
  it('records both kinds and the basis, prints them in the .docx and publishes them', async () => {
    const decided = await decideWarningAndFine({}, BASIS);
    const detail = await getCase(w.as(w.marketOfficer, '2020-06-03'), decided.id);
    expect(detail.kase.penaltyKinds).toEqual(['warning', 'fine']);
    expect(detail.kase.decisionBasis).toBe(BASIS);

    const res = await officer.get(`${BASE}/${decided.id}/decision.docx`);
    const text = (await docxParagraphs(res.rawPayload)).join('\n');
    expect(text).toContain('处罚种类：警告、通报批评，并处罚款500元。');
    expect(text).toContain(`处罚依据：${BASIS}`);

    const published = await portal(decided.id);
    expect(published.penaltyKindLabels).toEqual(['警告、通报批评', '罚款']);
    expect(published.legalBasis).toBe(BASIS);
    expect(published.violation).toBe('未按规定查验进货票据');
    expect(published.cause).toBe('涉嫌未按规定查验进货票据');
  });

  it('records the power’s basis when the officer leaves the basis empty', async () => {
    const decided = await decideWarningAndFine({});
    const detail = await getCase(w.as(w.marketOfficer, '2020-06-03'), decided.id);
    expect(detail.kase.decisionBasis).toBe(detail.power?.legalBasis);
    expect(detail.kase.decisionBasis).toBeTruthy();
  });
});

describe('a 个体工商户 on the portal', () => {
  const business = {
    partyType: 'individual_business' as const,
    partyName: '于洪区永信药店',
    partyOperatorName: '王建国',
    partyIdNumber: '91210114MA0XXXXX19',
    facts: '经营者王建国未按规定查验进货票据。',
  };

  it('is published by its trade name and credit code, its operator masked in the texts', async () => {
    const decided = await decideWarningAndFine(business, BASIS);
    const published = await portal(decided.id);
    expect(published.partyName).toBe('于洪区永信药店');
    expect(published.facts).toBe('经营者王**未按规定查验进货票据。');
    const body = JSON.stringify(published);
    expect(body).not.toContain('王建国');
    const found = await app.inject({
      method: 'GET',
      url: `/api/v1/portal/enforcement/decisions?q=${encodeURIComponent('永信药店')}`,
    });
    expect(found.json().items.map((i: { id: string }) => i.id)).toContain(decided.id);
  });

  it('is masked as a person when registered under the operator’s own name', async () => {
    const decided = await decideWarningAndFine({ ...business, partyName: '王建国' }, BASIS);
    const published = await portal(decided.id);
    expect(published.partyName).toBe('王**');
    expect(published.facts).toBeNull();
    expect(JSON.stringify(published)).not.toContain('王建国');
  });
});

describe(`GET ${BASE}/number-suggestion`, () => {
  it('suggests the next number in the body’s pattern for the year of opening', async () => {
    const ctx = w.as(w.marketOfficer, '2021-03-02');
    const first = await suggestCaseNumber(ctx, w.market.id, '2021-03-02');
    expect(first).toBe('于市监立〔2021〕1号');
    await openTestCase(w, '2021-03-02', { caseNumber: first, openedOn: '2021-03-02' });
    await openTestCase(w, '2021-03-02', { caseNumber: '于市监立〔2021〕7号', openedOn: '2021-03-02' });
    // A number typed in another form does not move the sequence.
    await openTestCase(w, '2021-03-02', { caseNumber: '市监案字2021-99', openedOn: '2021-03-02' });
    const res = await officer.get(`${BASE}/number-suggestion?orgUnitId=${w.market.id}&openedOn=2021-03-02`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ caseNumber: '于市监立〔2021〕8号' });
  });

  it('refuses a body the officer may not open cases for, naming the field', async () => {
    const housing = await w.login(app, 'housingOfficer');
    const res = await housing.get(`${BASE}/number-suggestion?orgUnitId=${w.market.id}&openedOn=2021-03-02`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('orgUnitId');
  });
});
