import type { CaseTransition } from '../../../../common/contracts/reconsideration.js';
import { type FieldSpec, noteField, onField } from '../../../common/procedure/index.js';

const text = (name: string, required = true): FieldSpec => ({ name, kind: 'textarea', required });

/** Each step's form, in the order of CASE_TRANSITION_INPUTS (common/contracts/reconsideration.ts). */
export const TRANSITION_FORMS: Record<CaseTransition, FieldSpec[]> = {
  request_correction: [onField(), text('items')],
  receive_correction: [onField(), noteField()],
  lapse_correction: [onField(), noteField()],
  accept: [
    onField(),
    { name: 'procedureKind', kind: 'procedureKind', required: true },
    {
      name: 'simplifiedGround',
      kind: 'simplifiedGround',
      required: true,
      when: { field: 'procedureKind', in: ['simplified'] },
    },
  ],
  deem_accepted: [onField(), noteField()],
  reject: [onField(), text('reason'), { name: 'competentOrgan', kind: 'text' }],
  withdraw: [onField(), noteField()],
  send_copy: [onField(), noteField()],
  receive_answer: [onField(), text('evidence')],
  record_no_answer: [onField(), noteField()],
  hold_hearing: [
    onField(),
    { name: 'noticeOn', kind: 'date', required: true },
    { name: 'headAttended', kind: 'bool' },
    { name: 'attendee', kind: 'text', required: true },
    { name: 'absenceReason', kind: 'textarea' },
  ],
  consult_committee: [onField(), text('opinion')],
  refer_normative_document: [onField(), { name: 'document', kind: 'text', required: true }, noteField()],
  suspend: [onField(), { name: 'ground', kind: 'suspensionGround', required: true }, noteField()],
  resume: [onField(), noteField()],
  extend_decision: [onField(), text('reason')],
  decide: [
    onField(),
    { name: 'outcome', kind: 'decisionOutcome', required: true },
    text('summary'),
    { name: 'redoWithinDays', kind: 'days', when: { field: 'outcome', in: ['CHEXIAO'] } },
  ],
  terminate: [onField(), { name: 'outcome', kind: 'terminationOutcome', required: true }, text('reason')],
  issue_advice: [
    onField(),
    { name: 'kind', kind: 'adviceKind', required: true },
    { name: 'addressee', kind: 'text', required: true },
    text('content'),
  ],
  receive_advice_report: [onField(), text('report')],
};
