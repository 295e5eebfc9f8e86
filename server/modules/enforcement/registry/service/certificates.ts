import { fromDayNumber, type IsoDate, toDayNumber } from '../../../../../common/calendar/index.js';
import type { CertificateState } from '../../../../../common/contracts/enforcement/registry.js';
import type { FieldError } from '../../../../platform/errors.js';

/** Certificates expiring within this many days are flagged and show up in reminders. */
export const CERTIFICATE_WARNING_DAYS = 30;

export function addDays(day: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(day) + n);
}

/** A certificate as of today: expired after its last valid day, expiring within 30 days of it. */
export function certificateStateOf(validUntil: IsoDate, today: IsoDate): CertificateState {
  if (validUntil < today) return 'expired';
  return validUntil <= addDays(today, CERTIFICATE_WARNING_DAYS) ? 'expiring' : 'valid';
}

/** A certificate's dates: issued no later than today, valid until no earlier than issued. */
export function certificateDateProblems(
  c: { certificateIssuedOn: IsoDate | null; certificateValidUntil: IsoDate },
  today: IsoDate,
): FieldError[] {
  const problems: FieldError[] = [];
  if (c.certificateIssuedOn && c.certificateIssuedOn > today)
    problems.push({ path: 'certificateIssuedOn', message: '发证日期不能晚于今天' });
  if (c.certificateIssuedOn && c.certificateValidUntil < c.certificateIssuedOn)
    problems.push({ path: 'certificateValidUntil', message: '有效期截止日期不能早于发证日期' });
  return problems;
}
