import {
  EXERCISE_LEVELS,
  POWER_CATEGORIES,
  POWER_ITEM_STATUSES,
} from '../../../../common/contracts/powers.js';
import type { Locale } from '../../../common/i18n.js';

/** Category, status and field labels from the contract (one dictionary for server, sheets and screens). */
export function categoryLabel(code: string, locale: Locale): string {
  const c = POWER_CATEGORIES.find((x) => x.code === code);
  return c ? (locale === 'en-US' ? c.en : c.label) : code;
}

export function categoryOptions(locale: Locale) {
  return POWER_CATEGORIES.map((c) => ({ value: c.code, label: locale === 'en-US' ? c.en : c.label }));
}

const STATUS_EN: Record<string, string> = {
  draft: 'Draft',
  published: 'Published',
  repealed: 'Repealed',
  discarded: 'Discarded',
};
export const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  published: 'green',
  repealed: 'red',
  discarded: 'default',
};

export function statusLabel(code: string, locale: Locale): string {
  if (locale === 'en-US') return STATUS_EN[code] ?? code;
  return POWER_ITEM_STATUSES.find((s) => s.code === code)?.label ?? code;
}

export function statusOptions(locale: Locale) {
  return POWER_ITEM_STATUSES.map((s) => ({ value: s.code, label: statusLabel(s.code, locale) }));
}

export const levelOptions = EXERCISE_LEVELS.map((l) => ({ value: l.code, label: l.label }));

export function levelLabel(code: string | null): string {
  return EXERCISE_LEVELS.find((l) => l.code === code)?.label ?? '';
}
