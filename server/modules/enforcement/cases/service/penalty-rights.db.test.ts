import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import { fireCaseTransition } from './index.js';
import { addTestEvidence, openTestCase } from './test-support.js';

// Decision 0014: the party's rights before a penalty (issue #9, rules 1–4). Dates in 2022 run under the
// 2021 text of 行政处罚法; 2022-03-01 is a Tuesday.

let t: TestDatabase;
let w: EnforcementWorld;
let serial = 0;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const fire = (day: string, id: string, step: string, body = {}) =>
  fireCaseTransition(w.as(w.marketOfficer, day), id, step as never, { on: day, ...body });

async function notifiedCase(notice: object, opened = '2022-02-10') {
  serial += 1;
  const k = await openTestCase(w, opened, { openedOn: opened, caseNumber: `于市监立〔2022〕权${serial}号` });
  await addTestEvidence(w, k.id, opened);
  await fire('2022-03-01', k.id, 'notify', { intendedPenalty: '拟处罚', ...notice });
  return k;
}

const fine = (amount: number) => ({ intendedKinds: ['fine'], intendedFineAmount: amount });
let decisions = 0;
const decision = (over: object = {}) => ({
  decisionNumber: `于市监罚〔2022〕${++decisions}号`,
  outcome: 'fine',
  fineAmount: 3000,
  decisionText: '罚款',
  ...over,
});

describe('rule 1 — the hearing right by kind, not only by amount', () => {
  it('refuses a notice of 吊销许可证件 that does not offer a hearing, whatever the amount', async () => {
    const k = await openTestCase(w, '2022-02-10', {
      openedOn: '2022-02-10',
      caseNumber: '于市监立〔2022〕吊1号',
    });
    await addTestEvidence(w, k.id, '2022-02-10');
    const notice = { intendedPenalty: '吊销食品经营许可证', intendedKinds: ['licence_revocation'] };
    await expect(
      fire('2022-03-01', k.id, 'notify', { ...notice, hearingRight: false }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'hearingRight', message: expect.stringContaining('第六十三条第一款第（三）项') }],
    });
    const row = await fire('2022-03-01', k.id, 'notify', { ...notice, hearingRight: true });
    expect(row).toMatchObject({ notifiedKinds: ['licence_revocation'], hearingRight: true });
  });

  it('refuses 责令停产停业 under the 2017 text too (第四十二条), chosen by the notice date', async () => {
    const k = await openTestCase(w, '2020-06-01', { caseNumber: '于市监立〔2020〕停1号' });
    await addTestEvidence(w, k.id, '2020-05-20');
    const notice = { intendedPenalty: '责令停产停业', intendedKinds: ['production_suspension'] };
    await expect(fire('2020-06-01', k.id, 'notify', notice)).rejects.toMatchObject({
      fields: [{ path: 'hearingRight', message: expect.stringContaining('第四十二条') }],
    });
  });

  it('judges a fine and a confiscation each against 较大数额, not their sum', async () => {
    const notice = {
      intendedKinds: ['fine', 'confiscation'],
      intendedFineAmount: 30000,
      intendedConfiscationAmount: 30000,
    };
    const k = await notifiedCase(notice);
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    const decided = await fire(
      '2022-03-09',
      k.id,
      'decide',
      decision({ fineAmount: 30000, confiscationAmount: 30000 }),
    );
    expect(decided.state).toBe('decided');
  });
});

describe('rule 2 — time for 陈述、申辩', () => {
  it('refuses a decision before 5 working days from service, unless waived in writing', async () => {
    const k = await notifiedCase(fine(3000));
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    // Served Tue 03-01: 5 WD run to Tue 03-08.
    await expect(fire('2022-03-07', k.id, 'decide', decision())).rejects.toMatchObject({
      code: 'STATEMENT_WINDOW_OPEN',
    });
    await fire('2022-03-02', k.id, 'waive_statement', { note: '当事人书面放弃陈述、申辩' });
    const decided = await fire('2022-03-07', k.id, 'decide', decision());
    expect(decided).toMatchObject({ state: 'decided', statementWaivedOn: '2022-03-02' });
    await expectAudit(t.db, { action: 'enforcement.case.statement_waived', subjectId: k.id, count: 1 });
  });

  it('closes the window when the statement is received, and records it', async () => {
    const k = await notifiedCase(fine(3000));
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    const stated = await fire('2022-03-03', k.id, 'record_statement', { summary: '当事人称系初次违法' });
    expect(stated).toMatchObject({
      statementReceivedOn: '2022-03-03',
      statementSummary: '当事人称系初次违法',
    });
    expect((await fire('2022-03-04', k.id, 'decide', decision())).state).toBe('decided');
  });

  it('lets the coordinator set the window', async () => {
    const { updateSettings } = await import('../../registry/service/update-settings.js');
    const settings = {
      majorAmountPerson: 10000,
      majorAmountOrganisation: 100000,
      hearingAmountPerson: 5000,
      hearingAmountOrganisation: 50000,
      filingDays: 15,
    };
    await updateSettings(w.as(w.coordinator, '2022-02-01'), { ...settings, statementWorkingDays: 3 });
    const k = await notifiedCase(fine(3000));
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    expect((await fire('2022-03-07', k.id, 'decide', decision())).state).toBe('decided');
    await updateSettings(w.as(w.coordinator, '2022-03-08'), { ...settings, statementWorkingDays: 5 });
  });
});

