/**
 * How personal data is shown back (个人信息保护法 第五十一条: 去标识化; the 条例 第十五条 protects 个人隐私).
 * The stored value stays whole; every presenter shows one of these. docs/decisions/0009 §5.
 */

const stars = (n: number) => '*'.repeat(Math.max(1, n));

/** ID numbers keep 4 characters at each end (2101**********1234); short numbers show less. */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (v.length <= 4) return stars(v.length);
  const keep = Math.min(4, Math.floor(v.length / 4));
  return v.slice(0, keep) + stars(v.length - 2 * keep) + v.slice(v.length - keep);
}

/** Phones keep the first 3 and the last 4 characters (138****5678); short numbers keep the last 2. */
export function maskPhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (v.length >= 9) return v.slice(0, 3) + stars(v.length - 7) + v.slice(-4);
  if (v.length <= 2) return stars(v.length);
  return stars(v.length - 2) + v.slice(-2);
}

/** A natural person's name on public or list pages: the surname only (张*, 欧阳** keeps one character). */
export function maskPersonName(value: string | null | undefined): string | null {
  if (!value) return null;
  const chars = [...value.trim()];
  if (chars.length === 0) return null;
  return chars[0] + stars(chars.length - 1);
}

/** E-mail: the first character of the local part, then the domain (z***@example.com). */
export function maskEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  const at = value.indexOf('@');
  if (at <= 0) return stars(value.length);
  return `${value[0]}${stars(at - 1)}${value.slice(at)}`;
}
