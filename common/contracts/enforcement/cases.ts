import { IsoDate, optionalMoney, optionalText, partyNumberProblem, required } from '../fields.js';
import { ImportResult, ListQuery, Page } from '../kit.js';
import { ActionOut, ClockOut, StepOut } from '../procedure.js';
import { z } from '../zod-setup.js';
import {
  CASE_KIND_CODES,
  CASE_STATE_CODES,
  CIRCUMSTANCE_CODES,
  DECISION_OUTCOME_CODES,
  FILING_CONCLUSION_CODES,
  HANDLING_PAUSE_GROUND_CODES,
  MAJOR_REASON_CODES,
  OFFICER_PAUSE_GROUND_CODES,
  PARTY_TYPE_CODES,
  PENALTY_KIND_CODES,
  PENALTY_KINDS,
  PUBLICATION_STATE_CODES,
  REVIEW_CONCLUSION_CODES,
  SERVICE_METHOD_CODES,
} from './dictionaries.js';

/** Enforcement cases (行政执法案件): the forms and the API shapes. Basis: 《行政处罚法》第五章. */

const Money = () => optionalMoney('金额');

/**
 * Which number identifies a party: a 自然人 by the resident ID, a 法人 or 其他组织 by the unified social credit
 * code (GB 32100), a 个体工商户 by either (the business's code, or the operator's ID when it has none).
 */
const PARTY_NUMBER_KIND = {
  natural_person: 'person',
  individual_business: 'either',
  legal_person: 'organisation',
  other_org: 'organisation',
} as const;

/** 立案: what the case is about, against whom, under which power, and by which two officers. */
export const OpenCaseBody = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  kind: z.enum(CASE_KIND_CODES, { message: '请选择案件类型' }),
  powerItemId: z.uuid({ message: '请选择所行使的职权（权责清单事项）' }),
  benchmarkId: z.uuid({ message: '裁量基准格式不正确' }).nullish(),
  caseNumber: required(60, '案件编号'),
  cause: required(300, '案由'),
  source: optionalText(100),
  inspectionId: z.uuid().nullish(),
  partyType: z.enum(PARTY_TYPE_CODES, { message: '请选择当事人类型' }),
  partyName: required(200, '当事人名称'),
  /** 个体工商户: the operator's name beside the trade name (字号) in partyName. */
  partyOperatorName: optionalText(50),
  partyIdNumber: optionalText(30),
  partyPhone: optionalText(30),
  partyAddress: optionalText(300),
  facts: optionalText(5000),
  openedOn: IsoDate,
  /** 发现线索或者收到材料之日 (SAMR 程序规定 第十八条: 立案 within 15 WD, extendable once by 15 WD). */
  discoveredOn: IsoDate.nullish(),
  openingExtended: z.boolean().default(false),
  /** 违法行为发生（或终了）之日 (处罚法 第三十六条: 2 years, 5 for life, health or financial security). */
  violationOn: IsoDate.nullish(),
  concernsLifeHealthOrFinance: z.boolean().default(false),
  handlerOfficerIds: z
    .array(z.uuid({ message: '执法人员格式不正确' }))
    .min(2, { message: '执法人员不得少于两人（《行政处罚法》第四十二条）' })
    .max(10),
  isMajor: z.boolean().default(false),
  majorReasons: z.array(z.enum(MAJOR_REASON_CODES, { message: '未知的重大执法决定情形' })).default([]),
  collectiveRequired: z.boolean().default(false),
}).superRefine((v, ctx) => {
  if (!v.partyIdNumber) return;
  const problem = partyNumberProblem(PARTY_NUMBER_KIND[v.partyType], v.partyIdNumber, {
    person: '当事人身份证号码',
    organisation: '当事人统一社会信用代码',
  });
  if (problem) ctx.addIssue({ code: 'custom', path: ['partyIdNumber'], message: problem });
});
export type OpenCaseInput = z.input<typeof OpenCaseBody>;

const On = { on: IsoDate.optional() };

const PenaltyKinds = z.array(z.enum(PENALTY_KIND_CODES, { message: '未知的处罚种类' })).max(12);

