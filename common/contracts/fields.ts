import { isIsoDate } from '../calendar/dates.js';
import { creditCodeProblem, residentIdProblem } from '../identity/check-digits.js';
import { withoutBidiControls } from '../text/bidi.js';
import { wellFormed } from '../text/well-formed.js';
import { z } from './zod-setup.js';

/** Field schemas every module's contract uses, with their zh-CN messages. */

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists, `YYYY-MM-DD` (2020-02-30 is refused here, not by the database). */
export const IsoDate = z
  .string()
  .regex(ISO_SHAPE, { message: '日期格式应为 YYYY-MM-DD' })
  // Judged only when well-formed, so a malformed value gets one message, not two.
  .refine((v) => !ISO_SHAPE.test(v) || isIsoDate(v), { message: '日期不存在（请检查月份和日）' });

/**
 * Trimmed text of at most `max` characters. Bidi control characters are stripped, not refused: they come in
 * unseen with text pasted from web pages and Word (issue #11; decision 0024 §8). Lone surrogates become U+FFFD.
 */
export const text = (max: number) =>
  z
    .string()
    .overwrite((v) => wellFormed(withoutBidiControls(v)))
    .trim()
    .max(max, { message: `不能超过 ${max} 个字` });

/** Optional text: blank, null and missing all become null. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Required text; the message names the field (请填写案由). */
export const required = (max: number, what: string) => text(max).min(1, { message: `请填写${what}` });

/** The largest amount in yuan a form or a ledger accepts: below numeric(14, 2) (issue #11: an overflow gave 500). */
export const MONEY_MAX_YUAN = 1e11;

/**
 * An amount in yuan: a number or a numeric string. Blank and null are refused with the field's name, never
 * read as 0 (issue #11: `z.coerce.number()` stored a null amount as 0). `.nullish()` makes it optional.
 */
export const money = (what: string, opts: { positive?: boolean } = {}) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
    z.number({ message: `请填写${what}（数字）` }).superRefine((v, ctx) => {
      // One message per value: the lower bound, then the upper.
      if (opts.positive && v <= 0) ctx.addIssue({ code: 'custom', message: `${what}应大于 0` });
      else if (v < 0) ctx.addIssue({ code: 'custom', message: `${what}不能为负数` });
      else if (v > MONEY_MAX_YUAN)
        ctx.addIssue({ code: 'custom', message: `${what}过大（不能超过 1000 亿元）` });
    }),
  );

/** An optional amount in yuan: blank, null and missing are null (not 0). */
export const optionalMoney = (what: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), money(what).nullish());

/** An optional resident ID number (GB 11643): blank is null; a wrong length, birth date or check digit is named. */
export const optionalResidentId = (what: string) =>
  optionalText(30).superRefine((v, ctx) => {
    const problem = v ? residentIdProblem(v) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `${what}：${problem}` });
  });

/**
 * The identity number a party carries by its kind: a resident ID (自然人), a unified social credit code
 * (法人, 其他组织), either for a 个体工商户 (registered with a code, or known by the operator's ID).
 * Returns the zh-CN problem naming the field, or null.
 */
export function partyNumberProblem(
  kind: 'person' | 'organisation' | 'either',
  value: string,
  names: { person: string; organisation: string },
): string | null {
  const asPerson = residentIdProblem(value);
  const asOrganisation = creditCodeProblem(value);
  if (kind === 'person') return asPerson && `${names.person}：${asPerson}`;
  if (kind === 'organisation') return asOrganisation && `${names.organisation}：${asOrganisation}`;
  if (!asPerson || !asOrganisation) return null;
  // Neither: name the problem of the kind the value looks like (a code has letters or a non-digit head).
  return /^\d{17}[\dXx]$/.test(value.trim())
    ? `${names.person}：${asPerson}`
    : `${names.organisation}：${asOrganisation}`;
}
