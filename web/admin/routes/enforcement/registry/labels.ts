import { labelOf } from '../../../../../common/contracts/dictionary.js';
import {
  BODY_AUTHORITY_KINDS,
  CIRCUMSTANCES,
  INSPECTION_FREQUENCIES,
  INSPECTION_RESULTS,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Locale } from '../../../../common/i18n.js';

type Dictionary = readonly { code: string; label: string }[];

/** English names for the switchable UI; the zh-CN labels are the contract's (the legal wording). */
const EN: Record<string, string> = {
  statutory: 'Administrative organ (statutory)',
  authorised: 'Organisation authorised by law',
  entrusted: 'Entrusted organisation',
  minor: 'Minor',
  general: 'General',
  serious: 'Serious',
  yearly: 'Yearly',
  half_yearly: 'Half-yearly',
  quarterly: 'Quarterly',
  monthly: 'Monthly',
  compliant: 'No problem found',
  rectification: 'Ordered to rectify',
  case_opened: 'Case opened',
};

function label(dictionary: Dictionary, code: string, locale: Locale): string {
  return locale === 'en-US' && EN[code] ? EN[code] : labelOf(dictionary, code);
}

function options(dictionary: Dictionary, locale: Locale) {
  return dictionary.map((d) => ({ value: d.code, label: label(dictionary, d.code, locale) }));
}

export const authorityLabel = (code: string, locale: Locale) => label(BODY_AUTHORITY_KINDS, code, locale);
export const authorityOptions = (locale: Locale) => options(BODY_AUTHORITY_KINDS, locale);
export const circumstanceLabel = (code: string, locale: Locale) => label(CIRCUMSTANCES, code, locale);
export const circumstanceOptions = (locale: Locale) => options(CIRCUMSTANCES, locale);
export const frequencyLabel = (code: string, locale: Locale) => label(INSPECTION_FREQUENCIES, code, locale);
export const frequencyOptions = (locale: Locale) => options(INSPECTION_FREQUENCIES, locale);
export const resultLabel = (code: string, locale: Locale) => label(INSPECTION_RESULTS, code, locale);
export const resultOptions = (locale: Locale) => options(INSPECTION_RESULTS, locale);

/** antd colours of an inspection result. */
export const RESULT_COLOR: Record<string, string> = {
  compliant: 'green',
  rectification: 'orange',
  case_opened: 'red',
};