/**
 * 告知: the intended penalty in words, its kinds and its amounts (fine and confiscation apart), checked
 * against the kinds and amounts that carry a right to a hearing (处罚法 第六十三条; decision 0014 §1).
 */
const NotifyBody = z.object({
  ...On,
  intendedPenalty: required(2000, '拟作出的处罚内容'),
  intendedKinds: PenaltyKinds.min(1, { message: '请选择拟作出的处罚种类' }),
  intendedFineAmount: Money(),
  intendedConfiscationAmount: Money(),
  hearingRight: z.boolean().default(false),
});

/**
 * 送达 of the notice or the decision: the way, and for 邮寄 the date on the receipt; `on` is the day of the
 * act (for 公告 the day of publication). Decision 0014 §3.
 */
const ServiceBody = z.object({
  ...On,
  method: z.enum(SERVICE_METHOD_CODES, { message: '请选择送达方式' }),
  signedForOn: IsoDate.nullish(),
});

/** The form of each procedure step; `on` is the day it took legal effect (default today, never later). */
export const CASE_TRANSITION_INPUTS = {
  notify: NotifyBody,
  /** A new notice (重新告知) before a heavier decision: the windows start again from its service. */
  renotify: NotifyBody,
  serve_notice: ServiceBody,
  record_statement: z.object({ ...On, summary: required(5000, '陈述、申辩内容摘要') }),
  waive_statement: z.object({ ...On, note: optionalText(1000) }),
  waive_hearing: z.object({ ...On, note: optionalText(1000) }),
  request_hearing: z.object({
    ...On,
    /** A mailed request counts from its postmark (民事诉讼法 第八十五条第四款). */
    postmarkOn: IsoDate.nullish(),
    note: optionalText(1000),
  }),
  schedule_hearing: z.object({ ...On, hearingOn: IsoDate, note: optionalText(1000) }),
  hold_hearing: z.object({
    ...On,
    record: required(5000, '听证笔录摘要'),
    /** 直接关系当事人或者第三人重大权益: with the hearing held, 法制审核 becomes mandatory (第五十八条(二)). */
    concernsMajorRights: z.boolean().default(true),
  }),
  submit_review: z.object({
    ...On,
    note: optionalText(2000),
    /** The intended circumstance and fine, checked against the benchmark so a deviation reaches the reviewer. */
    intendedCircumstance: z.enum(CIRCUMSTANCE_CODES, { message: '请选择违法情节' }).nullish(),
    intendedFineAmount: Money(),
  }),
  approve_review: z.object({ ...On, opinion: required(5000, '审核意见') }),
  return_review: z.object({
    ...On,
    conclusion: z.enum(['amend', 'unlawful'], { message: '请选择审核结论' }),
    opinion: required(5000, '审核意见'),
  }),
  discuss_collectively: z.object({ ...On, conclusion: required(5000, '集体讨论结论') }),
  decide: z
    .object({
      ...On,
      outcome: z.enum(DECISION_OUTCOME_CODES, { message: '请选择决定结果' }),
      circumstance: z.enum(CIRCUMSTANCE_CODES, { message: '请选择违法情节' }).nullish(),
      fineAmount: Money(),
      confiscationAmount: Money(),
      decisionText: required(5000, '决定内容'),
      /** 处罚依据 (处罚法 第五十九条第一款(三)); left empty, the benchmark's or the power's basis is recorded. */
      decisionBasis: optionalText(2000),
      deviationReason: optionalText(2000),
      /** The kinds imposed where the outcome covers several (吊销 or 暂扣; 停产停业 or 关闭 …). */
      penaltyKinds: PenaltyKinds.default([]),
    })
    .superRefine((d, ctx) => {
      const group = PENALTY_KINDS.filter((k) => k.outcome === d.outcome);
      if (group.length > 1 && !group.some((k) => d.penaltyKinds.includes(k.code)))
        ctx.addIssue({ code: 'custom', path: ['penaltyKinds'], message: '请选择决定的具体处罚种类' });
    }),
  serve: ServiceBody,
  record_execution: z.object({ ...On, note: optionalText(2000) }),
  close: z.object({ ...On, note: optionalText(2000) }),
} as const;
export type CaseTransition = keyof typeof CASE_TRANSITION_INPUTS;
export const CASE_TRANSITION_CODES = Object.keys(CASE_TRANSITION_INPUTS) as [
  CaseTransition,
  ...CaseTransition[],
];
export type CaseTransitionBodies = { [K in CaseTransition]: z.input<(typeof CASE_TRANSITION_INPUTS)[K]> };

