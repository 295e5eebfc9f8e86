import type { CaseDetail } from '../../../../../common/contracts/enforcement/cases.js';
import { type FieldSpec, noteField, onField as on } from '../../../../common/procedure/field-spec.js';

const note = () => noteField();

/**
 * The form of each step, field for field CASE_TRANSITION_INPUTS of the contract. Beside the shared kinds:
 * outcome, circumstance, returnConclusion, serviceMethod (lists the case's dialog supplies).
 */
export const FORMS: Record<string, FieldSpec[]> = {
  notify: [
    on(),
    { name: 'intendedPenalty', kind: 'textarea', required: true },
    { name: 'intendedAmount', kind: 'amount' },
    { name: 'hearingRight', kind: 'bool' },
  ],
  waive_hearing: [on(), note()],
  request_hearing: [on(), note()],
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
    { name: 'decisionText', kind: 'textarea', required: true },
    { name: 'deviationReason', kind: 'textarea' },
  ],
  serve: [on(), { name: 'method', kind: 'serviceMethod', required: true }],
  record_execution: [on(), note()],
  close: [on(), note()],
};

/** Ways of service (处罚法 第六十一条; 民事诉讼法's forms apply). */
export const SERVICE_METHODS = ['直接送达', '留置送达', '邮寄送达', '委托送达', '电子送达', '公告送达'];

/** Fields that only a 行政处罚 case has: amounts, circumstance (a benchmark is a penalty's). */
const PENALTY_ONLY = [
  'circumstance',
  'fineAmount',
  'confiscationAmount',
  'intendedAmount',
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
