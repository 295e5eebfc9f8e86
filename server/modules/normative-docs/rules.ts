/**
 * The law of 行政规范性文件 as data, in one place (legal-rules §4; docs/decisions/0048-normative-documents.md): the
 * district's configurable periods with the Liaoning defaults, the review and filing clocks, validity, the
 * registration number, where a document is filed, and what "in force" and "citable" mean. Pure.
 */
import {
  computeDue,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import type { NormativeSettings } from '../../../common/contracts/normative-docs.js';
import { tx } from '../../../common/text/localized.js';
import { type ClockDef, defineClock } from '../../platform/clocks/index.js';

const L115 = '国办发〔2018〕115号（合法性审核时限）';
const LN_FILING = '《辽宁省规章规范性文件备案办法》（省政府令第149号，2016年修正）第三条';

/** The defaults until the district sets its own: Liaoning's (each one a reading, decision 0048 §2). */
export const DEFAULT_SETTINGS: NormativeSettings = {
  // 37号 leaves the comment period to local rules (legal-rules §4.1, L): Liaoning practice publishes for 30 days.
  commentMinDays: 30,
  // 115号 "原则上不少于5个工作日、最长不超过15个工作日" (legal-rules §4.2, M): the district gives the longest.
  reviewWorkingDays: 15,
  // 辽宁省规章规范性文件备案办法 第三条: within 15 days of publication (legal-rules §4.1, H for the 2016 text).
  filingDays: 15,
  // Local practice (legal-rules §4.1, L): valid ≤ 5 years, 暂行/试行 ≤ 2, evaluated 6 months before expiry.
  maxValidYears: 5,
  maxProvisionalYears: 2,
  expiryReviewMonths: 6,
  // 统一登记编号 "YHGS-2026-003" (legal-rules §4.1: the format is local; free text with a per-district prefix).
  registrationPrefix: 'YHGS',
};

/** One clock per possible review period (5–15 WD), so a district's setting picks a declared clock. */
export const REVIEW_CLOCKS: readonly ClockDef[] = Array.from({ length: 11 }, (_, i) =>
  defineClock({
    key: `normative_docs.legality_review_${i + 5}wd`,
    label: tx('合法性审核期限', 'Legality review period'),
    length: { amount: i + 5, unit: 'working_days' },
    basis: L115,
    startPhrase: tx('送审', 'submission for review'),
  }),
);

/** One clock per possible filing period (1–30 days, CD: the Liaoning rule writes plain 日, legal-rules §0). */
export const FILING_CLOCKS: readonly ClockDef[] = Array.from({ length: 30 }, (_, i) =>
  defineClock({
    key: `normative_docs.filing_${i + 1}d`,
    label: tx('报送备案期限', 'Filing period'),
    length: { amount: i + 1, unit: 'calendar_days' },
    basis: LN_FILING,
    startPhrase: tx('公布', 'publication'),
  }),
);

export const reviewClock = (days: number): ClockDef => REVIEW_CLOCKS[days - 5]!;
export const filingClock = (days: number): ClockDef => FILING_CLOCKS[days - 1]!;

/** The last day of the legality review (WD from the day after submission). */
export function reviewDueOn(cal: WorkCalendar, submittedOn: IsoDate, days: number): IsoDate {
  return computeDue(cal, { from: submittedOn, amount: days, unit: 'working_days', basis: L115 }).dueOn;
}

/** The last day to file (备案): CD from the day after publication, rolled past a holiday (legal-rules §0.7). */
export function filingDueOn(cal: WorkCalendar, publishedOn: IsoDate, days: number): IsoDate {
  return computeDue(cal, { from: publishedOn, amount: days, unit: 'calendar_days', basis: LN_FILING }).dueOn;
}

/**
 * The nominal day n months away (negative: before), clipped to the month's end. No holiday roll: a validity
 * period is a span of time, not a deadline to act by, and it reaches years with no calendar data yet.
 */
export function shiftMonths(day: IsoDate, n: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const dd = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Validity ends the day before the anniversary: effective 2020-03-01 for 5 years → valid until 2025-02-28. */
export function validUntil(effectiveOn: IsoDate, years: number): IsoDate {
  return fromDayNumber(toDayNumber(shiftMonths(effectiveOn, years * 12)) - 1);
}

/** The longest validity a document may carry: 暂行/试行 (provisional) ≤ 2 years, others ≤ 5 (local practice, L). */
export function maxValidYears(settings: NormativeSettings, provisional: boolean): number {
  return provisional ? settings.maxProvisionalYears : settings.maxValidYears;
}

/** A title naming 暂行 or 试行 is provisional whatever the form says. */
export const isProvisionalTitle = (title: string): boolean => /暂行|试行/.test(title);

/** The day the evaluation before expiry is due: `expiryReviewMonths` before the last valid day. */
export function expiryReviewOn(until: IsoDate, months: number): IsoDate {
  return shiftMonths(until, -months);
}

/** 统一登记编号: prefix-year-sequence, three digits (YHGS-2026-003). */
export function registrationNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}

/**
 * Where a document is filed (37号, legal-rules §4.1): a government's with the government one level up and the
 * same-level 人大常委会; a department's with the same-level government.
 */
export function filingRecipients(issuerLevel: string): readonly string[] {
  return issuerLevel === 'government'
    ? ['superior_government', 'npc_standing_committee']
    : ['same_level_government'];
}

/** In force on a day: published by then, effective and not past its validity, not ended by then. */
export function isInForce(
  doc: { status: string; publishedOn: IsoDate | null; validUntil: IsoDate | null; endedOn: IsoDate | null },
  on: IsoDate,
): boolean {
  if (!doc.publishedOn || doc.publishedOn > on) return false;
  if (doc.endedOn && doc.endedOn <= on) return false;
  return !doc.validUntil || doc.validUntil >= on;
}

/**
 * Only a published document in force may be cited as a basis (37号: documents not published cannot be the basis
 * of administration; the portal's list of valid documents is the authority).
 */
export const isCitable = (doc: { status: string }): boolean =>
  doc.status === 'published' || doc.status === 'filed';
