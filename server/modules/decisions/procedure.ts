import {
  AssignReviewInput,
  DecideInput,
  DisposeInput,
  DraftInput,
  EvaluationInput,
  ExecutionInput,
  ExpertInput,
  HearingInput,
  OnInput,
  OpenCommentInput,
  PublishInput,
  ReasonInput,
  RecordReviewInput,
  ReportPartyInput,
  RiskInput,
  SubmitReviewInput,
} from '../../../common/contracts/decisions.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import {
  COMMENT_CLOCK,
  commentPeriodLawful,
  hearingNoticeLawful,
  PUBLICATION_CLOCK,
  REGULATION,
} from './rules.js';

/** Where the legal-affairs matter of this round's legality review stands (`legalAffairs.legalityReviewOf`). */
export interface ReviewView {
  matterId: string;
  matterNumber: string;
  state: string;
  opinions: { opinionNumber: string; issuedOn: string; signer: string; title: string }[];
}

/** What the procedure sees of a decision. `form` is the step's parsed form while a step is applied. */
export interface DecisionRecord extends ProcedureRecord {
  today: string;
  stepOn: string;
  form: Record<string, unknown>;
  technical: boolean;
  riskRelevant: boolean;
  hasExplanation: boolean;
  commentClosesOn: string | null;
  reviewConclusion: string | null;
  /** This round's review matter in legal-affairs (null: none asked for yet). */
  review: ReviewView | null;
  partyReportedOn: string | null;
  caption: string;
}

/** What the gates need beyond the record: clauses, comments, the materials on file. */
export interface DecisionFacts {
  clauses: number;
  undisposed: number;
  hearings: number;
  experts: number;
  risks: number;
  /** Who did the risk assessment (the main pre-decision assessment, 第三十六条). */
  assessors: string[];
}

const notInFuture = defineGate<DecisionRecord>({
  code: 'STEP_DATE_IN_FUTURE',
  message: tx('日期不能晚于今天', 'The date cannot be after today'),
  check: (r) => r.stepOn <= r.today,
});

const draftReady = defineGate<DecisionRecord, DecisionFacts>({
  code: 'DRAFT_REQUIRED',
  message: tx('请先登记决策草案（条款和起草说明）', 'Record the draft (clauses and explanation) first'),
  basis: `${REGULATION}第十二条、第十五条`,
  check: (r, f) => r.hasExplanation && f.clauses > 0,
});

const commentPeriod = defineGate<DecisionRecord>({
  code: 'COMMENT_PERIOD_TOO_SHORT',
  message: tx(
    '征求意见期限一般不少于30日；期限较短的，须在通知中说明理由',
    'The comment period is at least 30 days; a shorter one must be explained in the notice',
  ),
  basis: `${REGULATION}第十五条`,
  check: (r) => {
    const f = r.form as { on?: string; closesOn?: string; shorterReason?: string | null };
    return !f.on || !f.closesOn || commentPeriodLawful(f.on, f.closesOn, f.shorterReason ?? null);
  },
});

const commentPeriodOver = defineGate<DecisionRecord>({
  code: 'COMMENT_PERIOD_RUNNING',
  message: tx('征求意见期限尚未届满', 'The comment period has not ended'),
  basis: `${REGULATION}第十五条`,
  check: (r) => r.commentClosesOn !== null && r.today >= r.commentClosesOn,
});

const allDisposed = defineGate<DecisionRecord, DecisionFacts>({
  code: 'COMMENTS_UNDISPOSED',
  message: tx(
    '还有公众意见未作采纳处理（每条意见须写明采纳情况和理由）',
    'Some public comments have no disposition yet',
  ),
  basis: `${REGULATION}第十八条`,
  check: (_r, f) => f.undisposed === 0,
});

const expertDone = defineGate<DecisionRecord, DecisionFacts>({
  code: 'EXPERT_ARGUMENT_REQUIRED',
  message: tx('专业性、技术性较强的决策事项须组织专家论证', 'A technical matter needs expert argument'),
  basis: `${REGULATION}第十九条`,
  check: (r, f) => !r.technical || f.experts > 0,
});

const riskDone = defineGate<DecisionRecord, DecisionFacts>({
  code: 'RISK_ASSESSMENT_REQUIRED',
  message: tx('可能影响社会稳定、公共安全的决策事项须进行风险评估', 'This matter needs a risk assessment'),
  basis: `${REGULATION}第二十二条`,
  check: (r, f) => !r.riskRelevant || f.risks > 0,
});

