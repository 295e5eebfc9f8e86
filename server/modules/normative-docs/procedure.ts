import {
  DeliberateInput,
  EvaluateInput,
  ExpireInput,
  FileInput,
  FilingResultInput,
  type NormativeSettings,
  OpenCommentInput,
  PublishInput,
  RegisterInput,
  RepealInput,
  RespondInput,
  ResubmitInput,
  ReviewInput,
  SubmitReviewInput,
} from '../../../common/contracts/normative-docs.js';
import { daysBetween } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import {
  FILING_CLOCKS,
  filingClock,
  isProvisionalTitle,
  maxValidYears,
  REVIEW_CLOCKS,
  reviewClock,
} from './rules.js';

/** What the procedure sees of a document; `form` is the step's parsed form (its gates read it), `stepOn` its day. */
export interface DocRecord extends ProcedureRecord {
  title: string;
  issuerLevel: string;
  commentUntil: string | null;
  reviewConclusion: string | null;
  drafterResponse: string | null;
  publishedOn: string | null;
  settings: NormativeSettings;
  today: string;
  stepOn: string;
  /** The step's parsed form; null while listing the steps one may take (a gate on the form then waits for it). */
  form: Record<string, unknown> | null;
}

/** A gate on what the form says passes while there is no form yet (the buttons), and judges it when it comes. */
const onForm = (r: DocRecord, check: (form: Record<string, unknown>) => boolean) =>
  r.form === null || check(r.form);

const S37 = '国办发〔2018〕37号';
const S115 = '国办发〔2018〕115号';

const notInFuture = defineGate<DocRecord>({
  code: 'STEP_DATE_IN_FUTURE',
  message: tx('日期不能晚于今天', 'The date cannot be after today'),
  check: (r) => r.stepOn <= r.today,
});

const commentLongEnough = defineGate<DocRecord>({
  code: 'COMMENT_PERIOD_TOO_SHORT',
  message: tx('征求意见期限短于本地规定的最短期限', 'The comment period is shorter than the local minimum'),
  basis: `${S37}（征求意见期限由本地规定，决定 0048 §2）`,
  // The window counts from the day after it opens (legal-rules §0.8): 30 days = until ≥ on + 30.
  check: (r) =>
    onForm(
      r,
      (f) => typeof f.until === 'string' && daysBetween(r.stepOn, f.until) >= r.settings.commentMinDays,
    ),
});

const commentOver = defineGate<DocRecord>({
  code: 'COMMENT_PERIOD_OPEN',
  message: tx('征求意见期限尚未届满，不能送审', 'The comment period has not ended'),
  basis: S37,
  check: (r) => r.state !== 'public_comment' || (r.commentUntil !== null && r.commentUntil < r.stepOn),
});

const commentAccounted = defineGate<DocRecord>({
  code: 'COMMENT_ACCOUNT_REQUIRED',
  message: tx(
    '请填写意见采纳情况；未公开征求意见的，请说明不涉及公众切身利益的理由',
    'State how the comments were used, or why no public comment was needed',
  ),
  basis: S37,
  check: (r) => onForm(r, (f) => (r.state === 'public_comment' ? !!f.commentSummary : !!f.noCommentReason)),
});

/** 115号: no 集体审议 without a lawful opinion — or an "amend" opinion the drafter answered with its reasons. */
const reviewPassed = defineGate<DocRecord>({
  code: 'LEGALITY_REVIEW_REQUIRED',
  message: tx(
    '未经合法性审核或审核结论为不合法的，不得提交集体审议',
    'No collective deliberation without a lawful legality review',
  ),
  basis: `${S115}（审核意见：合法方可提交集体审议）`,
  check: (r) =>
    r.reviewConclusion === 'lawful' || (r.reviewConclusion === 'amend' && r.drafterResponse === 'explained'),
});

const drafterAnswered = defineGate<DocRecord>({
  code: 'DRAFTER_RESPONSE_REQUIRED',
  message: tx('起草单位须先采纳审核意见或说明理由', 'The drafter must first adopt the opinion or explain'),
  basis: `${S115}（起草单位应当根据审核意见修改或说明理由）`,
  check: (r) => r.drafterResponse !== null,
});

const notYetAnswered = defineGate<DocRecord>({
  code: 'ALREADY_ANSWERED',
  message: tx('本轮审核意见已答复', 'This round’s opinion has been answered'),
  check: (r) => r.drafterResponse === null,
});

