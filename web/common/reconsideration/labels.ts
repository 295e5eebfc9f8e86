import {
  ACT_TYPES,
  ADVICE_KINDS,
  APPLICANT_TYPES,
  CASE_CHANNELS,
  CASE_STATUSES,
  OUTCOMES,
  PROCEDURE_KINDS,
  SIMPLIFIED_GROUNDS,
  SUSPENSION_GROUNDS,
} from '../../../common/contracts/reconsideration.js';

type Entry = { code: string; label: string };

/** English names of the codes (the zh-CN ones are the contract's). */
const EN: Record<string, string> = {
  received: 'Acceptance review',
  awaiting_correction: 'Awaiting correction',
  under_review: 'Under review',
  suspended: 'Suspended',
  concluded: 'Concluded',
  in_person: 'In person',
  letter: 'By post',
  online: 'Online',
  oral: 'Oral (recorded)',
  penalty: 'Administrative penalty',
  coercion: 'Administrative coercion',
  licensing: 'Licensing',
  disclosure: 'Information disclosure',
  nonperformance: 'Failure to perform a duty',
  expropriation: 'Expropriation and compensation',
  agreement: 'Administrative agreement',
  other: 'Other',
  natural_person: 'Natural person',
  legal_person: 'Legal person',
  other_org: 'Other organisation',
  ordinary: 'Ordinary procedure',
  simplified: 'Simplified procedure',
  on_the_spot: 'Act done on the spot',
  warning: 'Warning or public criticism',
  small_amount: 'Amount of 3,000 yuan or less',
  agreed: 'All parties agree',
  death: 'Applicant died',
  incapacity: 'Applicant lost capacity',
  missing: 'Applicant missing',
  dissolution: 'Applicant organisation ended',
  force_majeure: 'Force majeure',
  mediation: 'Mediation or settlement',
  interpretation: 'Awaiting a legal interpretation',
  other_case: 'Awaiting another case',
  normative_review: 'Incidental review of a normative document',
  BIANGENG: 'Varied',
  CHEXIAO: 'Revoked (act to be redone)',
  QUERENWEIFA: 'Declared unlawful',
  LVXING: 'Ordered to perform',
  QUERENWUXIAO: 'Declared void',
  WEICHI: 'Upheld',
  BOHUIQINGQIU: 'Request dismissed',
  XIEYI: 'Administrative agreement decision',
  PEICHANG: 'Compensation decision',
  TIAOJIE: 'Mediation agreement',
  HEJIE_ZHONGZHI: 'Settled and terminated',
  BUYUSHOULI: 'Not accepted',
  BOHUISHENQING: 'Application dismissed',
  ZHONGZHI: 'Terminated',
  WITHDRAWN: 'Withdrawn before acceptance',
  DEEMED_WITHDRAWN: 'Abandoned (no correction)',
  opinion: 'Advice letter (意见书)',
  suggestion: 'Recommendation (建议书)',
};

const labelIn = (list: readonly Entry[]) => (code: string | null | undefined, locale: string) => {
  if (!code) return '';
  if (locale === 'en-US' && EN[code]) return EN[code];
  return list.find((e) => e.code === code)?.label ?? code;
};
const optionsIn = (list: readonly Entry[]) => (locale: string) =>
  list.map((e) => ({ value: e.code, label: labelIn(list)(e.code, locale) }));

export const statusLabel = labelIn(CASE_STATUSES);
export const statusOptions = optionsIn(CASE_STATUSES);
export const channelLabel = labelIn(CASE_CHANNELS);
export const channelOptions = optionsIn(CASE_CHANNELS);
export const actTypeLabel = labelIn(ACT_TYPES);
export const actTypeOptions = optionsIn(ACT_TYPES);
export const applicantTypeLabel = labelIn(APPLICANT_TYPES);
export const applicantTypeOptions = optionsIn(APPLICANT_TYPES);
export const procedureKindLabel = labelIn(PROCEDURE_KINDS);
export const procedureKindOptions = optionsIn(PROCEDURE_KINDS);
export const simplifiedGroundLabel = labelIn(SIMPLIFIED_GROUNDS);
export const simplifiedGroundOptions = optionsIn(SIMPLIFIED_GROUNDS);
export const suspensionGroundLabel = labelIn(SUSPENSION_GROUNDS);
export const suspensionGroundOptions = optionsIn(SUSPENSION_GROUNDS);
export const outcomeLabel = labelIn(OUTCOMES);
export const outcomeOptions = optionsIn(OUTCOMES);
export const adviceKindLabel = labelIn(ADVICE_KINDS);
export const adviceKindOptions = optionsIn(ADVICE_KINDS);

/** Tag colours by status. */
export const STATUS_COLOR: Record<string, string> = {
  received: 'blue',
  awaiting_correction: 'orange',
  under_review: 'processing',
  suspended: 'default',
  concluded: 'green',
};

/** Outcomes that correct the act are shown red, the rest neutral. */
export const CORRECTING = new Set(['BIANGENG', 'CHEXIAO', 'QUERENWEIFA', 'LVXING', 'QUERENWUXIAO']);

/** A clock's kind by its key (reconsideration.answer_2017 → 被申请人答复期限), not its title (which repeats the 案号). */
const CLOCK_LABELS: Record<string, [string, string]> = {
  acceptance_review: ['受理审查期限', 'Acceptance review'],
  correction_notice: ['补正通知期限', 'Period to ask for a correction'],
  applicant_correction: ['申请人补正期限', "Applicant's correction period"],
  copy: ['发送申请书副本期限', 'Copy to the respondent'],
  copy_simplified: ['发送申请书副本期限（简易程序）', 'Copy to the respondent (simplified)'],
  answer: ['被申请人答复期限', "Respondent's answer"],
  answer_simplified: ['被申请人答复期限（简易程序）', "Respondent's answer (simplified)"],
  decision: ['行政复议决定期限', 'Decision period'],
  decision_simplified: ['行政复议决定期限（简易程序）', 'Decision period (simplified)'],
  advice_report: ['意见书整改报告期限', 'Report on the advice letter'],
};
export function clockLabel(key: string, locale: string): string {
  const kind = key.replace(/^reconsideration\./, '').replace(/_2017$/, '');
  const found = CLOCK_LABELS[kind];
  if (!found) return key;
  const text = locale === 'en-US' ? found[1] : found[0];
  return key.endsWith('_2017') ? `${text}${locale === 'en-US' ? ' (2017 text)' : '（2017年法）'}` : text;
}
