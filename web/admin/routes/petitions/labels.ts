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

/** The clocks' names by key (the 2005 text's clocks share them, marked 2005). */
const CLOCKS: Record<string, [string, string]> = {
  routing: ['转送交办期限', 'Routing'],
  notice: ['书面告知信访人期限', 'Notice to the petitioner'],
  objection: ['对转送交办提出异议期限', 'Objection to the assignment'],
  handling: ['办理期限', 'Handling'],
  review_request: ['请求复查期限', 'Request for review'],
  review: ['复查期限', 'Review'],
  reexam_request: ['请求复核期限', 'Request for re-examination'],
  reexam: ['复核期限', 'Re-examination'],
};
export function clockLabel(key: string, locale: Locale): string {
  const name = key.replace(/^petitions\./, '');
  const base = name.replace(/_2005$/, '');
  const [zh, en] = CLOCKS[base] ?? [key, key];
  const label = locale === 'en-US' ? en : zh;
  return base === name ? label : `${label}${locale === 'en-US' ? ' (2005)' : '（2005年条例）'}`;
}
