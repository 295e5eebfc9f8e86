import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalRequestBody } from '../../../../../common/contracts/disclosure/requests.js';
import { findAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../../test/world.js';
import { presentDetail, presentPublicStatus } from '../../presenter/requests.js';
import { buildRequestInput } from './test-support.js';
import {
  findRequests,
  fireRequestTransition as fire,
  getRequest,
  registerRequest,
  requestClocks,
  submitOnlineRequest,
  trackRequest,
} from './index.js';

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const actions = async (id: string) =>
  (await findAudit(t.db, { subjectType: 'disclosure_request', subjectId: id }))
    .map((e) => e.action)
    .filter((a) => a.startsWith('disclosure.'));
const reply = async (id: string) =>
  (await requestClocks(t.db, w.as(w.coordinator), id)).filter((c) => c.clockKey === 'disclosure.reply');
const intake = (over: Record<string, unknown> = {}, day = '2020-06-30', actor = w.housingOfficer) =>
  registerRequest(w.as(actor, day), buildRequestInput(w.housing.id, over));

describe('intake', () => {
  it('registers a letter with its signed-for date as receipt, starts the 20 WD and 7 WD clocks, audited', async () => {
    const r = await intake({ arrivedOn: '2020-06-01', signedOn: '2020-06-02' });
    expect(r).toMatchObject({
      status: 'registered',
      receivedOn: '2020-06-02',
      trackingCode: expect.stringMatching(/^[0-9A-Z]{12}$/),
    });
    const clocks = await requestClocks(t.db, w.as(w.coordinator), r.id);
    // 2020-06-02 + 20 WD: 端午 06-25..06-27 off, Sunday 06-28 a make-up working day → 07-01.
    expect(clocks.find((c) => c.clockKey === 'disclosure.reply')?.dueOn).toBe('2020-07-01');
    expect(clocks.find((c) => c.clockKey === 'disclosure.correction_notice')?.dueOn).toBe('2020-06-11');
    expect(await actions(r.id)).toEqual(['disclosure.request.registered']);
  });

  it('refuses a request for another department (403) and impossible channel facts (400)', async () => {
    await expect(
      registerRequest(w.as(w.housingOfficer), buildRequestInput(w.market.id)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(intake({ channel: 'fax', confirmedOn: null })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'confirmedOn' }],
    });
  });

  it('takes an online request from the public with today as the receipt date; tracking shows nothing personal', async () => {
    const form = PortalRequestBody.parse({ ...buildRequestInput(w.market.id), orgUnitId: w.market.id });
    const s = await submitOnlineRequest(w.as(null, '2020-07-06'), form);
    expect(s.request).toMatchObject({ channel: 'online', receivedOn: '2020-07-06', handlerUserId: null });
    expect(await actions(s.request.id)).toEqual(['disclosure.request.submitted']);
    const status = presentPublicStatus(await trackRequest(w.as(null), s.request.trackingCode));
    expect(status).toMatchObject({ status: 'registered', receivedOn: '2020-07-06', dueOn: '2020-08-03' });
    const json = JSON.stringify(status);
    for (const secret of ['张三丰', '210114199001011234', '13812345678', '维修资金'])
      expect(json).not.toContain(secret);
    await expect(trackRequest(w.as(null), 'ZZZZZZZZZZZZ')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('scope and masking', () => {
  it('hides another department’s requests (404) and masks the ID number even in the detail', async () => {
    const r = await intake();
    await expect(getRequest(w.as(w.marketOfficer), r.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mine = await findRequests(w.as(w.marketOfficer), { page: 1, pageSize: 200 });
    expect(mine.items.every((i) => i.request.orgUnitId === w.market.id)).toBe(true);
    const detail = presentDetail(await getRequest(w.as(w.housingOfficer), r.id));
    expect(detail.applicantIdNumber).toBe('2101**********1232');
    expect(detail.applicantPhone).toBe('13812345678');
    const forLeader = presentDetail(await getRequest(w.as(w.leader), r.id));
    expect(forLeader).toMatchObject({
      applicantPhone: '138****5678',
      applicantName: '张**',
      applicantAddress: null,
    });
  });
});

describe('the procedure', () => {
  it('correction: once, within 7 WD; the reply period restarts from the correction', async () => {
    const r = await intake({ arrivedOn: '2020-06-01', signedOn: '2020-06-01' });
    const late = fire(w.as(w.housingOfficer), r.id, 'request_correction', {
      on: '2020-06-11',
      deadlineOn: '2020-06-24',
      note: '请写明文号',
    });
    await expect(late).rejects.toMatchObject({ code: 'CORRECTION_WINDOW_PASSED' });
    await fire(w.as(w.housingOfficer), r.id, 'request_correction', {
      on: '2020-06-10',
      deadlineOn: '2020-06-24',
      note: '请写明文号',
    });
    await fire(w.as(w.housingOfficer), r.id, 'receive_correction', { on: '2020-06-15' });
    const clocks = await reply(r.id);
    expect(clocks.map((c) => [c.status, c.startedOn])).toEqual([
      ['stopped', '2020-06-01'],
      ['running', '2020-06-15'],
    ]);
    // 06-15 + 20 WD with 端午 off and 06-28 worked → 07-14.
    expect(clocks[1]!.dueOn).toBe('2020-07-14');
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'request_correction', {
        on: '2020-06-16',
        deadlineOn: '2020-06-30',
        note: 'x',
      }),
    ).rejects.toMatchObject({ code: 'CORRECTION_ALREADY_REQUESTED' });
    const again = await getRequest(w.as(w.housingOfficer), r.id);
    expect(again.actions.find((a) => a.key === 'request_correction')?.reason).toMatchObject({
      kind: 'gate',
      code: 'CORRECTION_ALREADY_REQUESTED',
    });
  });

  it('lapse of correction only after the deadline given, ending as 其他处理 row 1', async () => {
    const r = await intake({ arrivedOn: '2020-06-01', signedOn: '2020-06-01' });
    await fire(w.as(w.housingOfficer), r.id, 'request_correction', {
      on: '2020-06-03',
      deadlineOn: '2020-06-17',
      note: '请写明文号',
    });
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'lapse_correction', { on: '2020-06-17' }),
    ).rejects.toMatchObject({
      code: 'CORRECTION_DEADLINE_NOT_PASSED',
    });
    const done = await fire(w.as(w.housingOfficer), r.id, 'lapse_correction', { on: '2020-06-18' });
    expect(done).toMatchObject({
      status: 'concluded',
      outcome: 'other_no_correction',
      concludedOn: '2020-06-18',
    });
  });

  it('third-party consultation pauses the reply period; the days away are not counted', async () => {
    const r = await intake({ arrivedOn: '2020-06-01', signedOn: '2020-06-01' });
    await fire(w.as(w.housingOfficer), r.id, 'consult_third_party', {
      on: '2020-06-08',
      thirdPartyName: '某物业公司',
    });
    expect((await reply(r.id))[0]).toMatchObject({ status: 'paused', dueOn: null });
    await fire(w.as(w.housingOfficer), r.id, 'receive_consultation', {
      on: '2020-06-22',
      opinion: 'objection',
    });
    const [c] = await reply(r.id);
    // 5 WD used (06-02..06-08, the pause day counts), 15 left from 06-22: 06-23, 06-24, 06-28 (make-up) … → 07-14.
    expect(c).toMatchObject({ status: 'running', dueOn: '2020-07-14' });
    expect(c!.explanation).toContain('暂停');
    const done = await fire(w.as(w.housingOfficer, '2020-07-10'), r.id, 'reply', {
      outcome: 'denied_third_party',
    });
    expect(done.outcome).toBe('denied_third_party');
    expect(await actions(r.id)).toEqual([
      'disclosure.request.registered',
      'disclosure.request.third_party_consulted',
      'disclosure.request.third_party_answered',
      'disclosure.request.replied',
    ]);
  });

  it('extension: only the coordinator, once, +20 WD (Spring Festival 2020 extended)', async () => {
    const r = await intake({ arrivedOn: '2020-01-16', signedOn: '2020-01-16' }, '2020-01-16', w.coordinator);
    // 01-17, 01-19 (make-up Sunday), 01-20..01-23, then nothing until 02-03 (extended Spring Festival) → 02-20.
    expect((await reply(r.id))[0]!.dueOn).toBe('2020-02-20');
    await expect(
      fire(w.as(w.housingOfficer, '2020-02-20'), r.id, 'extend_reply', {
        reason: '档案查阅受限',
        notifiedOn: '2020-02-20',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await fire(w.as(w.coordinator, '2020-02-20'), r.id, 'extend_reply', {
      reason: '档案查阅受限',
      notifiedOn: '2020-02-20',
    });
    expect((await reply(r.id))[0]!.dueOn).toBe('2020-03-19');
    await expect(
      fire(w.as(w.coordinator, '2020-02-21'), r.id, 'extend_reply', {
        reason: '再延',
        notifiedOn: '2020-02-21',
      }),
    ).rejects.toMatchObject({ code: 'EXTENSION_ALREADY_USED' });
  });

  it('fees: not before 2021 (109号); a fee notice pauses the clock; unpaid after 20 WD ends as 其他处理 row 2', async () => {
    const old = await intake();
    await expect(
      fire(w.as(w.housingOfficer), old.id, 'issue_fee_notice', { method: 'per_page', pages: 40 }),
    ).rejects.toMatchObject({
      code: 'FEE_RULES_NOT_IN_FORCE',
    });
    const r = await intake({ arrivedOn: '2021-03-01', signedOn: '2021-03-01' }, '2021-03-01');
    await fire(w.as(w.housingOfficer, '2021-03-03'), r.id, 'issue_fee_notice', {
      method: 'per_page',
      pages: 40,
    });
    expect((await reply(r.id))[0]!.status).toBe('paused');
    // The payment window runs from the applicant's receipt of the notice (decision 0018 §1).
    await fire(w.as(w.housingOfficer, '2021-03-03'), r.id, 'record_fee_notice_receipt', {});
    await expect(fire(w.as(w.housingOfficer, '2021-03-31'), r.id, 'lapse_fee', {})).rejects.toMatchObject({
      code: 'FEE_DEADLINE_NOT_PASSED',
    });
    const done = await fire(w.as(w.housingOfficer, '2021-04-01'), r.id, 'lapse_fee', {});
    expect(done).toMatchObject({ outcome: 'other_fee_unpaid', concludedOn: '2021-04-01' });
  });

  it('a reply needs a table 三 outcome, not a lapse code, and is never dated before receipt or in the future', async () => {
    const r = await intake({ arrivedOn: '2020-06-01', signedOn: '2020-06-01' });
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'reply', { outcome: 'other_fee_unpaid' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'reply', { outcome: 'unable_unclear' }),
    ).rejects.toMatchObject({
      code: 'CORRECTION_NOT_RECEIVED',
    });
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'reply', { on: '2020-05-29', outcome: 'granted' }),
    ).rejects.toMatchObject({
      code: 'STEP_BEFORE_RECEIPT',
    });
    await expect(
      fire(w.as(w.housingOfficer), r.id, 'reply', { on: '2020-07-01', outcome: 'granted' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(fire(w.as(w.mediator), r.id, 'reply', { outcome: 'granted' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(fire(w.as(w.marketOfficer), r.id, 'reply', { outcome: 'granted' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const done = await fire(w.as(w.housingOfficer), r.id, 'reply', {
      on: '2020-06-20',
      outcome: 'partially_granted',
      withheldParts: [{ part: '业主个人信息', ground: 'personal_privacy' }],
    });
    expect(done).toMatchObject({
      status: 'concluded',
      outcome: 'partially_granted',
      concludedOn: '2020-06-20',
    });
    expect((await reply(r.id))[0]).toMatchObject({ status: 'stopped', stoppedOn: '2020-06-20' });
  });
});
