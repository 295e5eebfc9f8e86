import { addCalendarDays, addWorkingDays, type IsoDate } from '../../../../../common/calendar/index.js';
import type { MajorReason, PartyType } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import type { Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { carriesHearingRight } from '../../rules/discretion.js';
import { penaltyPeriodsOn } from '../../rules/periods.js';
import { getSettings } from '../../registry/service/lookups.js';
import type { CaseRecord } from './records.js';

const PARTY_LABEL = (t: PartyType) => (t === 'natural_person' ? '自然人' : '法人或其他组织');

/**
 * 告知 with the intended amount: an amount at or above the 较大数额 carries a right to a hearing, and the
 * notice must say so. Basis: 行政处罚法 第六十三条 (thresholds: enforcement settings, decision 0011 §4).
 */
export async function assertHearingRightNotified(
  tx: Tx,
  r: CaseRecord,
  form: { intendedAmount?: number | null; hearingRight: boolean },
): Promise<void> {
  if (form.intendedAmount == null || form.hearingRight) return;
  const settings = await getSettings(tx, r.districtId);
  const partyType = r.row.partyType as PartyType;
  if (!carriesHearingRight(settings, partyType, form.intendedAmount)) return;
  const floor =
    partyType === 'natural_person' ? settings.hearingAmountPerson : settings.hearingAmountOrganisation;
  throw validationFailed([
    {
      path: 'hearingRight',
      message: `拟罚没金额 ${form.intendedAmount} 元已达到较大数额（${PARTY_LABEL(partyType)} ${floor} 元），应当告知当事人有要求听证的权利（《行政处罚法》第六十三条）`,
    },
  ]);
}

/** The earliest day a hearing may be held when the party is notified on `noticeOn`. */
export async function earliestHearingOn(tx: Tx, noticeOn: IsoDate): Promise<IsoDate> {
  // Basis: 行政处罚法 第六十四条第（二）项 — 七日前通知 (7 WD since 2021-07-15 by 第八十五条; 7 days before).
  const period = penaltyPeriodsOn(noticeOn).hearingNotice;
  const cal = await loadCalendar(tx);
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