/** The body's next 立案 number in its own pattern (于市监立〔2026〕N号), for the 立案 form to offer. */
export const CaseNumberSuggestionQuery = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  openedOn: IsoDate,
});
export const CaseNumberSuggestion = z.object({ caseNumber: z.string() });
export type CaseNumberSuggestion = z.infer<typeof CaseNumberSuggestion>;

export const CaseIdParams = z.object({ id: z.uuid({ message: '案件编号格式不正确' }) });
export const CaseListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  orgUnitId: z.uuid().optional(),
  kind: z.enum(CASE_KIND_CODES, { message: '未知的案件类型' }).optional(),
  state: z.enum(CASE_STATE_CODES, { message: '未知的状态' }).optional(),
  outcome: z.enum(DECISION_OUTCOME_CODES, { message: '未知的决定结果' }).optional(),
  publicationState: z.enum(PUBLICATION_STATE_CODES).optional(),
  isMajor: z.enum(['true', 'false']).optional(),
  openedFrom: IsoDate.optional(),
  openedTo: IsoDate.optional(),
});
export type CaseListQuery = z.input<typeof CaseListQuery>;

/**
 * Extending the handling period (延长办案期限), approved by whoever holds enforcement.approve_extension. A
 * penalty case's extension after the first (+30 days by the head) records the collective discussion that
 * decided it and the period it set (市场监督管理行政处罚程序规定 第六十四条).
 */
export const ExtendHandlingBody = z.object({
  ...On,
  reason: required(1000, '延期理由'),
  collectiveDecidedOn: IsoDate.nullish(),
  furtherDays: z
    .number({ message: '延长天数须为整数' })
    .int({ message: '延长天数须为整数' })
    .min(1, { message: '延长天数至少为1日' })
    .max(3650, { message: '延长天数不能超过3650日' })
    .nullish(),
});
export type ExtendHandlingInput = z.input<typeof ExtendHandlingBody>;

/**
 * Time not counted in the handling period (公告, 检测检验检疫鉴定, 中止): its start or its end, recorded by the
 * officer. The hearing pause follows the hearing steps. Basis: 《市场监督管理行政处罚程序规定》第六十四条.
 */
export const HandlingPauseBody = z.object({
  ...On,
  action: z.enum(['start', 'end'], { message: '请选择开始或结束' }),
  ground: z.enum(OFFICER_PAUSE_GROUND_CODES, {
    message: '请选择不计入办案期限的事由（公告、检测检验检疫鉴定、中止）',
  }),
  note: optionalText(1000),
});
export type HandlingPauseInput = z.input<typeof HandlingPauseBody>;

export const HandlingPauseOut = z.object({
  id: z.uuid(),
  ground: z.enum(HANDLING_PAUSE_GROUND_CODES),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  note: z.string().nullable(),
});

/** A decision changed, revoked, or confirmed unlawful or void: the publication must come down (3 WD). */
export const ChangeDecisionBody = z.object({ ...On, reason: required(1000, '变更或撤销原因') });
export const PublishDecisionBody = z.object({ ...On });
export const WithdrawPublicationBody = z.object({ ...On, note: optionalText(1000) });