describe('rule 3 — windows run from service', () => {
  it('refuses a decision before the notice is served', async () => {
    const k = await notifiedCase(fine(3000));
    await expect(fire('2022-03-15', k.id, 'decide', decision())).rejects.toMatchObject({
      code: 'NOTICE_NOT_SERVED',
    });
  });

  it('runs the hearing window from the signed-for date of a mailed notice, and honours the postmark', async () => {
    const k = await notifiedCase({ ...fine(60000), hearingRight: true });
    await expect(fire('2022-03-02', k.id, 'serve_notice', { method: 'mail' })).rejects.toMatchObject({
      fields: [{ path: 'signedForOn', message: expect.any(String) }],
    });
    const served = await fire('2022-03-07', k.id, 'serve_notice', {
      method: 'mail',
      signedForOn: '2022-03-07',
    });
    expect(served).toMatchObject({ noticeServiceMethod: 'mail', noticeServedOn: '2022-03-07' });
    // 5 WD from Mon 03-07 end Mon 03-14; received 03-16 but posted 03-14: in time.
    await expect(fire('2022-03-16', k.id, 'request_hearing')).rejects.toMatchObject({
      code: 'HEARING_REQUEST_LATE',
    });
    const requested = await fire('2022-03-16', k.id, 'request_hearing', { postmarkOn: '2022-03-14' });
    expect(requested.state).toBe('hearing');
  });

  it('counts a hearing request by the notice’s service, not its date', async () => {
    const k = await notifiedCase({ ...fine(60000), hearingRight: true });
    await fire('2022-03-07', k.id, 'serve_notice', { method: 'direct' });
    // 5 WD from the notice (03-01) ended 03-08; from service (03-07) they end 03-14.
    expect((await fire('2022-03-11', k.id, 'request_hearing')).state).toBe('hearing');
  });

  it('deems a 公告 served 30 days after publication', async () => {
    const k = await notifiedCase(fine(3000));
    const served = await fire('2022-03-01', k.id, 'serve_notice', { method: 'public_notice' });
    expect(served.noticeServedOn).toBe('2022-03-31');
    await expect(fire('2022-04-01', k.id, 'decide', decision())).rejects.toMatchObject({
      code: 'STATEMENT_WINDOW_OPEN',
    });
  });

  it('records the decision’s service by its way, a mailed one on its signed-for date', async () => {
    const k = await notifiedCase(fine(3000));
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    await fire('2022-03-09', k.id, 'decide', decision());
    const served = await fire('2022-03-14', k.id, 'serve', { method: 'mail', signedForOn: '2022-03-11' });
    expect(served).toMatchObject({ serviceMethod: 'mail', servedOn: '2022-03-11' });
  });
});

describe('rule 4 — no heavier penalty than notified', () => {
  it('refuses a larger fine or an unnotified kind until a new notice, which restarts the windows', async () => {
    const k = await notifiedCase(fine(3000));
    await fire('2022-03-01', k.id, 'serve_notice', { method: 'direct' });
    await expect(fire('2022-03-09', k.id, 'decide', decision({ fineAmount: 4000 }))).rejects.toMatchObject({
      code: 'PENALTY_HEAVIER_THAN_NOTICE',
    });
    const revocation = decision({ outcome: 'licence_sanction', penaltyKinds: ['licence_revocation'] });
    await expect(fire('2022-03-09', k.id, 'decide', revocation)).rejects.toMatchObject({
      code: 'PENALTY_HEAVIER_THAN_NOTICE',
    });
    await fire('2022-03-09', k.id, 'renotify', { intendedPenalty: '罚款四千元', ...fine(4000) });
    await expect(fire('2022-03-10', k.id, 'decide', decision({ fineAmount: 4000 }))).rejects.toMatchObject({
      code: 'NOTICE_NOT_SERVED',
    });
    await fire('2022-03-10', k.id, 'serve_notice', { method: 'direct' });
    await expect(fire('2022-03-11', k.id, 'decide', decision({ fineAmount: 4000 }))).rejects.toMatchObject({
      code: 'STATEMENT_WINDOW_OPEN',
    });
    const decided = await fire('2022-03-18', k.id, 'decide', decision({ fineAmount: 4000 }));
    expect(decided).toMatchObject({
      state: 'decided',
      penaltyKinds: ['fine'],
      notifiedFineAmount: '4000',
      noticeServedOn: '2022-03-10',
    });
  });
});
