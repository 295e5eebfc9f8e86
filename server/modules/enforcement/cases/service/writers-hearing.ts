import { addCalendarDays, addWorkingDays, type IsoDate } from '../../../../../common/calendar/index.js';
import type { CASE_TRANSITION_INPUTS } from '../../../../../common/contracts/enforcement/cases.js';
import type { MajorReason, PartyType } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { loadStrictCalendar } from '../../../../platform/calendar/index.js';
import type { Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { hearingRightGrounds, type PenaltyTerms } from '../../rules/penalty-rights.js';
import { servedOnOf } from '../../rules/service.js';
import { penaltyPeriodsOn } from '../../rules/periods.js';
import { getSettings } from '../../registry/service/lookups.js';
import type { CaseRecord } from './records.js';

type NoticeForm = z.output<(typeof CASE_TRANSITION_INPUTS)['notify']>;

/** The terms a notice announces: its kinds, and the fine and confiscation apart (decision 0014 §1). */
export const noticeTerms = (form: NoticeForm): PenaltyTerms => ({
  kinds: form.intendedKinds,
  fineAmount: form.intendedFineAmount ?? 0,
  confiscationAmount: form.intendedConfiscationAmount ?? 0,
});

/**
 * 告知: a penalty that carries a right to a hearing by its kind or its amount (rules/penalty-rights.ts, by the
 * text in force on the notice day) must be notified with that right; the officer cannot untick it.
 */
export async function assertHearingRightNotified(tx: Tx, r: CaseRecord, form: NoticeForm): Promise<void> {
  if (form.hearingRight) return;
  const settings = await getSettings(tx, r.districtId);
  const grounds = hearingRightGrounds(r.stepOn, noticeTerms(form), settings, r.row.partyType as PartyType);
  if (grounds.length === 0) return;
  throw validationFailed([
    { path: 'hearingRight', message: `拟作出的处罚${grounds.join('；')}，应当告知当事人有要求听证的权利` },
  ]);
}

/** An amount as numeric(14, 2) stores it; null when none was given. */
const storedAmount = (amount: number | null | undefined) => (amount == null ? null : amount.toFixed(2));

/** What 告知 or 重新告知 writes: the notice, its terms; the windows wait for its service. */
export async function notice(tx: Tx, r: CaseRecord, form: NoticeForm) {
  await assertHearingRightNotified(tx, r, form);
  const terms = noticeTerms(form);
  return {
    notifiedOn: r.stepOn,
    intendedPenalty: form.intendedPenalty,
    hearingRight: form.hearingRight,
    notifiedKinds: [...terms.kinds],
    // An amount the notice does not announce stays null: 0 would read as "a fine of 0 yuan" (issue #11).
    notifiedFineAmount: storedAmount(form.intendedFineAmount),
    notifiedConfiscationAmount: storedAmount(form.intendedConfiscationAmount),
    // A new notice restarts the party's rights: service, statement, hearing (decision 0014 §4).
    noticeServiceMethod: null,
    noticeServedOn: null,
    statementReceivedOn: null,
    statementSummary: null,
    statementWaivedOn: null,
    hearingRequestedOn: null,
    hearingNoticeOn: null,
    hearingOn: null,
    hearingHeldOn: null,
  };
}

type ServiceForm = z.output<(typeof CASE_TRANSITION_INPUTS)['serve']>;

/**
 * The day a document counts as served (rules/service.ts); a mailed one needs its receipt date, which lies
 * between the document's date and the day it is recorded.
 */
export function serviceDay(r: CaseRecord, form: ServiceForm, issuedOn: IsoDate | null): IsoDate {
  const servedOn = servedOnOf({ method: form.method, stepOn: r.stepOn, signedForOn: form.signedForOn });
  const path = 'signedForOn';
  if (!servedOn) throw validationFailed([{ path, message: '邮寄送达须填写回执上注明的收件日期' }]);
  if (form.method === 'mail' && (servedOn > r.stepOn || (issuedOn && servedOn < issuedOn)))
    throw validationFailed([
      { path, message: `收件日期应在文书作出之日（${issuedOn}）与登记之日（${r.stepOn}）之间` },
    ]);
  return servedOn;
}

/** 申请听证: a mailed request's postmark lies on or before its receipt. */
export function requestHearing(r: CaseRecord, form: { postmarkOn?: IsoDate | null }) {
  if (form.postmarkOn && form.postmarkOn > r.stepOn)
    throw validationFailed([{ path: 'postmarkOn', message: '邮戳日期不能晚于收到申请的日期' }]);
  return { hearingRequestedOn: r.stepOn };
}

/**
 * The earliest day a hearing may be held when the party is notified on `noticeOn`. Counted on the strict
 * calendar: in a year whose holiday notice is not loaded the step waits (CALENDAR_YEAR_NOT_LOADED, decision
 * 0016) rather than refuse or allow a hearing day on a Monday–Friday guess.
 */
export async function earliestHearingOn(tx: Tx, noticeOn: IsoDate): Promise<IsoDate> {
  // Basis: 行政处罚法 第六十四条第（二）项 — 七日前通知 (7 WD since 2021-07-15 by 第八十五条; 7 days before).
  const period = penaltyPeriodsOn(noticeOn).hearingNotice;
  const cal = await loadStrictCalendar(tx);
  return period.unit === 'working_days'
    ? addWorkingDays(cal, noticeOn, period.amount)
    : addCalendarDays(cal, noticeOn, period.amount);
}

/** 通知听证: the hearing day must leave the party the statutory notice period. */
export async function scheduleHearing(tx: Tx, r: CaseRecord, hearingOn: IsoDate) {
  const earliest = await earliestHearingOn(tx, r.stepOn);
  if (hearingOn < earliest) {
    const v = penaltyPeriodsOn(r.stepOn);
    const unit = v.hearingNotice.unit === 'working_days' ? '个工作日' : '日';
    throw validationFailed([
      {
        path: 'hearingOn',
        message: `应当在举行听证的${v.hearingNotice.amount}${unit}前通知当事人：${r.stepOn}通知的，听证日期不得早于${earliest}（${v.law}${v.hearingNotice.article}）`,
      },
    ]);
  }
  return { hearingNoticeOn: r.stepOn, hearingOn };
}

/**
 * 举行听证: the record of the hearing. A case that went through a hearing and directly concerns the party's
 * major rights needs 法制审核 before the decision. Basis: 行政处罚法 第五十八条第一款第（二）项.
 */
export function holdHearing(r: CaseRecord, form: { record: string; concernsMajorRights: boolean }) {
  const held = { hearingHeldOn: r.stepOn, hearingRecord: form.record };
  if (!form.concernsMajorRights) return held;
  const reasons = new Set(r.row.majorReasons as MajorReason[]);
  reasons.add('major_rights_after_hearing');
  return { ...held, isMajor: true, majorReasons: [...reasons] };
}