const hearingNotice = defineGate<DecisionRecord>({
  code: 'HEARING_NOTICE_TOO_SHORT',
  message: tx(
    '听证材料应当于听证会7日前送达听证参加人',
    'Hearing materials must reach the participants 7 days before',
  ),
  basis: `${REGULATION}第十七条`,
  check: (r) => {
    const f = r.form as { on?: string; materialsSentOn?: string };
    return !f.on || !f.materialsSentOn || hearingNoticeLawful(f.materialsSentOn, f.on);
  },
});

const reviewConcluded = defineGate<DecisionRecord>({
  code: 'REVIEW_NOT_CONCLUDED',
  message: tx(
    '合法性审查尚未办结（法律顾问出具法律意见书并办结后方可登记审查结论）',
    'The legality review matter has not been concluded with an opinion',
  ),
  basis: `${REGULATION}第二十七条`,
  check: (r) => r.review?.state === 'concluded' && r.review.opinions.length > 0,
});

const opinionOfReview = defineGate<DecisionRecord>({
  code: 'OPINION_NOT_IN_REVIEW',
  message: tx('该法律意见书不是本轮合法性审查出具的', 'That opinion was not issued in this review'),
  check: (r) => {
    const n = (r.form as { opinionNumber?: string }).opinionNumber;
    return !n || (r.review?.opinions ?? []).some((o) => o.opinionNumber === n);
  },
});

const conclusionIs = (r: DecisionRecord) => (r.form as { conclusion?: string }).conclusion;
const concludedLawful = defineGate<DecisionRecord>({
  code: 'CONCLUSION_NOT_LAWFUL',
  message: tx(
    '审查结论为不合法或须修改的，请选择“审查未通过，退回修改”',
    'Use "review failed" for that conclusion',
  ),
  check: (r) => conclusionIs(r) === undefined || conclusionIs(r) === 'lawful',
});
const concludedNotLawful = defineGate<DecisionRecord>({
  code: 'CONCLUSION_LAWFUL',
  message: tx('审查结论为合法的，请登记合法性审查结论', 'A lawful conclusion is recorded, not returned'),
  check: (r) => conclusionIs(r) === undefined || conclusionIs(r) !== 'lawful',
});

/** 第二十五条: no 集体讨论 without a legality review found lawful; comments never replace it. */
const reviewedLawful = defineGate<DecisionRecord>({
  code: 'LEGALITY_REVIEW_REQUIRED',
  message: tx(
    '未经合法性审查或者经审查不合法的，不得提交集体讨论',
    'No collective discussion before the legality review finds the draft lawful',
  ),
  basis: `${REGULATION}第二十五条`,
  check: (r) => r.reviewConclusion === 'lawful' && r.review?.state === 'concluded',
});

/** 第二十九条: the materials the meeting must have. */
const materialsComplete = defineGate<DecisionRecord, DecisionFacts>({
  code: 'MATERIALS_INCOMPLETE',
  message: tx(
    '提交集体讨论的材料不全（草案、意见采纳情况、专家论证、风险评估、合法性审查意见）',
    'The meeting materials are incomplete',
  ),
  basis: `${REGULATION}第二十九条`,
  check: (r, f) =>
    r.hasExplanation &&
    f.clauses > 0 &&
    f.undisposed === 0 &&
    (!r.technical || f.experts > 0) &&
    (!r.riskRelevant || f.risks > 0),
});

const partyReported = defineGate<DecisionRecord>({
  code: 'PARTY_REPORT_REQUIRED',
  message: tx('决策出台前应当向同级党委请示报告', 'Report to the Party committee before publishing'),
  basis: `${REGULATION}第三十一条`,
  check: (r) => r.partyReportedOn !== null,
});

const evaluatorIndependent = defineGate<DecisionRecord, DecisionFacts>({
  code: 'EVALUATOR_NOT_INDEPENDENT',
  message: tx(
    '决策后评估不得由承担主要评估论证工作的单位实施',
    'The unit that assessed before the decision may not do the post-evaluation',
  ),
  basis: `${REGULATION}第三十六条`,
  check: (r, f) => {
    const e = (r.form as { evaluator?: string }).evaluator?.trim();
    return !e || !f.assessors.includes(e);
  },
});

const stepOn = (r: DecisionRecord, input: unknown) => (input as { on?: string } | undefined)?.on ?? r.today;
const dated = [notInFuture];
const OPEN = ['drafting', 'commenting', 'consulted', 'reviewing', 'decided'] as const;

