import { POWER_CATEGORIES } from '../../../../common/contracts/powers.js';
import type { Locale } from '../../../common/i18n.js';

/** A category's label in the current language, from the contract's one dictionary. */
export function categoryLabel(code: string, locale: Locale): string {
  const c = POWER_CATEGORIES.find((x) => x.code === code);
  return c ? (locale === 'en-US' ? c.en : c.label) : code;
}
