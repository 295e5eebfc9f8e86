import { isIsoDate } from '../calendar/dates.js';
import { z } from './zod-setup.js';

/** Field schemas every module's contract uses, with their zh-CN messages. */

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists, `YYYY-MM-DD` (2020-02-30 is refused here, not by the database). */
export const IsoDate = z
  .string()
  .regex(ISO_SHAPE, { message: '日期格式应为 YYYY-MM-DD' })
  // Judged only when well-formed, so a malformed value gets one message, not two.
  .refine((v) => !ISO_SHAPE.test(v) || isIsoDate(v), { message: '日期不存在（请检查月份和日）' });

/** Trimmed text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `不能超过 ${max} 个字` });

/** Optional text: blank, null and missing all become null. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Required text; the message names the field (请填写案由). */
export const required = (max: number, what: string) => text(max).min(1, { message: `请填写${what}` });