const validityWithinLimit = defineGate<DocRecord>({
  code: 'VALIDITY_TOO_LONG',
  message: tx(
    '有效期超过上限（一般不超过5年，暂行、试行不超过2年）',
    'Validity too long (5 years; 2 if provisional)',
  ),
  basis: '本地规范性文件有效期制度（决定 0048 §2）',
  check: (r) =>
    onForm(r, (f) => {
      const provisional = f.provisional === true || isProvisionalTitle(r.title);
      return typeof f.validYears === 'number' && f.validYears <= maxValidYears(r.settings, provisional);
    }),
});

const effectiveAfterPublication = defineGate<DocRecord>({
  code: 'EFFECTIVE_BEFORE_PUBLICATION',
  message: tx('施行日期不能早于公布日期', 'It cannot take effect before publication'),
  basis: `${S37}（未经公布的不得作为行政管理依据）`,
  check: (r) => onForm(r, (f) => typeof f.effectiveOn === 'string' && f.effectiveOn >= r.stepOn),
});

const notBeforePublication = defineGate<DocRecord>({
  code: 'STEP_BEFORE_PUBLICATION',
  message: tx('日期不能早于公布日期', 'The date cannot be before publication'),
  check: (r) => r.publishedOn === null || r.stepOn >= r.publishedOn,
});

/** The day the step takes effect: its form's `on`. */
const stepOn = (r: DocRecord) => r.stepOn;
const reviewStart = {
  among: REVIEW_CLOCKS,
  select: (r: DocRecord) =>
    reviewClock(typeof r.form?.reviewDays === 'number' ? r.form.reviewDays : r.settings.reviewWorkingDays),
};
const filingStart = { among: FILING_CLOCKS, select: (r: DocRecord) => filingClock(r.settings.filingDays) };
const IN_FORCE = ['published', 'filed'] as const;

/**
 * 行政规范性文件 (37号, 115号): 起草 → 评估论证 → 公开征求意见 (unless it does not touch the public's vital
 * interests) → 合法性审核 (seven points, 5–15 WD) → the drafter adopts or explains → 集体审议 (gated) → 三统一
 * (登记、编号) → 公布 with 解读 → 备案 (within the filing period) → in force until 废止 or 失效.
 */
