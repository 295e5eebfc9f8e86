import {
  CASE_KINDS,
  CASE_STATES,
  CIRCUMSTANCES,
  DECISION_OUTCOMES,
  FILING_CONCLUSIONS,
  HANDLING_PAUSE_GROUNDS,
  MAJOR_REASONS,
  PARTY_TYPES,
  PENALTY_KINDS,
  PUBLICATION_STATES,
  REVIEW_CONCLUSIONS,
  SERVICE_METHODS,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import { labelOf } from '../../../../../common/contracts/dictionary.js';
import { type Locale, translate } from '../../../../common/i18n.js';
import './messages.js';

type Dictionary = readonly { code: string; label: string }[];

/** A dictionary label: zh-CN is the contract's verbatim label; English comes from `enforcementCases.dict.*`. */
function dictLabel(kind: string, list: Dictionary, code: string, locale: Locale): string {
  if (locale === 'en-US') {
    const key = `enforcementCases.dict.${kind}.${code}`;
    const en = translate('en-US', key);
    if (en !== key) return en;
  }
  return labelOf(list, code);
}

const options = (kind: string, list: Dictionary, locale: Locale) =>
  list.map((x) => ({ value: x.code, label: dictLabel(kind, list, x.code, locale) }));

export const kindLabel = (c: string, l: Locale) => dictLabel('kind', CASE_KINDS, c, l);
export const kindOptions = (l: Locale) => options('kind', CASE_KINDS, l);
export const stateLabel = (c: string, l: Locale) => dictLabel('state', CASE_STATES, c, l);
export const stateOptions = (l: Locale) => options('state', CASE_STATES, l);
export const partyTypeLabel = (c: string, l: Locale) => dictLabel('partyType', PARTY_TYPES, c, l);
export const partyTypeOptions = (l: Locale) => options('partyType', PARTY_TYPES, l);
export const outcomeLabel = (c: string, l: Locale) => dictLabel('outcome', DECISION_OUTCOMES, c, l);
export const circumstanceLabel = (c: string, l: Locale) => dictLabel('circumstance', CIRCUMSTANCES, c, l);
export const circumstanceOptions = (l: Locale) => options('circumstance', CIRCUMSTANCES, l);
export const majorReasonLabel = (c: string, l: Locale) => dictLabel('majorReason', MAJOR_REASONS, c, l);
export const majorReasonOptions = (l: Locale) => options('majorReason', MAJOR_REASONS, l);
export const reviewConclusionLabel = (c: string, l: Locale) =>
  dictLabel('reviewConclusion', REVIEW_CONCLUSIONS, c, l);
/** 退回: the two conclusions that send a case back (amend, unlawful). */
export const returnConclusionOptions = (l: Locale) =>
  options('reviewConclusion', REVIEW_CONCLUSIONS, l).filter((o) => o.value !== 'lawful');
export const filingConclusionLabel = (c: string, l: Locale) =>
  dictLabel('filingConclusion', FILING_CONCLUSIONS, c, l);
export const filingConclusionOptions = (l: Locale) => options('filingConclusion', FILING_CONCLUSIONS, l);
export const publicationLabel = (c: string, l: Locale) =>
  dictLabel('publicationState', PUBLICATION_STATES, c, l);
export const publicationOptions = (l: Locale) => options('publicationState', PUBLICATION_STATES, l);

export const penaltyKindLabel = (c: string, l: Locale) => dictLabel('penaltyKind', PENALTY_KINDS, c, l);
export const penaltyKindOptions = (l: Locale) => options('penaltyKind', PENALTY_KINDS, l);
export const serviceMethodLabel = (c: string, l: Locale) => dictLabel('serviceMethod', SERVICE_METHODS, c, l);
export const serviceMethodOptions = (l: Locale) => options('serviceMethod', SERVICE_METHODS, l);

/** The outcomes a decision of this kind may have (a licensing case is granted or refused, not fined). */
export function outcomeOptionsFor(kind: string, locale: Locale) {
  return DECISION_OUTCOMES.filter((o) => (o.kinds as readonly string[]).includes(kind)).map((o) => ({
    value: o.code,
    label: outcomeLabel(o.code, locale),
  }));
}

export const STATE_COLOR: Record<string, string> = {
  investigating: 'blue',
  notified: 'cyan',
  hearing: 'purple',
  under_review: 'gold',
  ready: 'geekblue',
  decided: 'green',
  served: 'green',
  executed: 'green',
  closed: 'default',
};

export const PUBLICATION_COLOR: Record<string, string> = {
  pending: 'orange',
  published: 'green',
  withdrawn: 'default',
  not_required: 'default',
};

/** Case states before 决定: the handling clock still runs. */
export const OPEN_STATES = ['investigating', 'notified', 'hearing', 'under_review', 'ready'];
export const pauseGroundLabel = (c: string, l: Locale) =>
  dictLabel('pauseGround', HANDLING_PAUSE_GROUNDS, c, l);
/** The grounds an officer records (the hearing pause follows the hearing steps). */
export const pauseGroundOptions = (l: Locale) =>
  options(
    'pauseGround',
    HANDLING_PAUSE_GROUNDS.filter((g) => g.recordedByOfficer),
    l,
  );
