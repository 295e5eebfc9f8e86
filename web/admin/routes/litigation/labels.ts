import {
  ACT_KINDS,
  JUDGMENT_TYPES,
  SECOND_INSTANCE_RESULTS,
} from '../../../../common/contracts/litigation.js';
import type { Locale } from '../../../../common/text/localized.js';

type Entry = { code: string; label: string; en: string };
const pick = (list: readonly Entry[], code: string | null, locale: Locale) => {
  const e = list.find((x) => x.code === code);
  return e ? (locale === 'en-US' ? e.en : e.label) : (code ?? '');
};
const options = (list: readonly Entry[], locale: Locale) =>
  list.map((e) => ({ value: e.code, label: locale === 'en-US' ? e.en : e.label }));

export const judgmentLabel = (code: string | null, locale: Locale) => pick(JUDGMENT_TYPES, code, locale);
export const judgmentOptions = (locale: Locale) => options(JUDGMENT_TYPES, locale);
export const actKindLabel = (code: string, locale: Locale) => pick(ACT_KINDS, code, locale);
export const secondResultLabel = (code: string | null, locale: Locale) =>
  pick(SECOND_INSTANCE_RESULTS, code, locale);
export const secondResultOptions = (locale: Locale) => options(SECOND_INSTANCE_RESULTS, locale);

export const STATE_COLOR: Record<string, string> = {
  received: 'orange',
  answered: 'gold',
  heard: 'cyan',
  judged: 'blue',
  appealed: 'purple',
  effective: 'geekblue',
  closed: 'green',
};