/** One row of the case list. Party identifiers are masked for natural persons. */
export const CaseListItem = z.object({
  id: z.uuid(),
  /** Row version, sent back in If-Match by an edit or a step (decision 0022). */
  version: z.number().int(),
  caseNumber: z.string(),
  kind: z.enum(CASE_KIND_CODES),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  cause: z.string(),
  partyType: z.enum(PARTY_TYPE_CODES),
  partyName: z.string(),
  openedOn: z.string(),
  state: z.enum(CASE_STATE_CODES),
  isMajor: z.boolean(),
  decidedOn: z.string().nullable(),
  outcome: z.enum(DECISION_OUTCOME_CODES).nullable(),
  fineAmount: z.number().nullable(),
  publicationState: z.enum(PUBLICATION_STATE_CODES).nullable(),
  handlingDueOn: z.string().nullable(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;

/** `total` counts the matches up to 10,000; `totalIsCapped` says there are more. */
export const CaseListResponse = Page(CaseListItem).extend({ totalIsCapped: z.boolean() });

export const ReviewOut = z.object({
  id: z.uuid(),
  submittedOn: z.string(),
  concludedOn: z.string().nullable(),
  conclusion: z.enum(REVIEW_CONCLUSION_CODES).nullable(),
  opinion: z.string().nullable(),
  reviewerName: z.string().nullable(),
  deviationFlagged: z.boolean(),
});
export type ReviewOut = z.infer<typeof ReviewOut>;

/** One piece of evidence (证据) as the detail lists it; the file is fetched by its own URL. */
export const EvidenceOut = z.object({
  id: z.uuid(),
  evidenceType: z.string(),
  description: z.string(),
  collectedOn: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().nullable(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export type EvidenceOut = z.infer<typeof EvidenceOut>;

/** The fields of an evidence upload (multipart, beside the one file). Basis: 《行政处罚法》第四十六条. */
export const EvidenceFields = z.object({
  evidenceType: required(50, '证据种类'),
  description: required(1000, '证据说明'),
  collectedOn: IsoDate,
});
export const EvidenceFileParams = z.object({
  id: z.uuid({ message: '案件编号格式不正确' }),
  evidenceId: z.uuid({ message: '证据编号格式不正确' }),
});

/** The shared procedure presentation (common/contracts/procedure.ts), under this module's names. */
export const CaseClockOut = ClockOut;
export const CaseActionOut = ActionOut;
export const CaseStepOut = StepOut.extend({
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  /** The day the step took legal effect (the form's `on`). */
  effectiveOn: z.string().nullable(),
  actorName: z.string().nullable(),
});

const Named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** `GET /enforcement/cases/:id`: the list row, the facts of every step, clocks, evidence, reviews, actions. */
export const CaseDetail = CaseListItem.extend({
  powerItemId: z.uuid(),
  powerItem: Named.nullable(),
  benchmarkId: z.uuid().nullable(),
  benchmark: z.object({ id: z.uuid(), code: z.string(), violation: z.string() }).nullable(),
  source: z.string().nullable(),
  inspectionId: z.string().nullable(),
  partyIdNumber: z.string().nullable(),
  partyPhone: z.string().nullable(),
  partyAddress: z.string().nullable(),
  partyOperatorName: z.string().nullable(),
  facts: z.string().nullable(),
  handlerOfficerIds: z.array(z.uuid()),
  handlers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      certificateNumber: z.string(),
      certificateValidUntil: z.string(),
    }),
  ),
  majorReasons: z.array(z.string()),
  discoveredOn: z.string().nullable(),
  openingExtended: z.boolean(),
  violationOn: z.string().nullable(),
  concernsLifeHealthOrFinance: z.boolean(),
  /** 立案 window and limitation, computed on the calendar; warnings never block. */
  timeliness: z.object({
    openingDueOn: z.string().nullable(),
    openedInTime: z.boolean().nullable(),
    limitationEndsOn: z.string().nullable(),
    limitationRun: z.boolean().nullable(),
    warnings: z.array(z.string()),
  }),
  collectiveRequired: z.boolean(),
  notifiedOn: z.string().nullable(),
  intendedPenalty: z.string().nullable(),
  hearingRight: z.boolean(),
  notifiedKinds: z.array(z.enum(PENALTY_KIND_CODES)).nullable(),
  notifiedFineAmount: z.number().nullable(),
  notifiedConfiscationAmount: z.number().nullable(),
  noticeServiceMethod: z.enum(SERVICE_METHOD_CODES).nullable(),
  noticeServedOn: z.string().nullable(),
  statementReceivedOn: z.string().nullable(),
  statementSummary: z.string().nullable(),
  statementWaivedOn: z.string().nullable(),
  penaltyKinds: z.array(z.enum(PENALTY_KIND_CODES)).nullable(),
  hearingRequestedOn: z.string().nullable(),
  hearingNoticeOn: z.string().nullable(),
  hearingOn: z.string().nullable(),
  hearingHeldOn: z.string().nullable(),
  hearingRecord: z.string().nullable(),
  collectiveDiscussedOn: z.string().nullable(),
  collectiveConclusion: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  circumstance: z.enum(CIRCUMSTANCE_CODES).nullable(),
  confiscationAmount: z.number().nullable(),
  decisionText: z.string().nullable(),
  decisionBasis: z.string().nullable(),
  benchmarkDeviation: z.boolean(),
  deviationReason: z.string().nullable(),
  servedOn: z.string().nullable(),
  serviceMethod: z.string().nullable(),
  executedOn: z.string().nullable(),
  executionNote: z.string().nullable(),
  closedOn: z.string().nullable(),
  publicationDueOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  changedOn: z.string().nullable(),
  changeReason: z.string().nullable(),
  withdrawalDueOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  filing: z
    .object({ id: z.uuid(), dueOn: z.string(), filedOn: z.string().nullable(), isLate: z.boolean() })
    .nullable(),
  clocks: z.array(CaseClockOut),
  /** Time not counted in the handling period, the hearing included (oldest first). */
  handlingPauses: z.array(HandlingPauseOut),
  steps: z.array(CaseStepOut),
  evidence: z.array(EvidenceOut),
  reviews: z.array(ReviewOut),
  actions: z.array(CaseActionOut),
  createdAt: z.string(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

// ── 法制审核 queue ──

export const ReviewQueueQuery = ListQuery.extend({
  queue: z.enum(['pending', 'deviations'], { message: '未知的审核队列' }).default('pending'),
});

/** A row of the legal reviewers' queue: the case, and its open review (pending) or its deviation. */
export const ReviewQueueItem = CaseListItem.extend({
  caseId: z.uuid(),
  reviewId: z.uuid().nullable(),
  submittedOn: z.string().nullable(),
  deviationFlagged: z.boolean(),
  circumstance: z.enum(CIRCUMSTANCE_CODES).nullable(),
  deviationReason: z.string().nullable(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;
export const ReviewQueuePage = Page(ReviewQueueItem);

// ── 重大处罚备案审查 ──

export const FilingListQuery = ListQuery.extend({
  orgUnitId: z.uuid().optional(),
  state: z.enum(['unfiled', 'filed', 'reviewed', 'late'], { message: '未知的备案状态' }).optional(),
  decidedFrom: IsoDate.optional(),
  decidedTo: IsoDate.optional(),
});
export type FilingListQuery = z.input<typeof FilingListQuery>;

export const FilingIdParams = z.object({ id: z.uuid({ message: '备案编号格式不正确' }) });

/** The body files the major penalty with the coordinator (报送备案). */
export const SubmitFilingBody = z.object({ ...On, note: optionalText(1000) });
/** The coordinator's or legal reviewer's conclusion on a filed major penalty (备案审查). */
export const ReviewFilingBody = z.object({
  ...On,
  conclusion: z.enum(FILING_CONCLUSION_CODES, { message: '请选择审查结论' }),
  opinion: required(5000, '审查意见'),
});

export const FilingOut = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  cause: z.string(),
  partyName: z.string(),
  decisionNumber: z.string().nullable(),
  fineAmount: z.number().nullable(),
  decidedOn: z.string(),
  dueOn: z.string(),
  filedOn: z.string().nullable(),
  /** Filed after the due day, or not filed and the due day has passed. */
  isLate: z.boolean(),
  reviewedOn: z.string().nullable(),
  conclusion: z.enum(FILING_CONCLUSION_CODES).nullable(),
  opinion: z.string().nullable(),
  reviewerName: z.string().nullable(),
});
export type FilingOut = z.infer<typeof FilingOut>;
export const FilingPage = Page(FilingOut);

// ── Import / export ──

export const CaseExportQuery = CaseListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
});
export const CaseImportResult = ImportResult.extend({ decided: z.number().int() });
export type CaseImportResult = z.infer<typeof CaseImportResult>;
