import {
  APPLICANT_ID_TYPES,
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  FEE_METHODS,
  MAIL_KINDS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  THIRD_PARTY_OPINIONS,
} from '../../../common/contracts/disclosure/dictionaries.js';
import {
  NOT_HELD_KINDS,
  OUTCOME_GROUPS,
  REQUEST_OUTCOMES,
  WITHHELD_GROUNDS,
} from '../../../common/contracts/disclosure/outcomes.js';
import { type Locale, translate } from '../i18n.js';
import './messages.js';

/**
 * Dictionary labels for the screens. zh-CN is the contract's verbatim label (one dictionary for server,
 * sheets and screens); English comes from the `disclosure.dict.*` messages.
 */
function labelOf(
  kind: string,
  list: readonly { code: string; label: string }[],
  code: string,
  locale: Locale,
) {
  if (locale === 'en-US') {
    const en = translate('en-US', `disclosure.dict.${kind}.${code}`);
    if (en !== `disclosure.dict.${kind}.${code}`) return en;
  }
  return list.find((x) => x.code === code)?.label ?? code;
}

const options = (kind: string, list: readonly { code: string; label: string }[], locale: Locale) =>
  list.map((x) => ({ value: x.code, label: labelOf(kind, list, x.code, locale) }));

export const channelLabel = (c: string, l: Locale) => labelOf('channel', REQUEST_CHANNELS, c, l);
export const channelOptions = (l: Locale) => options('channel', REQUEST_CHANNELS, l);
export const mailKindOptions = (l: Locale) => options('mailKind', MAIL_KINDS, l);
export const mailKindLabel = (c: string, l: Locale) => labelOf('mailKind', MAIL_KINDS, c, l);
export const applicantTypeLabel = (c: string, l: Locale) => labelOf('applicantType', APPLICANT_TYPES, c, l);
export const applicantTypeOptions = (l: Locale) => options('applicantType', APPLICANT_TYPES, l);
export const idTypeLabel = (c: string, l: Locale) => labelOf('idType', APPLICANT_ID_TYPES, c, l);
export const idTypeOptions = (l: Locale) => options('idType', APPLICANT_ID_TYPES, l);
export const deliveryLabel = (c: string, l: Locale) => labelOf('delivery', DELIVERY_METHODS, c, l);
export const deliveryOptions = (l: Locale) => options('delivery', DELIVERY_METHODS, l);
export const statusLabel = (c: string, l: Locale) => labelOf('status', REQUEST_STATUSES, c, l);
export const statusOptions = (l: Locale) => options('status', REQUEST_STATUSES, l);
/** The answers a third party gives; its silence is a step of its own (after 15 WD from its receipt). */
export const opinionOptions = (l: Locale) =>
  options('opinion', THIRD_PARTY_OPINIONS, l).filter((o) => o.value !== 'no_reply');
export const feeMethodOptions = (l: Locale) => options('feeMethod', FEE_METHODS, l);
export const feeMethodLabel = (c: string, l: Locale) => labelOf('feeMethod', FEE_METHODS, c, l);
export const opinionLabel = (c: string, l: Locale) => labelOf('opinion', THIRD_PARTY_OPINIONS, c, l);
export const withheldGroundOptions = (l: Locale) => options('withheldGround', WITHHELD_GROUNDS, l);
export const withheldGroundLabel = (c: string, l: Locale) =>
  labelOf('withheldGround', WITHHELD_GROUNDS, c, l);
export const notHeldKindOptions = (l: Locale) => options('notHeldKind', NOT_HELD_KINDS, l);
export const notHeldKindLabel = (c: string, l: Locale) => labelOf('notHeldKind', NOT_HELD_KINDS, c, l);

export const STATUS_COLOR: Record<string, string> = {
  registered: 'blue',
  awaiting_correction: 'orange',
  consulting: 'purple',
  consulting_organ: 'purple',
  awaiting_fee: 'gold',
  concluded: 'green',
};

/** An outcome as it reads alone (lists, drawers): the contract's short label. */
export function outcomeLabel(code: string, locale: Locale): string {
  const o = REQUEST_OUTCOMES.find((x) => x.code === code);
  if (!o) return code;
  if (locale === 'en-US') {
    const en = translate('en-US', `disclosure.dict.outcome.${code}`);
    if (en !== `disclosure.dict.outcome.${code}`) return en;
  }
  return o.shortLabel;
}

export function outcomeGroupLabel(group: string, locale: Locale): string {
  return labelOf('outcomeGroup', OUTCOME_GROUPS, group, locale);
}

/** The outcomes grouped as table 三 groups them (（一）…（六）), for a grouped select. */
export function groupedOutcomeOptions(locale: Locale) {
  return OUTCOME_GROUPS.map((g) => ({
    label: outcomeGroupLabel(g.code, locale),
    title: g.code,
    options: REQUEST_OUTCOMES.filter((o) => o.group === g.code).map((o) => ({
      value: o.code,
      label: locale === 'en-US' ? outcomeLabel(o.code, locale) : o.label,
    })),
  }));
}

export function outcomeBasis(code: string | null | undefined): string | null {
  return REQUEST_OUTCOMES.find((o) => o.code === code)?.basis ?? null;
}

/** XXXX-XXXX-XXXX, as the tracking code is printed for the applicant (it is stored without hyphens). */
export function groupCode(code: string): string {
  const plain = code.replace(/[-\s]/g, '').toUpperCase();
  return plain.length === 12 ? plain.replace(/(.{4})(.{4})(.{4})/, '$1-$2-$3') : code;
}
