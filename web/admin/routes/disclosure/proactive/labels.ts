import {
  PROACTIVE_CATEGORIES,
  PUBLICATION_CHANNELS,
  TABLE2_KINDS,
} from '../../../../../common/contracts/disclosure/proactive.js';
import type { Locale } from '../../../../common/i18n.js';

const CATEGORY_EN: Record<string, string> = {
  laws_and_documents: 'Regulations and normative documents',
  functions: 'Functions and organisation',
  plans: 'Plans',
  statistics: 'Statistics',
  licensing_results: 'Licensing results',
  penalty_coercion: 'Penalties and coercive measures',
  budgets: 'Budgets and final accounts',
  fee_items: 'Administrative fees',
  procurement: 'Government procurement',
  major_projects: 'Major construction projects',
  livelihood: 'Poverty relief, education, health, social security, employment',
  emergencies: 'Public emergencies',
  inspections: 'Supervision and inspections',
  civil_service: 'Civil service recruitment',
  other_statutory: 'Other statutory information',
  municipal_construction: 'Municipal construction',
  public_services: 'Public services',
  public_welfare: 'Public welfare',
  land_expropriation: 'Land expropriation',
  housing_expropriation: 'Housing expropriation',
  public_security: 'Public order',
  social_assistance: 'Social assistance',
};
const TABLE2_EN: Record<string, string> = {
  rules: 'Rules',
  normative_docs: 'Normative documents',
  licensing: 'Licensing',
  penalty: 'Penalty',
  coercion: 'Coercion',
  fees: 'Fees',
};
const CHANNEL_EN: Record<string, string> = {
  portal: 'Government website',
  gazette: 'Government gazette',
  newspaper: 'Press, radio, TV',
  bulletin_board: 'Notice board',
  wechat: 'Government new media',
  other: 'Other',
};

/** Labels from the contract (the legal wording); English names for the switchable UI. */
export function categoryLabel(code: string, locale: Locale): string {
  const c = PROACTIVE_CATEGORIES.find((x) => x.code === code);
  if (!c) return code;
  return locale === 'en-US' ? (CATEGORY_EN[code] ?? c.short) : c.short;
}

export function categoryOptions(locale: Locale) {
  return PROACTIVE_CATEGORIES.map((c) => ({
    value: c.code,
    label: `${categoryLabel(c.code, locale)}（${c.article}）`,
    title: c.text,
  }));
}

export function table2Label(code: string, locale: Locale): string {
  const k = TABLE2_KINDS.find((x) => x.code === code);
  return k ? (locale === 'en-US' ? (TABLE2_EN[code] ?? k.label) : k.label) : code;
}

export function table2Options(locale: Locale, category?: string) {
  return TABLE2_KINDS.filter((k) => !category || k.category === category).map((k) => ({
    value: k.code,
    label: table2Label(k.code, locale),
  }));
}

export function channelLabel(code: string, locale: Locale): string {
  const c = PUBLICATION_CHANNELS.find((x) => x.code === code);
  return c ? (locale === 'en-US' ? (CHANNEL_EN[code] ?? c.label) : c.label) : code;
}

export function channelOptions(locale: Locale) {
  return PUBLICATION_CHANNELS.map((c) => ({ value: c.code, label: channelLabel(c.code, locale) }));
}
