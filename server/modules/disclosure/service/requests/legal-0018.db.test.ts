/**
 * Issue #9 rules 12–14 (disclosure part) and the import integrity of the request ledger.
 * Decision: docs/decisions/0018-disclosure-fees-consultation-2008-rules-and-import.md.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disclosureRequests } from '../../schema/requests.js';
import type { RequestLedgerRow } from '../../io/requests.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../../test/world.js';
import { getTable3 } from '../../table3/service.js';
import { buildRequestInput } from './test-support.js';
import { fireRequestTransition as fire, registerRequest, requestClocks } from './index.js';
import { importRequests } from './import-requests.js';

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const clocksOf = async (id: string, key: string) =>
  (await requestClocks(t.db, w.as(w.coordinator), id)).filter((c) => c.clockKey === key);
const intake = (over: Record<string, unknown> = {}, day = '2021-03-01', actor = w.housingOfficer) =>
  registerRequest(w.as(actor, day), buildRequestInput(w.housing.id, over));
const officer = (day: string) => w.as(w.housingOfficer, day);

describe('rule 14: a request received before 2019-05-15 follows the 2008 条例 (15 + 15 WD)', () => {
  it('runs a 15 WD reply clock under 第二十四条, extended once by 15 WD', async () => {
    const r = await intake({ arrivedOn: '2018-03-05', signedOn: '2018-03-05' }, '2018-03-05', w.coordinator);
    const [c] = await clocksOf(r.id, 'disclosure.reply_2008');
    // 2018-03-05 + 15 WD (no holiday in March 2018) → 03-26.
    expect(c).toMatchObject({ dueOn: '2018-03-26' });
    expect(c!.explanation).toContain('第二十四条');
    expect(await clocksOf(r.id, 'disclosure.reply')).toEqual([]);
    await fire(w.as(w.coordinator, '2018-03-20'), r.id, 'extend_reply', {
      reason: '需调取档案',
      notifiedOn: '2018-03-20',
    });
    // + 15 WD over 清明 2018 (04-16 on a Monday–Friday calendar, 04-17 once the 2018 notice is loaded).
    expect((await clocksOf(r.id, 'disclosure.reply_2008'))[0]!.dueOn).toMatch(/^2018-04-1[67]$/);
  });

  it('keeps 20 WD for a request received on 2019-05-15', async () => {
    const r = await intake({ arrivedOn: '2019-05-15', signedOn: '2019-05-15' }, '2019-05-15');
    expect(await clocksOf(r.id, 'disclosure.reply')).toHaveLength(1);
    expect(await clocksOf(r.id, 'disclosure.reply_2008')).toEqual([]);
  });

  it('opens table 三 in the format of the report year (2019 trial format for 2019–2020)', async () => {
    expect((await getTable3(t.db, 'system', { year: 2020 })).format).toBe('2019');
    expect((await getTable3(t.db, 'system', { year: 2021 })).format).toBe('2021');
    expect((await getTable3(t.db, 'system', { year: 2020, format: '2021' })).format).toBe('2021');
  });
});

describe('rule 13: third parties and other organs', () => {
  it('"no reply" only 15 WD after the third party received the consultation (第三十二条)', async () => {
    const r = await intake({ arrivedOn: '2021-03-01', signedOn: '2021-03-01' });
    await fire(officer('2021-03-03'), r.id, 'consult_third_party', { thirdPartyName: '某物业公司' });
    await expect(fire(officer('2021-04-06'), r.id, 'third_party_silent', {})).rejects.toMatchObject({
      code: 'THIRD_PARTY_RECEIPT_NOT_RECORDED',
    });
    await fire(officer('2021-03-05'), r.id, 'record_third_party_receipt', {});
    // 2021-03-05 + 15 WD → 03-26; silence may be recorded from 03-29.
    expect((await clocksOf(r.id, 'disclosure.third_party')).at(-1)).toMatchObject({ dueOn: '2021-03-26' });
    await expect(fire(officer('2021-03-26'), r.id, 'third_party_silent', {})).rejects.toMatchObject({
      code: 'THIRD_PARTY_WINDOW_OPEN',
    });
    const done = await fire(officer('2021-03-29'), r.id, 'third_party_silent', {});
    expect(done).toMatchObject({
      status: 'registered',
      thirdPartyOpinion: 'no_reply',
      thirdPartyReceivedOn: '2021-03-05',
    });
    expect((await clocksOf(r.id, 'disclosure.reply'))[0]!.status).toBe('running');
  });

  it('a consultation of another organ pauses the reply clock until its opinion arrives (第三十三条第三款)', async () => {
    const r = await intake({ arrivedOn: '2021-03-01', signedOn: '2021-03-01' });
    await fire(officer('2021-03-03'), r.id, 'consult_organ', { organName: '区财政局' });
    expect((await clocksOf(r.id, 'disclosure.reply'))[0]).toMatchObject({ status: 'paused' });
    const back = await fire(officer('2021-03-17'), r.id, 'receive_organ_opinion', { opinion: '同意公开' });
    expect(back).toMatchObject({
      status: 'registered',
      otherOrganName: '区财政局',
      otherOrganConsultedOn: '2021-03-03',
      otherOrganAnsweredOn: '2021-03-17',
      otherOrganOpinion: '同意公开',
    });
    // 2 WD used (03-02, 03-03), 18 left from 03-17 → 04-13 (清明 04-03..04-05 off).
    expect((await clocksOf(r.id, 'disclosure.reply'))[0]).toMatchObject({
      status: 'running',
      dueOn: '2021-04-13',
    });
  });
});

describe('rule 12: fees per 国办函〔2020〕109号', () => {
  const applicant = { applicantIdNumber: '210114198502021231', applicantName: '王五' };

  it('charges 按件 only past 10 requests of the same applicant in the month, the amount computed', async () => {
    const ids: string[] = [];
    for (let day = 6; day <= 16; day++) {
      const on = `2021-05-${String(day).padStart(2, '0')}`;
      ids.push((await intake({ ...applicant, arrivedOn: on, signedOn: on }, on)).id);
    }
    await expect(
      fire(officer('2021-05-17'), ids[9]!, 'issue_fee_notice', { method: 'per_application' }),
    ).rejects.toMatchObject({ code: 'FEE_WITHIN_FREE_BAND' });
    const charged = await fire(officer('2021-05-17'), ids[10]!, 'issue_fee_notice', {
      method: 'per_application',
    });
    expect(charged).toMatchObject({ feeMethod: 'per_application', status: 'awaiting_fee' });
    expect(Number(charged.feeAmount)).toBe(100);
  });

  it('charges 按量 progressively past 30 pages; never both methods', async () => {
    const r = await intake({ arrivedOn: '2021-05-10', signedOn: '2021-05-10' }, '2021-05-10');
    await expect(
      fire(officer('2021-05-11'), r.id, 'issue_fee_notice', { method: 'per_page', pages: 30 }),
    ).rejects.toMatchObject({ code: 'FEE_WITHIN_FREE_BAND' });
    await expect(
      fire(officer('2021-05-11'), r.id, 'issue_fee_notice', { method: 'per_page' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // 31–100: 70 × 10 = 700; 101–120: 20 × 20 = 400.
    const done = await fire(officer('2021-05-11'), r.id, 'issue_fee_notice', {
      method: 'per_page',
      pages: 120,
    });
    expect(done).toMatchObject({ feeMethod: 'per_page', feePages: 120 });
    expect(Number(done.feeAmount)).toBe(1100);
  });

  it('counts the payment window from the applicant’s receipt of the notice; lapse only after it', async () => {
    const r = await intake({ arrivedOn: '2021-06-01', signedOn: '2021-06-01' }, '2021-06-01');
    await fire(officer('2021-06-02'), r.id, 'issue_fee_notice', { method: 'per_page', pages: 40 });
    expect((await clocksOf(r.id, 'disclosure.reply'))[0]!.status).toBe('paused');
    await expect(fire(officer('2021-08-02'), r.id, 'lapse_fee', {})).rejects.toMatchObject({
      code: 'FEE_DEADLINE_NOT_PASSED',
    });
    await fire(officer('2021-06-07'), r.id, 'record_fee_notice_receipt', {});
    // 2021-06-07 + 20 WD (端午 06-14 off) → 07-06.
    expect((await clocksOf(r.id, 'disclosure.fee_payment'))[0]!.dueOn).toBe('2021-07-06');
    await expect(fire(officer('2021-07-06'), r.id, 'lapse_fee', {})).rejects.toMatchObject({
      code: 'FEE_DEADLINE_NOT_PASSED',
    });
    const done = await fire(officer('2021-07-07'), r.id, 'lapse_fee', {});
    expect(done).toMatchObject({ outcome: 'other_fee_unpaid', feeNoticeReceivedOn: '2021-06-07' });
  });
});

describe('import integrity', () => {
  const row = (over: Partial<RequestLedgerRow> = {}): RequestLedgerRow =>
    ({
      trackingCode: null,
      orgUnit: '区住建局',
      channel: 'in_person',
      arrivedOn: '2020-05-06',
      applicantType: 'natural_person',
      applicantName: '李四',
      applicantIdType: 'resident_id',
      applicantIdNumber: '210114198001011115',
      applicantPhone: '13900001111',
      informationDescription: '某小区的维修资金使用情况',
      deliveryMethod: 'paper_mail',
      outcome: '予以公开',
      concludedOn: '2020-05-20',
      ...over,
    }) as RequestLedgerRow;
  const run = (rows: RequestLedgerRow[]) =>
    importRequests(w.as(w.housingOfficer, '2021-12-31'), {
      rows,
      rowNumbers: rows.map((_, i) => i + 2),
      errors: [],
    });

  it('refuses outcomes without their facts, listing every bad row, and imports nothing', async () => {
    const rejected = run([
      row(),
      row({ outcome: 'other_no_correction' }),
      row({ outcome: 'unable_unclear' }),
      row({ outcome: 'other_fee_unpaid' }),
    ]);
    const error = (await rejected.catch((e: unknown) => e)) as { code: string; rows: { row: number }[] };
    expect(error.code).toBe('IMPORT_REJECTED');
    expect([...new Set(error.rows.map((r) => r.row))]).toEqual([3, 4, 5]);
  });

  it('accepts a contact by address alone and a blank 获取方式, and carries fee and consultation facts', async () => {
    const result = await run([
      row({
        applicantPhone: null as never,
        applicantAddress: '沈阳市于洪区示例路2号',
        deliveryMethod: null as never,
        applicantEmail: 'li@example.cn',
        purpose: '维护自身权益',
        arrivedOn: '2021-05-06',
        concludedOn: '2021-06-30',
        outcome: 'other_fee_unpaid',
        feeMethod: 'per_page',
        feeMethodReason: '申请公开的信息量大',
        feePages: 40,
        feeAmount: '100.00',
        feeNoticeOn: '2021-05-10',
        feeNoticeReceivedOn: '2021-05-12',
        thirdPartyName: '某物业公司',
        thirdPartyConsultedOn: '2021-05-07',
        thirdPartyReceivedOn: '2021-05-08',
        thirdPartyAnsweredOn: '2021-05-09',
        thirdPartyOpinion: 'consent',
        otherOrganName: '区财政局',
        otherOrganConsultedOn: '2021-05-07',
        otherOrganAnsweredOn: '2021-05-09',
        otherOrganOpinion: '同意',
        extensionApprovedOn: null,
      }),
    ]).catch((e: { rows?: unknown }) => e.rows ?? e);
    expect(result).toMatchObject({ imported: 1, concluded: 1 });
    const [stored] = await t.db
      .select({ reason: disclosureRequests.feeMethodReason })
      .from(disclosureRequests)
      .where(eq(disclosureRequests.purpose, '维护自身权益'));
    expect(stored).toEqual({ reason: '申请公开的信息量大' });
  });
});
