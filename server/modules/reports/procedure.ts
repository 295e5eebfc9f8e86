/**
 * The annual report's procedure as data (decision 0036): draft → in_review → approved (常务会议) → signed (the
 * principal leaders) → published (portal) → archived. Its deadlines are calendar dates, not running periods:
 * they are declared in rules.ts (REPORT_DEADLINES) and reach the coordinator as reminders (reminders.ts).
 */
import { tx } from '../../../common/text/localized.js';
import {
  ApproveInput,
  ArchiveInput,
  PublishInput,
  ReturnToDraftInput,
  SignInput,
  SubmitForReviewInput,
} from '../../../common/contracts/reports/drafts.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import type { ReportDraftRow } from './schema.js';

const DUCHA = '《法治政府建设与责任落实督察工作规定》';

/** What the procedure sees of a report: the row, and the day the step being applied takes effect. */
export interface ReportRecord extends ProcedureRecord {
  row: ReportDraftRow;
  /** The step's own day (meeting, signing, publication); the China date today when the form names none. */
  stepOn: string;
}

const gate = (g: Parameters<typeof defineGate<ReportRecord, object>>[0]) =>
  defineGate<ReportRecord, object>(g);

const signedAfterApproval = gate({
  code: 'SIGNED_BEFORE_APPROVAL',
  message: tx(
    '签署日期不能早于常务会议审议通过的日期',
    'The report cannot be signed before the meeting approved it',
  ),
  basis: `${DUCHA}第二十四条`,
  check: (r) => !r.row.approval || r.stepOn >= r.row.approval.meetingOn,
});
const publishedAfterSigning = gate({
  code: 'PUBLISHED_BEFORE_SIGNING',
  message: tx('公开日期不能早于签署日期', 'The report cannot be published before it was signed'),
  check: (r) => !r.row.signedOn || r.stepOn >= r.row.signedOn,
});
const approvedAfterYear = gate({
  code: 'APPROVED_BEFORE_YEAR_END',
  message: tx(
    '报告年度结束后才能审议通过年度报告',
    'An annual report is approved only after its year has ended',
  ),
  check: (r) => r.stepOn > `${r.row.year}-12-31`,
});

/**
 * The workflow of one annual report. Sign-off also runs the consistency checks (errors block, warnings must be
 * acknowledged): that gate needs the whole report computed, so the write applies it (service/transitions.ts,
 * rules.ts `signOffProblems`) and answers 422 listing every check.
 */
export const reportProcedure = defineProcedure({
  key: 'reports.draft',
  subjectType: 'report_draft',
  label: tx('年度报告', 'Annual report'),
  states: {
    draft: { label: tx('起草中', 'Drafting') },
    in_review: { label: tx('审核中', 'In review') },
    approved: { label: tx('已审议通过', 'Approved') },
    signed: { label: tx('已签署', 'Signed') },
    published: { label: tx('已公开', 'Published') },
    archived: { label: tx('已归档', 'Archived'), final: true },
  },
  transitions: {
    submit_for_review: {
      label: tx('提交审核', 'Submit for review'),
      from: ['draft'],
      to: 'in_review',
      permission: 'reports.edit',
      input: SubmitForReviewInput,
      auditAction: 'reports.draft.submitted',
    },
    approve: {
      label: tx('常务会议审议通过', 'Approved by the executive meeting'),
      from: ['in_review'],
      to: 'approved',
      permission: 'reports.approve',
      input: ApproveInput,
      gates: [approvedAfterYear],
      // Basis: 督察规定 第二十四条 (报告经本级党委常委会或政府常务会议审议); approval chain: legal-rules.md §10.1
      basis: `${DUCHA}第二十四条`,
      auditAction: 'reports.draft.approved',
    },
    sign: {
      label: tx('主要负责人签署', 'Signed by the principal leaders'),
      from: ['approved'],
      to: 'signed',
      permission: 'reports.sign',
      input: SignInput,
      gates: [signedAfterApproval],
      // Basis: 党政主要负责人履行推进法治建设第一责任人职责规定 (legal-rules.md §10.2); the report is theirs
      basis: '《党政主要负责人履行推进法治建设第一责任人职责规定》',
      auditAction: 'reports.draft.signed',
    },
    publish: {
      label: tx('向社会公开', 'Publish'),
      from: ['signed'],
      to: 'published',
      permission: 'reports.publish',
      input: PublishInput,
      gates: [publishedAfterSigning],
      // Basis: 督察规定 第二十四条 (每年4月1日之前向社会公开); 政府信息公开条例 第四十九条 (disclosure report)
      basis: `${DUCHA}第二十四条；《政府信息公开条例》第四十九条`,
      auditAction: 'reports.draft.published',
    },
    archive: {
      label: tx('归档', 'Archive'),
      from: ['published'],
      to: 'archived',
      permission: 'reports.publish',
      input: ArchiveInput,
      auditAction: 'reports.draft.archived',
    },
    // Declared after the forward steps: the web makes the first allowed step the primary button.
    return_to_draft: {
      label: tx('退回修改', 'Return for changes'),
      from: ['in_review', 'approved'],
      to: 'draft',
      permission: 'reports.approve',
      input: ReturnToDraftInput,
      auditAction: 'reports.draft.returned',
    },
  },
});

export type ReportTransitionKey = keyof typeof reportProcedure.transitions;
