import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';

/** Working days after receipt within which a correction may be requested. Basis: 条例 第三十条. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;

/** The last day a correction request (补正告知) may be sent: 7 WD after receipt, the receipt day not counted. */
export function correctionWindowEndsOn(cal: WorkCalendar, receivedOn: IsoDate): IsoDate {
  return addWorkingDays(cal, receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
}

/** Is a correction request sent on `on` still within the statutory window? */
export function isWithinCorrectionWindow(cal: WorkCalendar, receivedOn: IsoDate, on: IsoDate): boolean {
  return on >= receivedOn && on <= correctionWindowEndsOn(cal, receivedOn);
}

/**
 * 信息处理费 按件计收 for the applicant's `n`-th application in a calendar month (109号 第四条; in force
 * 2021-01-01): 1–10 free, 11–30 100 元/件, then +100 元 per further band of 10 (31–40: 200, 41–50: 300 …).
 */
export function perApplicationFee(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error('n must be a whole number ≥ 1');
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 * (2 + Math.floor((n - 31) / 10));
}

/** The date from which 109号 applies; earlier requests are free (the 2008 fee rules were repealed). */
export const FEE_RULES_IN_FORCE_ON: IsoDate = '2021-01-01';