export const docProcedure = defineProcedure({
  key: 'normative_docs.doc',
  subjectType: 'normative_doc',
  label: tx('规范性文件', 'Normative document'),
  titleOf: (r: DocRecord) => r.title,
  states: {
    drafting: { label: tx('起草中', 'Drafting') },
    evaluation: { label: tx('评估论证', 'Evaluation') },
    public_comment: { label: tx('公开征求意见', 'Public comment') },
    legality_review: { label: tx('合法性审核中', 'Legality review') },
    reviewed: { label: tx('已出具审核意见', 'Review opinion issued') },
    deliberated: { label: tx('已集体审议', 'Deliberated') },
    registered: { label: tx('已统一登记编号', 'Registered and numbered') },
    published: { label: tx('已公布待备案', 'Published, to be filed') },
    filed: { label: tx('已报送备案', 'Filed') },
    repealed: { label: tx('已废止', 'Repealed'), final: true },
    expired: { label: tx('已失效', 'Expired'), final: true },
  },
  transitions: {
    evaluate: {
      label: tx('登记评估论证', 'Record the evaluation'),
      from: ['drafting'],
      to: 'evaluation',
      permission: 'normative_docs.draft',
      input: EvaluateInput,
      gates: [notInFuture],
      basis: `${S37}（评估论证）`,
      auditAction: 'normative_docs.doc.evaluated',
      effectiveOn: stepOn,
    },
    open_comment: {
      label: tx('公开征求意见', 'Open public comment'),
      from: ['evaluation'],
      to: 'public_comment',
      permission: 'normative_docs.draft',
      input: OpenCommentInput,
      gates: [notInFuture, commentLongEnough],
      basis: `${S37}（公开征求意见）`,
      auditAction: 'normative_docs.doc.comment_opened',
      effectiveOn: stepOn,
    },
    submit_review: {
      label: tx('送合法性审核', 'Submit for legality review'),
      from: ['evaluation', 'public_comment'],
      to: 'legality_review',
      permission: 'normative_docs.draft',
      input: SubmitReviewInput,
      gates: [notInFuture, commentOver, commentAccounted],
      clocks: { start: [reviewStart] },
      basis: `${S115}（应审必审）`,
      auditAction: 'normative_docs.doc.review_requested',
      effectiveOn: stepOn,
    },
    review: {
      label: tx('出具合法性审核意见', 'Issue the legality review opinion'),
      from: ['legality_review'],
      to: 'reviewed',
      permission: 'normative_docs.review',
      input: ReviewInput,
      gates: [notInFuture],
      clocks: { stop: REVIEW_CLOCKS },
      basis: `${S115}（审核内容七项，书面审核意见）`,
      auditAction: 'normative_docs.doc.reviewed',
      effectiveOn: stepOn,
    },
    respond: {
      label: tx('答复审核意见（采纳或说明理由）', 'Answer the opinion (adopt or explain)'),
      from: ['reviewed'],
      to: 'reviewed',
      permission: 'normative_docs.draft',
      input: RespondInput,
      gates: [notInFuture, notYetAnswered],
      basis: S115,
      auditAction: 'normative_docs.doc.review_answered',
      effectiveOn: stepOn,
    },
    resubmit: {
      label: tx('修改后重新送审', 'Amend and resubmit'),
      from: ['reviewed'],
      to: 'legality_review',
      permission: 'normative_docs.draft',
      input: ResubmitInput,
      gates: [notInFuture],
      clocks: { start: [reviewStart] },
      basis: S115,
      auditAction: 'normative_docs.doc.resubmitted',
      effectiveOn: stepOn,
    },
    deliberate: {
      label: tx('登记集体审议', 'Record the collective deliberation'),
      from: ['reviewed'],
      to: 'deliberated',
      permission: 'normative_docs.draft',
      input: DeliberateInput,
      gates: [notInFuture, drafterAnswered, reviewPassed],
      basis: `${S37}（集体审议）`,
      auditAction: 'normative_docs.doc.deliberated',
      effectiveOn: stepOn,
    },
    register: {
      label: tx('统一登记、编号（三统一）', 'Register and number'),
      from: ['deliberated'],
      to: 'registered',
      permission: 'normative_docs.register',
      input: RegisterInput,
      gates: [notInFuture],
      basis: `${S37}（统一登记、统一编号、统一印发）`,
      auditAction: 'normative_docs.doc.registered',
      effectiveOn: stepOn,
    },
    publish: {
      label: tx('公布（附政策解读）', 'Publish with its interpretation'),
      from: ['registered'],
      to: 'published',
      permission: 'normative_docs.register',
      input: PublishInput,
      gates: [notInFuture, effectiveAfterPublication, validityWithinLimit],
      clocks: { start: [filingStart] },
      basis: `${S37}（公开发布）`,
      auditAction: 'normative_docs.doc.published',
      effectiveOn: stepOn,
    },
    file: {
      label: tx('报送备案', 'File'),
      from: ['published'],
      to: 'filed',
      permission: 'normative_docs.register',
      input: FileInput,
      gates: [notInFuture, notBeforePublication],
      clocks: { stop: FILING_CLOCKS },
      basis: '《辽宁省规章规范性文件备案办法》第三条（有件必备）',
      auditAction: 'normative_docs.doc.filed',
      effectiveOn: stepOn,
    },
    filing_result: {
      label: tx('登记备案审查结果', 'Record the filing review’s result'),
      from: ['filed'],
      to: 'filed',
      permission: 'normative_docs.register',
      input: FilingResultInput,
      gates: [notInFuture, notBeforePublication],
      basis: '有件必备、有备必审、有错必纠',
      auditAction: 'normative_docs.doc.filing_reviewed',
      effectiveOn: stepOn,
    },
    repeal: {
      label: tx('废止', 'Repeal'),
      from: [...IN_FORCE],
      to: 'repealed',
      permission: 'normative_docs.register',
      input: RepealInput,
      gates: [notInFuture, notBeforePublication],
      clocks: { stop: FILING_CLOCKS },
      basis: `${S37}（清理、废止）`,
      auditAction: 'normative_docs.doc.repealed',
      effectiveOn: stepOn,
    },
    expire: {
      label: tx('宣布失效', 'Declare expired'),
      from: [...IN_FORCE],
      to: 'expired',
      permission: 'normative_docs.register',
      input: ExpireInput,
      gates: [notInFuture, notBeforePublication],
      clocks: { stop: FILING_CLOCKS },
      basis: `${S37}（清理、失效）`,
      auditAction: 'normative_docs.doc.expired',
      effectiveOn: stepOn,
    },
  },
});

export type DocTransition = keyof typeof docProcedure.transitions;
