import {
  EvaluateInput,
  ReturnInput,
  ReviewInput,
  SubmitInput,
} from '../../../common/contracts/legal-education.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import { REVIEW_CLOCK, reportOpensOn } from './rules.js';

/** What the procedure sees of a 述法 report. `stepOn` is the day the step takes effect (its form's `on`). */
export interface ReportRecord extends ProcedureRecord {
  year: number;
  today: string;
  stepOn: string;
  submittedOn: string | null;
  caption: string;
}

const RULES = '《党政主要负责人履行推进法治建设第一责任人职责规定》';

const notInFuture = defineGate<ReportRecord>({
  code: 'STEP_DATE_IN_FUTURE',
  message: tx('日期不能晚于今天', 'The date cannot be after today'),
  check: (r) => r.stepOn <= r.today,
});

const yearEndReached = defineGate<ReportRecord>({
  code: 'REPORT_NOT_YET_OPEN',
  message: tx('年终述法自当年12月1日起提交', 'The year-end report opens on 1 December of its year'),
  basis: '本区年终述法工作方案（提交时间，可配置）',
  check: (r) => r.stepOn >= reportOpensOn(r.year),
});

const notBeforeSubmission = defineGate<ReportRecord>({
  code: 'STEP_BEFORE_SUBMISSION',
  message: tx('日期不能早于提交日期', 'The date cannot be before the submission'),
  check: (r) => r.submittedOn === null || r.stepOn >= r.submittedOn,
});

const stepOn = (r: ReportRecord, input: unknown) => (input as { on?: string } | undefined)?.on ?? r.today;

/**
 * 年终述法: the principal leader's report on the 第一责任人 duties (draft, the duty list taken from the template
 * in force) → submitted → reviewed by the 依法治区办 (15 working days) → evaluated (graded); a report short of
 * what the list asks is returned to draft.
 */
export const reportProcedure = defineProcedure({
  key: 'legal_education.report',
  subjectType: 'legal_education_report',
  label: tx('年终述法', 'Year-end report on the law'),
  titleOf: (r: ReportRecord) => `${r.caption} 述法审核`,
  states: {
    draft: { label: tx('待提交', 'Draft') },
    submitted: { label: tx('已提交待审核', 'Submitted') },
    reviewed: { label: tx('已审核待评议', 'Reviewed') },
    evaluated: { label: tx('已评议', 'Evaluated') },
  },
  transitions: {
    submit: {
      label: tx('提交述法报告', 'Submit'),
      from: ['draft'],
      to: 'submitted',
      permission: 'legal_education.report',
      input: SubmitInput,
      gates: [notInFuture, yearEndReached],
      clocks: { start: [REVIEW_CLOCK] },
      basis: RULES,
      auditAction: 'legal_education.report.submitted',
      effectiveOn: stepOn,
    },
    return: {
      label: tx('退回修改', 'Return for revision'),
      from: ['submitted', 'reviewed'],
      to: 'draft',
      permission: 'legal_education.review',
      input: ReturnInput,
      gates: [notInFuture, notBeforeSubmission],
      clocks: { stop: [REVIEW_CLOCK] },
      auditAction: 'legal_education.report.returned',
      effectiveOn: stepOn,
    },
    review: {
      label: tx('审核通过', 'Review'),
      from: ['submitted'],
      to: 'reviewed',
      permission: 'legal_education.review',
      input: ReviewInput,
      gates: [notInFuture, notBeforeSubmission],
      clocks: { stop: [REVIEW_CLOCK] },
      auditAction: 'legal_education.report.reviewed',
      effectiveOn: stepOn,
    },
    evaluate: {
      label: tx('评议', 'Evaluate'),
      from: ['reviewed'],
      to: 'evaluated',
      permission: 'legal_education.evaluate',
      input: EvaluateInput,
      gates: [notInFuture, notBeforeSubmission],
      basis: RULES,
      auditAction: 'legal_education.report.evaluated',
      effectiveOn: stepOn,
    },
  },
});

export type ReportTransition = keyof typeof reportProcedure.transitions;
