import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DIVERSION_LABELS,
  OUTCOME_LABELS,
  STATE_LABELS,
} from '../../../../common/contracts/petitions.js';
import { pickText } from '../../../../common/text/localized.js';
import type { Locale } from '../../../common/i18n.js';

/** English names of the contract's zh-CN dictionaries (the screens are bilingual; the law's words are zh-CN). */
const EN: Record<string, string> = {
  suggestion: 'Suggestion',
  accusation: 'Report or accusation',
  appeal: 'Appeal or claim',
  online: 'Online',
  letter: 'Letter',
  phone: 'Phone',
  fax: 'Fax',
  visit: 'Visit',
  support: 'Supported',
  explain: 'Explained',
  reject: 'Not supported',
  litigation: 'Litigation',
  reconsideration: 'Administrative reconsideration',
  arbitration: 'Arbitration',
  administrative: 'Administrative procedure',
  other: 'Other statutory route',
};
const dict = (zh: Record<string, string>) => (code: string | null | undefined, locale: Locale) =>
  code ? (locale === 'en-US' ? (EN[code] ?? code) : (zh[code] ?? code)) : '—';

export const categoryLabel = dict(CATEGORY_LABELS);
export const channelLabel = dict(CHANNEL_LABELS);
export const outcomeLabel = dict(OUTCOME_LABELS);
export const diversionLabel = dict(DIVERSION_LABELS);
export const stateLabel = (s: string, locale: Locale) =>
  pickText(STATE_LABELS[s as keyof typeof STATE_LABELS] ?? s, locale);
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
