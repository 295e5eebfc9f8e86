/**
 * Check digits of the two identifiers Fazhi stores: the resident ID number (GB 11643-1999, ISO 7064 MOD 11-2)
 * and the unified social credit code of an organisation (GB 32100-2015). A wrong check digit is a typo — or
 * a person's ID number typed where an organisation's code belongs (issue #11: it was then published).
 */
import { isIsoDate } from '../calendar/dates.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The 18th character of a resident ID number from its first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (ID_WEIGHTS[i] ?? 0), 0);
  return ID_CHECK[sum % 11]!;
}

/** Why a resident ID number is not valid (18 characters, a real birth date, the check digit), or null. */
export function residentIdProblem(value: string): string | null {
  const v = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return '居民身份证号码应为 18 位（最后一位可为 X）';
  const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  if (!isIsoDate(birth)) return '居民身份证号码中的出生日期不存在';
  if (residentIdCheckDigit(v.slice(0, 17)) !== v[17]) return '居民身份证号码校验位不符，请核对';
  return null;
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a unified social credit code from its first 17. */
export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((s, ch, i) => s + CREDIT_CHARS.indexOf(ch) * (CREDIT_WEIGHTS[i] ?? 0), 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]!;
}

/** Why a unified social credit code is not valid (18 characters of its alphabet, the check character), or null. */
export function creditCodeProblem(value: string): string | null {
  const v = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v))
    return '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）';
  if (creditCodeCheckChar(v.slice(0, 17)) !== v[17]) return '统一社会信用代码校验位不符，请核对';
  return null;
}
