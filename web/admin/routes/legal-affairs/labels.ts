import {
  ADVISER_FIELDS,
  ADVISER_KINDS,
  EVALUATION_GRADES,
  MATTER_CATEGORIES,
  MATTER_KINDS,
  MATTER_OUTCOMES,
  MATTER_STATES,
  PARTY_ROLES,
} from '../../../../common/contracts/legal-affairs/dictionaries.js';
import type { Locale } from '../../../common/i18n.js';

/** English names of the dictionaries' codes (the zh-CN labels are the contract's own). */
const EN: Record<string, string> = {
  retained: 'Retained adviser',
  public_lawyer: 'Public-sector lawyer',
  administrative: 'Administrative',
  civil: 'Civil',
  land: 'Land and expropriation',
  contract: 'Contracts',
  labour: 'Labour',
  finance: 'Finance and state assets',
  petition: 'Petitions',
  excellent: 'Excellent',
  competent: 'Competent',
  basic: 'Basically competent',
  incompetent: 'Not competent',
  litigation: 'Litigation',
  non_litigation: 'Non-litigation',
  legal_opinion: 'Legal opinion',
  contract_review: 'Contract review',
  legality_review: 'Legality review',
  meeting: 'Meeting attendance',
  arbitration: 'Arbitration',
  negotiation: 'Negotiation',
  key_project: 'Key project support',
  petition_case: 'Key petition case',
  historical_issue: 'Historical issue',
  on_decision: 'On a decision',
  on_letter: 'On a letter',
  on_petition: 'On a petition',
  on_investment: 'On an investment project',
  procurement: 'Procurement contract',
  investment: 'Investment agreement',
  expropriation: 'Expropriation agreement',
  lease: 'Lease and other contracts',
  major_decision: 'Major administrative decision',
  normative_document: 'Normative document',
  major_enforcement: 'Major enforcement decision',
  government_meeting: 'Government executive meeting',
  coordination_meeting: 'Coordination meeting',
  requested: 'Awaiting assignment',
  assigned: 'Assigned',
  in_progress: 'In progress',
  concluded: 'Concluded',
  returned: 'Returned',
  withdrawn: 'Withdrawn',
  won: 'Won',
  partly_won: 'Partly won',
  lost: 'Lost',
  mediated: 'Mediated or settled',
  withdrawn_by_plaintiff: 'Withdrawn by the other side',
  resolved: 'Resolved',
  opinion_given: 'Opinion given',
  approved: 'Approved',
  approved_with_changes: 'Approved with changes',
  not_approved: 'Not approved',
  attended: 'Attended',
  plaintiff: 'Plaintiff (applicant)',
  defendant: 'Defendant (respondent)',
  third_party: 'Third party',
};

type Dict = readonly { code: string; label: string }[];
const CATEGORY_EN: Record<string, string> = {
  administrative: 'Administrative lawsuit',
  civil: 'Civil lawsuit',
};

function labelIn(dict: Dict, code: string, locale: Locale, en = EN): string {
  const zh = dict.find((e) => e.code === code)?.label ?? code;
  return locale === 'en-US' ? (en[code] ?? EN[code] ?? zh) : zh;
}

export const kindLabel = (c: string, l: Locale) => labelIn(MATTER_KINDS, c, l);
export const categoryLabel = (c: string, l: Locale) =>
  labelIn(MATTER_CATEGORIES, c, l, { ...EN, ...CATEGORY_EN });
export const stateLabel = (c: string, l: Locale) => labelIn(MATTER_STATES, c, l);
export const outcomeLabel = (c: string, l: Locale) => labelIn(MATTER_OUTCOMES, c, l);
export const partyRoleLabel = (c: string, l: Locale) => labelIn(PARTY_ROLES, c, l);
export const adviserKindLabel = (c: string, l: Locale) => labelIn(ADVISER_KINDS, c, l);
export const fieldLabel = (c: string, l: Locale) => labelIn(ADVISER_FIELDS, c, l);
export const gradeLabel = (c: string, l: Locale) => labelIn(EVALUATION_GRADES, c, l);

export const STATE_COLOR: Record<string, string> = {
  requested: 'orange',
  assigned: 'blue',
  in_progress: 'processing',
  concluded: 'green',
  returned: 'default',
  withdrawn: 'default',
};

export const kindOptions = (l: Locale) =>
  MATTER_KINDS.map((k) => ({ value: k.code, label: kindLabel(k.code, l) }));
export const stateOptions = (l: Locale) =>
  MATTER_STATES.map((k) => ({ value: k.code, label: stateLabel(k.code, l) }));
export const categoryOptions = (kind: string | undefined, l: Locale) =>
  MATTER_CATEGORIES.filter((c) => !kind || c.kind === kind).map((c) => ({
    value: c.code,
    label: categoryLabel(c.code, l),
  }));
export const outcomeOptions = (kind: string, l: Locale) =>
  MATTER_OUTCOMES.filter((o) => (o.kinds as readonly string[]).includes(kind)).map((o) => ({
    value: o.code,
    label: outcomeLabel(o.code, l),
  }));
export const partyRoleOptions = (l: Locale) =>
  PARTY_ROLES.map((p) => ({ value: p.code, label: partyRoleLabel(p.code, l) }));

/** The name of a matter's clock (the server sends the record's title as the clock's label). */
const CLOCKS: Record<string, [string, string]> = {
  'legal_affairs.assignment': ['法律事务分派期限', 'Period to assign'],
  'legal_affairs.legal_opinion': ['法律意见出具期限', 'Period for the opinion'],
  'legal_affairs.contract_review': ['合同审查期限', 'Period for the contract review'],
  'legal_affairs.legality_review': ['合法性审查意见期限', 'Period for the legality review opinion'],
};
export const clockLabel = (key: string, fallback: string, l: Locale) =>
  CLOCKS[key]?.[l === 'en-US' ? 1 : 0] ?? fallback;
