import type { CaseDetail } from '../../../../../common/contracts/enforcement/cases.js';
import { type FieldSpec, noteField, onField as on } from '../../../../common/procedure/field-spec.js';

const note = () => noteField();

/** 告知 and 重新告知: the penalty in words, its kinds and amounts (the hearing right follows from them). */
const NOTICE: FieldSpec[] = [
  on(),
  { name: 'intendedPenalty', kind: 'textarea', required: true },
  { name: 'intendedKinds', kind: 'penaltyKinds', required: true },
  { name: 'intendedFineAmount', kind: 'amount' },
  { name: 'intendedConfiscationAmount', kind: 'amount' },
  { name: 'hearingRight', kind: 'bool' },
];

/** 送达 of the notice or the decision: the way, and a mailed document's signed-for date. */
const SERVICE: FieldSpec[] = [
  on(),
  { name: 'method', kind: 'serviceMethod', required: true },
  { name: 'signedForOn', kind: 'date' },
];

/**
 * The form of each step, field for field CASE_TRANSITION_INPUTS of the contract. Beside the shared kinds:
 * outcome, circumstance, returnConclusion, serviceMethod (lists the case's dialog supplies).
 */
export const FORMS: Record<string, FieldSpec[]> = {
  notify: NOTICE,
  renotify: NOTICE,
  serve_notice: SERVICE,
  record_statement: [on(), { name: 'summary', kind: 'textarea', required: true }],
  waive_statement: [on(), note()],
  waive_hearing: [on(), note()],
  request_hearing: [on(), { name: 'postmarkOn', kind: 'date' }, note()],
  schedule_hearing: [on(), { name: 'hearingOn', kind: 'date', required: true }, note()],
  hold_hearing: [
    on(),
    { name: 'record', kind: 'textarea', required: true },
    { name: 'concernsMajorRights', kind: 'bool' },
  ],
  submit_review: [
    on(),
    note(),
    { name: 'intendedCircumstance', kind: 'circumstance' },
    { name: 'intendedFineAmount', kind: 'amount' },
  ],
  approve_review: [on(), { name: 'opinion', kind: 'textarea', required: true }],
  return_review: [
    on(),
    { name: 'conclusion', kind: 'returnConclusion', required: true },
    { name: 'opinion', kind: 'textarea', required: true },
  ],
  discuss_collectively: [on(), { name: 'conclusion', kind: 'textarea', required: true }],
  decide: [
    on(),
    { name: 'outcome', kind: 'outcome', required: true },
    { name: 'circumstance', kind: 'circumstance' },
    { name: 'fineAmount', kind: 'amount' },
    { name: 'confiscationAmount', kind: 'amount' },
    { name: 'penaltyKinds', kind: 'penaltyKinds' },
    { name: 'decisionText', kind: 'textarea', required: true },
    { name: 'decisionBasis', kind: 'textarea' },
    { name: 'deviationReason', kind: 'textarea' },
  ],
  serve: SERVICE,
  record_execution: [on(), note()],
  close: [on(), note()],
};

/** Fields that only a 行政处罚 case has: amounts, circumstance (a benchmark is a penalty's). */
const PENALTY_ONLY = [
  'circumstance',
  'fineAmount',
  'confiscationAmount',
  'intendedKinds',
  'intendedConfiscationAmount',
  'penaltyKinds',
  'decisionBasis',
  'intendedCircumstance',
  'intendedFineAmount',
];

/** The form fits the case: amounts and circumstance for penalties, the deviation reason on demand. */
export function visibleSpecs(
  key: string,
  detail: Pick<CaseDetail, 'kind' | 'benchmarkId'>,
  askReason: boolean,
) {
  const specs = (FORMS[key] ?? [on()]).filter(
    (s) => detail.kind === 'penalty' || !PENALTY_ONLY.includes(s.name),
  );
  if (key === 'submit_review' && !detail.benchmarkId)
    return specs.filter((s) => s.name !== 'intendedCircumstance');
  if (key !== 'decide') return specs;
  return specs
    .filter((s) => s.name !== 'deviationReason' || askReason)
    .map((s) =>
      (s.name === 'circumstance' && detail.benchmarkId) || s.name === 'deviationReason'
        ? { ...s, required: true }
        : s,
    );
}
