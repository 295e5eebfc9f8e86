import {
  CATEGORY_TEXT,
  CLOCK_2005_MARK,
  CLOCK_NAME_TEXT,
  CHANNEL_TEXT,
  DIVERSION_TEXT,
  OUTCOME_TEXT,
  REVIEW_RESULT_TEXT,
  ROUTE_MODE_TEXT,
  STATE_LABELS,
} from '../../../../common/contracts/petitions.js';
import { pickText, type Text } from '../../../../common/text/localized.js';
import type { Locale } from '../../../common/i18n.js';

/**
 * The petitions' dictionaries in the screen's language. One source: the contract's bilingual dictionaries
 * (common/contracts/petitions.ts), which the server's ledger, metrics and clock definitions read too.
 */
const dict =
  (texts: Record<string, Text>) =>
  (code: string | null | undefined, locale: Locale): string =>
    code ? pickText(texts[code] ?? code, locale) : '—';

export const categoryLabel = dict(CATEGORY_TEXT);
export const channelLabel = dict(CHANNEL_TEXT);
export const outcomeLabel = dict(OUTCOME_TEXT);
export const diversionLabel = dict(DIVERSION_TEXT);
export const reviewResultLabel = dict(REVIEW_RESULT_TEXT);
export const routeModeLabel = dict(ROUTE_MODE_TEXT);
export const stateLabel = dict(STATE_LABELS);
export const options = (codes: readonly string[], label: (c: string, l: Locale) => string, locale: Locale) =>
  codes.map((c) => ({ value: c, label: label(c, locale) }));

export const STATE_COLOR: Record<string, string> = {
  registered: 'default',
  routed: 'blue',
  handling: 'processing',
  answered: 'cyan',
  review_requested: 'orange',
  reviewed: 'gold',
  reexam_requested: 'volcano',
  closed: 'green',
  not_accepted: 'default',
  diverted: 'purple',
};

/** A clock's name by its key (`petitions.notice`, `petitions.notice_2005`): the server's own names. */
export function clockLabel(key: string, locale: Locale): string {
  const name = key.replace(/^petitions\./, '');
  const base = name.replace(/_2005$/, '') as keyof typeof CLOCK_NAME_TEXT;
  const text = CLOCK_NAME_TEXT[base];
  if (!text) return key;
  return base === name
    ? pickText(text, locale)
    : `${pickText(text, locale)}${pickText(CLOCK_2005_MARK, locale)}`;
}
