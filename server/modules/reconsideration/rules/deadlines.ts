import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  type Duration,
  type IsoDate,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import type { ReconsiderationLawText } from './law-texts.js';

/** The last day of a period of the law's kind (the start day not counted; a CD period rolls off holidays). */
export function endOf(cal: WorkCalendar, from: IsoDate, period: Duration): IsoDate {
  if (period.unit === 'working_days') return addWorkingDays(cal, from, period.amount);
  if (period.unit === 'months') return addMonths(cal, from, period.amount);
  return addCalendarDays(cal, from, period.amount);
}

export interface ApplicationTimeliness {
  /** The last day to apply: 60 days from when the applicant knew of the act. */
  lastDayOn: IsoDate;
  inTime: boolean;
  /** The sentence for the intake form and the case page when late (a warning: the organ may find good cause). */
  warning: string | null;
}

/**
 * Is the application within 60 days of when the applicant knew of the act (2023 第二十条; 2017 第九条)? A late
 * application is not refused at intake: 正当理由 (force majeure) stops the period, so the 复议机构 decides at
 * acceptance review — the intake records the warning.
 */
export function applicationTimeliness(
  cal: WorkCalendar,
  text: ReconsiderationLawText,
  knownOn: IsoDate,
  receivedOn: IsoDate,
): ApplicationTimeliness {
  const lastDayOn = endOf(cal, knownOn, text.application);
  const inTime = receivedOn <= lastDayOn;
  return {
    lastDayOn,
    inTime,
    warning: inTime
      ? null
      : `申请超过法定申请期限：自知道该行政行为之日（${knownOn}）起60日内（至${lastDayOn}）应当提出；` +
        `有正当理由耽误的除外（${text.law}${text.application.article}）`,
  };
}

/** The facts of a case that decide whether the simplified procedure may apply (2023 第五十三条). */
export interface SimplifiedFacts {
  actType: string;
  actAmountYuan: number | null;
  actOnTheSpot: boolean;
}

/**
 * Is the ground claimed for the simplified procedure made out by the case's facts? Only under the 2023 text;
 * "agreed" (当事人各方同意) is taken on the 复议机构's word. Returns the zh-CN problem, or null.
 */
export function simplifiedProblem(
  text: ReconsiderationLawText,
  ground: string | null | undefined,
  facts: SimplifiedFacts,
): string | null {
  if (!text.decision.simplified) return `${text.law}没有简易程序，只能适用普通程序`;
  switch (ground) {
    case undefined:
    case null:
      return '适用简易程序须选择第五十三条规定的情形';
    case 'on_the_spot':
      return facts.actOnTheSpot ? null : '被申请的行政行为不是当场作出的，不能以此适用简易程序';
    case 'small_amount':
      return facts.actAmountYuan !== null && facts.actAmountYuan <= 3000
        ? null
        : '案件涉及款额须在三千元以下（已登记的涉及金额不符）';
    case 'disclosure':
      return facts.actType === 'disclosure' ? null : '被申请的行政行为不是政府信息公开答复';
    case 'warning':
      return facts.actType === 'penalty' ? null : '警告、通报批评须为行政处罚';
    default:
      return null;
  }
}

/** Is the hearing notified at least the law's period before it (2023 第五十一条: 5 WD)? */
export function hearingNoticeProblem(
  cal: WorkCalendar,
  text: ReconsiderationLawText,
  noticeOn: IsoDate,
  hearingOn: IsoDate,
): string | null {
  if (noticeOn > hearingOn) return '听证通知日期不能晚于听证日期';
  if (!text.hearingNotice) return null;
  const earliest = endOf(cal, noticeOn, text.hearingNotice);
  return hearingOn >= earliest
    ? null
    : `听证应当在举行五个工作日前书面通知当事人：${noticeOn}通知的，听证最早于${earliest}举行（${text.law}${text.hearingNotice.article}）`;
}

/** The day a case counts as accepted when the review period passes without a decision. */
export function deemedAcceptedOn(
  cal: WorkCalendar,
  text: ReconsiderationLawText,
  reviewFrom: IsoDate,
): IsoDate {
  return text.deemedAcceptedFrom === 'receipt' ? reviewFrom : endOf(cal, reviewFrom, text.acceptanceReview);
}