/**
 * 重大行政决策 (条例 2019): launch → drafting → public comment → handling the comments (hearing, expert
 * argument, risk assessment on the way) → legality review (a legal-affairs matter) → 集体讨论 → report to the
 * Party committee → publication → execution reports, post-evaluation → suspension or change with reasons.
 */
export const decisionProcedure = defineProcedure({
  key: 'decisions.decision',
  subjectType: 'major_decision',
  label: tx('重大行政决策', 'Major administrative decision'),
  titleOf: (r: DecisionRecord) => r.caption,
  states: {
    drafting: { label: tx('起草中', 'Drafting') },
    commenting: { label: tx('公开征求意见中', 'Open for comment') },
    consulted: { label: tx('意见处理中', 'Handling comments') },
    reviewing: { label: tx('合法性审查', 'Legality review') },
    decided: { label: tx('已集体讨论决定', 'Decided') },
    published: { label: tx('已公布执行', 'Published, in force') },
    suspended: { label: tx('已中止执行', 'Suspended') },
    abandoned: { label: tx('已终止', 'Abandoned'), final: true },
  },
  transitions: {
    draft: {
      label: tx('登记决策草案', 'Record the draft'),
      from: ['drafting'],
      to: 'drafting',
      permission: 'decisions.draft',
      input: DraftInput,
      gates: dated,
      basis: `${REGULATION}第十二条、第十三条`,
      auditAction: 'decisions.decision.drafted',
      effectiveOn: stepOn,
    },
    revise: {
      label: tx('修改决策草案', 'Revise the draft'),
      from: ['consulted'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: DraftInput,
      gates: dated,
      basis: `${REGULATION}第十八条`,
      auditAction: 'decisions.decision.revised',
      effectiveOn: stepOn,
    },
    open_comment: {
      label: tx('公开征求意见', 'Open for public comment'),
      from: ['drafting'],
      to: 'commenting',
      permission: 'decisions.draft',
      input: OpenCommentInput,
      gates: [...dated, draftReady, commentPeriod],
      clocks: {
        start: [
          {
            among: [COMMENT_CLOCK],
            select: (_r: DecisionRecord, input: unknown) =>
              (input as { shorterReason?: string | null }).shorterReason ? null : COMMENT_CLOCK,
          },
        ],
      },
      basis: `${REGULATION}第十四条、第十五条`,
      auditAction: 'decisions.decision.comment_opened',
      effectiveOn: stepOn,
    },
    close_comment: {
      label: tx('结束征求意见', 'Close the comment period'),
      from: ['commenting'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: OnInput,
      gates: [...dated, commentPeriodOver],
      clocks: { stop: [COMMENT_CLOCK] },
      basis: `${REGULATION}第十五条`,
      auditAction: 'decisions.decision.comment_closed',
      effectiveOn: stepOn,
    },
    dispose: {
      label: tx('登记意见采纳情况', 'Dispose of a comment'),
      from: ['consulted'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: DisposeInput,
      basis: `${REGULATION}第十八条`,
      auditAction: 'decisions.comment.disposed',
    },
    hearing: {
      label: tx('登记听证会', 'Record a hearing'),
      from: ['consulted'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: HearingInput,
      gates: [...dated, hearingNotice],
      basis: `${REGULATION}第十六条、第十七条`,
      auditAction: 'decisions.decision.hearing_held',
      effectiveOn: stepOn,
    },
    expert: {
      label: tx('登记专家论证', 'Record expert argument'),
      from: ['consulted'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: ExpertInput,
      gates: dated,
      basis: `${REGULATION}第十九条至第二十一条`,
      auditAction: 'decisions.decision.expert_argued',
      effectiveOn: stepOn,
    },
    risk: {
      label: tx('登记风险评估', 'Record the risk assessment'),
      from: ['consulted'],
      to: 'consulted',
      permission: 'decisions.draft',
      input: RiskInput,
      gates: dated,
      basis: `${REGULATION}第二十二条至第二十四条`,
      auditAction: 'decisions.decision.risk_assessed',
      effectiveOn: stepOn,
    },
    submit_review: {
      label: tx('送请合法性审查', 'Submit for legality review'),
      from: ['consulted'],
      to: 'reviewing',
      permission: 'decisions.draft',
      input: SubmitReviewInput,
      gates: [...dated, draftReady, allDisposed, expertDone, riskDone],
      basis: `${REGULATION}第二十五条、第二十六条`,
      auditAction: 'decisions.decision.review_submitted',
      effectiveOn: stepOn,
    },
    assign_review: {
      label: tx('交法律顾问审查', 'Assign the review to advisers'),
      from: ['reviewing'],
      to: 'reviewing',
      permission: 'decisions.review',
      input: AssignReviewInput,
      basis: `${REGULATION}第二十七条、第二十八条`,
      auditAction: 'decisions.decision.review_assigned',
    },
    record_review: {
      label: tx('登记合法性审查结论', 'Record the review conclusion'),
      from: ['reviewing'],
      to: 'reviewing',
      permission: 'decisions.review',
      input: RecordReviewInput,
      gates: [...dated, reviewConcluded, opinionOfReview, concludedLawful],
      basis: `${REGULATION}第二十八条`,
      auditAction: 'decisions.decision.reviewed',
      effectiveOn: stepOn,
    },
    return_review: {
      label: tx('审查未通过，退回修改', 'Review failed: back for revision'),
      from: ['reviewing'],
      to: 'consulted',
      permission: 'decisions.review',
      input: RecordReviewInput,
      gates: [...dated, reviewConcluded, opinionOfReview, concludedNotLawful],
      basis: `${REGULATION}第二十五条、第二十八条`,
      auditAction: 'decisions.decision.review_returned',
      effectiveOn: stepOn,
    },
    decide: {
      label: tx('集体讨论决定', 'Collective decision'),
      from: ['reviewing'],
      to: 'decided',
      permission: 'decisions.decide',
      input: DecideInput,
      gates: [...dated, reviewedLawful, materialsComplete],
      clocks: { start: [PUBLICATION_CLOCK] },
      basis: `${REGULATION}第三十条`,
      auditAction: 'decisions.decision.decided',
      effectiveOn: stepOn,
    },
    report_party: {
      label: tx('向党委请示报告', 'Report to the Party committee'),
      from: ['decided'],
      to: 'decided',
      permission: 'decisions.decide',
      input: ReportPartyInput,
      gates: dated,
      basis: `${REGULATION}第三十一条`,
      auditAction: 'decisions.decision.reported',
      effectiveOn: stepOn,
    },
    publish: {
      label: tx('公布决策', 'Publish'),
      from: ['decided'],
      to: 'published',
      permission: 'decisions.decide',
      input: PublishInput,
      gates: [...dated, partyReported],
      clocks: { stop: [PUBLICATION_CLOCK] },
      basis: `${REGULATION}第三十二条`,
      auditAction: 'decisions.decision.published',
      effectiveOn: stepOn,
    },
    execution_report: {
      label: tx('登记执行情况', 'Record an execution report'),
      from: ['published'],
      to: 'published',
      permission: 'decisions.draft',
      input: ExecutionInput,
      gates: dated,
      basis: `${REGULATION}第三十四条、第三十五条`,
      auditAction: 'decisions.decision.execution_reported',
      effectiveOn: stepOn,
    },
    post_evaluate: {
      label: tx('登记决策后评估', 'Record a post-evaluation'),
      from: ['published'],
      to: 'published',
      permission: 'decisions.decide',
      input: EvaluationInput,
      gates: [...dated, evaluatorIndependent],
      basis: `${REGULATION}第三十六条`,
      auditAction: 'decisions.decision.evaluated',
      effectiveOn: stepOn,
    },
    suspend: {
      label: tx('中止执行', 'Suspend'),
      from: ['published'],
      to: 'suspended',
      permission: 'decisions.decide',
      input: ReasonInput,
      gates: dated,
      basis: `${REGULATION}第三十七条`,
      auditAction: 'decisions.decision.suspended',
      effectiveOn: stepOn,
    },
    change: {
      label: tx('调整决策（重新履行程序）', 'Change (the procedure again)'),
      from: ['published', 'suspended'],
      to: 'drafting',
      permission: 'decisions.decide',
      input: ReasonInput,
      gates: dated,
      basis: `${REGULATION}第三十七条`,
      auditAction: 'decisions.decision.changed',
      effectiveOn: stepOn,
    },
    abandon: {
      label: tx('终止决策', 'Abandon'),
      from: [...OPEN],
      to: 'abandoned',
      permission: 'decisions.decide',
      input: ReasonInput,
      gates: dated,
      clocks: { stop: [COMMENT_CLOCK, PUBLICATION_CLOCK] },
      basis: `${REGULATION}第十一条`,
      auditAction: 'decisions.decision.abandoned',
      effectiveOn: stepOn,
    },
  },
});

export type DecisionTransition = keyof typeof decisionProcedure.transitions;
