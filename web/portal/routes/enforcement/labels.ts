import { CASE_KINDS } from '../../../../common/contracts/enforcement/dictionaries.js';
import type { Locale } from '../../../common/i18n.js';

/** English names of the kinds; the zh-CN labels are the contract's own (statutory terms). */
const KIND_EN: Record<string, string> = {
  penalty: 'Administrative penalty',
  coercion: 'Administrative coercion',
  licensing: 'Administrative licensing',
};

/** A case kind's label in the current language. */
export function kindLabel(code: string, locale: Locale): string {
  if (locale === 'en-US' && KIND_EN[code]) return KIND_EN[code];
  return CASE_KINDS.find((k) => k.code === code)?.label ?? code;
}

/** The kind filter's options, in the contract's order. */
export function kindOptions(locale: Locale) {
  return CASE_KINDS.map((k) => ({ value: k.code, label: kindLabel(k.code, locale) }));
}

/** Money as the whole UI writes it (web/common/format.ts). */
export { formatYuan } from '../../../common/format.js';
