import { IsoDate, optionalMoney, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';
import { z } from './zod-setup.js';

/**
 * The API contract of administrative reconsideration (行政复议) as the district's 复议机构 runs it: the codes
 * (with their zh-CN labels for forms and sheets), the intake forms, the transition forms.
 */

const codes = <T extends readonly { code: string }[]>(entries: T) =>
  entries.map((e) => e.code) as unknown as readonly [T[number]['code'], ...T[number]['code'][]];

export const CASE_STATUSES = [
  { code: 'received', label: '受理审查中' },
  { code: 'awaiting_correction', label: '待补正' },
  { code: 'under_review', label: '审理中' },
  { code: 'suspended', label: '中止' },
  { code: 'concluded', label: '已审结' },
] as const;
export const CASE_STATUS_CODES = codes(CASE_STATUSES);
export type CaseStatus = (typeof CASE_STATUS_CODES)[number];

/** How the application came in (行政复议法 第二十二条): in writing (in person or by post), online, or oral. */
export const CASE_CHANNELS = [
  { code: 'in_person', label: '当面递交' },
  { code: 'letter', label: '邮寄' },
  { code: 'online', label: '网上申请' },
  { code: 'oral', label: '口头申请（当场记录）' },
] as const;
export const CASE_CHANNEL_CODES = codes(CASE_CHANNELS);

/** The kind of act applied against: decides simplified procedure, 复议前置 and table 四. */
export const ACT_TYPES = [
  { code: 'penalty', label: '行政处罚' },
  { code: 'coercion', label: '行政强制' },
  { code: 'licensing', label: '行政许可' },
  { code: 'disclosure', label: '政府信息公开' },
  { code: 'nonperformance', label: '不履行法定职责' },
  { code: 'expropriation', label: '征收征用及补偿' },
  { code: 'agreement', label: '行政协议' },
  { code: 'other', label: '其他' },
] as const;
export const ACT_TYPE_CODES = codes(ACT_TYPES);

export const APPLICANT_TYPES = [
  { code: 'natural_person', label: '自然人' },
  { code: 'legal_person', label: '法人' },
  { code: 'other_org', label: '其他组织' },
] as const;
export const APPLICANT_TYPE_CODES = codes(APPLICANT_TYPES);

export const PROCEDURE_KINDS = [
  { code: 'ordinary', label: '普通程序' },
  { code: 'simplified', label: '简易程序' },
] as const;
export const PROCEDURE_KIND_CODES = codes(PROCEDURE_KINDS);

/** Grounds for the simplified procedure (行政复议法 (2023) 第五十三条). */
export const SIMPLIFIED_GROUNDS = [
  { code: 'on_the_spot', label: '当场作出的行政行为' },
  { code: 'warning', label: '警告或者通报批评' },
  { code: 'small_amount', label: '案件涉及款额三千元以下' },
  { code: 'disclosure', label: '政府信息公开案件' },
  { code: 'agreed', label: '当事人各方同意适用简易程序' },
] as const;
export const SIMPLIFIED_GROUND_CODES = codes(SIMPLIFIED_GROUNDS);

/** Why a case is suspended (行政复议法 (2023) 第三十九条). */
export const SUSPENSION_GROUNDS = [
  { code: 'death', label: '申请人死亡，须等待近亲属表明是否参加' },
  { code: 'incapacity', label: '申请人丧失参加行政复议的行为能力' },
  { code: 'missing', label: '申请人下落不明或者被宣告失踪' },
  { code: 'dissolution', label: '作为申请人的法人或者其他组织终止' },
  { code: 'force_majeure', label: '因不可抗力等正当理由不能参加' },
  { code: 'mediation', label: '依法进行调解、和解，申请人和被申请人同意中止' },
  { code: 'interpretation', label: '案件涉及法律适用问题，需要有权机关作出解释或者确认' },
  { code: 'other_case', label: '案件审理需要以其他案件的审理结果为依据' },
  { code: 'normative_review', label: '申请人依法提出对有关规范性文件的附带审查申请' },
  { code: 'other', label: '需要中止行政复议的其他情形' },
] as const;
export const SUSPENSION_GROUND_CODES = codes(SUSPENSION_GROUNDS);

/**
 * Every way a case ends (legal-rules §6.3, plus the two endings before acceptance): the outcome of a concluded
 * case. The legal facts of each code (article, whether it corrects the act, its table 四 group) are in
 * server/modules/reconsideration/rules/outcomes.ts.
 */
export const OUTCOMES = [
  { code: 'BIANGENG', label: '变更' },
  { code: 'CHEXIAO', label: '撤销（责令重作）' },
  { code: 'QUERENWEIFA', label: '确认违法' },
  { code: 'LVXING', label: '责令履行' },
  { code: 'QUERENWUXIAO', label: '确认无效' },
  { code: 'WEICHI', label: '维持' },
  { code: 'BOHUIQINGQIU', label: '驳回行政复议请求' },
  { code: 'XIEYI', label: '行政协议决定' },
  { code: 'PEICHANG', label: '赔偿决定' },
  { code: 'TIAOJIE', label: '行政复议调解书' },
  { code: 'HEJIE_ZHONGZHI', label: '和解后撤回终止' },
  { code: 'BUYUSHOULI', label: '不予受理' },
  { code: 'BOHUISHENQING', label: '驳回行政复议申请' },
  { code: 'ZHONGZHI', label: '终止' },
  { code: 'WITHDRAWN', label: '受理前撤回申请' },
  { code: 'DEEMED_WITHDRAWN', label: '逾期不补正视为放弃' },
] as const;
export const OUTCOME_CODES = codes(OUTCOMES);
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** The decisions on the merits after acceptance (`decide`), as opposed to terminations and pre-acceptance ends. */
export const DECISION_CODES = [
  'BIANGENG',
  'CHEXIAO',
  'QUERENWEIFA',
  'LVXING',
  'QUERENWUXIAO',
  'WEICHI',
  'BOHUIQINGQIU',
  'XIEYI',
  'PEICHANG',
  'TIAOJIE',
  'BOHUISHENQING',
] as const;
export const TERMINATION_CODES = ['ZHONGZHI', 'HEJIE_ZHONGZHI'] as const;

export const ADVICE_KINDS = [
  { code: 'opinion', label: '行政复议意见书' },
  { code: 'suggestion', label: '行政复议建议书' },
] as const;
export const ADVICE_KIND_CODES = codes(ADVICE_KINDS);

export const labelOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  list.find((e) => e.code === code)?.label ?? code ?? '';

const applicant = {
  applicantType: z.enum(APPLICANT_TYPE_CODES, { message: '请选择申请人类型' }),
  applicantName: required(100, '申请人姓名或名称'),
  applicantIdNumber: optionalText(30),
  applicantPhone: required(30, '联系电话'),
  applicantAddress: optionalText(200),
};

const act = {
  /** The organ whose act is challenged (被申请人), an org unit of the district. */
  respondentUnitId: z.uuid({ message: '请选择被申请人' }),
  actType: z.enum(ACT_TYPE_CODES, { message: '请选择行政行为类型' }),
  actDescription: required(500, '被申请复议的行政行为'),
  actDocumentNumber: optionalText(100),
  actOn: IsoDate.nullish().transform((v) => v ?? null),
  /** When the applicant knew (or should have known) of the act: the 60 days run from it (第二十条). */
  actKnownOn: IsoDate,
  actAmountYuan: optionalMoney('涉及金额'),
  actOnTheSpot: z.boolean().default(false),
  /** The disclosure request whose reply is challenged (table 四), when the act is one. */
  disclosureTrackingCode: optionalText(20),
  requestText: required(2000, '行政复议请求'),
  reasons: optionalText(5000),
};

/** The public's online application on the portal (行政复议法 第二十二条: 指定的互联网渠道). */
export const PortalApplicationBody = z.object({ ...applicant, ...act });
export type PortalApplicationInput = z.output<typeof PortalApplicationBody>;

/** Staff intake: any channel, with the day the application arrived (an oral one is recorded on the spot). */
export const RegisterCaseBody = z.object({
  ...applicant,
  ...act,
  channel: z.enum(CASE_CHANNEL_CODES, { message: '请选择申请方式' }),
  receivedOn: IsoDate,
  /** 口头申请: the record (笔录) made on the spot, read back to and confirmed by the applicant. */
  oralRecord: optionalText(5000),
});
export type RegisterCaseInput = z.output<typeof RegisterCaseBody>;

const on = IsoDate.optional();
const note = optionalText(2000);

export const CASE_TRANSITION_INPUTS = {
  request_correction: z.object({ on, items: required(2000, '需要补正的事项') }),
  receive_correction: z.object({ on, note }),
  lapse_correction: z.object({ on, note }),
  accept: z.object({
    on,
    procedureKind: z.enum(PROCEDURE_KIND_CODES, { message: '请选择审理程序' }),
    simplifiedGround: z.enum(SIMPLIFIED_GROUND_CODES, { message: '未知的简易程序适用情形' }).nullish(),
  }),
  deem_accepted: z.object({ on, note }),
  reject: z.object({
    on,
    reason: required(2000, '不予受理的理由'),
    competentOrgan: optionalText(200),
  }),
  withdraw: z.object({ on, note }),
  send_copy: z.object({ on, note }),
  receive_answer: z.object({ on, evidence: required(2000, '答复及证据材料') }),
  record_no_answer: z.object({ on, note }),
  hold_hearing: z.object({
    on,
    noticeOn: IsoDate,
    headAttended: z.boolean({ message: '请选择被申请人负责人是否参加听证' }),
    attendee: required(100, '被申请人参加听证的人员'),
    absenceReason: optionalText(500),
  }),
  consult_committee: z.object({ on, opinion: required(2000, '行政复议委员会咨询意见') }),
  refer_normative_document: z.object({
    on,
    document: required(200, '被附带审查的规范性文件'),
    note,
  }),
  suspend: z.object({
    on,
    ground: z.enum(SUSPENSION_GROUND_CODES, { message: '请选择中止的理由' }),
    note,
  }),
  resume: z.object({ on, note }),
  extend_decision: z.object({ on, reason: required(1000, '延期理由') }),
  decide: z.object({
    on,
    outcome: z.enum(DECISION_CODES, { message: '请选择复议决定类型' }),
    summary: required(2000, '决定要旨'),
    /** 撤销 + 重作: the period the respondent has to make a new act. */
    redoWithinDays: z.number().int().min(1).max(365).nullish(),
  }),
  terminate: z.object({
    on,
    outcome: z.enum(TERMINATION_CODES, { message: '请选择终止的情形' }),
    reason: required(1000, '终止的理由'),
  }),
  issue_advice: z.object({
    on,
    kind: z.enum(ADVICE_KIND_CODES, { message: '请选择意见书或建议书' }),
    addressee: required(200, '送达机关'),
    content: required(2000, '意见或建议内容'),
  }),
  receive_advice_report: z.object({ on, report: required(2000, '整改情况') }),
} as const;
export type CaseTransition = keyof typeof CASE_TRANSITION_INPUTS;

export const CaseIdParams = z.object({ id: z.uuid({ message: '案件编号格式不正确' }) });

export const CaseListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(CASE_STATUS_CODES, { message: '未知的状态' }).optional(),
  outcome: z.enum(OUTCOME_CODES, { message: '未知的审结结果' }).optional(),
  actType: z.enum(ACT_TYPE_CODES, { message: '未知的行为类型' }).optional(),
  receivedFrom: IsoDate.optional(),
  receivedTo: IsoDate.optional(),
});
export type CaseListQuery = z.output<typeof CaseListQuery>;

const Clock = z.object({
  key: z.string(),
  dueOn: IsoDate.nullable(),
  status: z.string(),
  urgency: z.string(),
});

/** A case as a row of the staff ledger (the applicant masked). */
export const CaseSummary = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    caseNumber: z.string(),
    lawText: z.enum(['2017', '2023']),
    channel: z.enum(CASE_CHANNEL_CODES),
    receivedOn: IsoDate,
    applicantName: z.string(),
    respondent: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
    actType: z.enum(ACT_TYPE_CODES),
    actDescription: z.string(),
    status: z.enum(CASE_STATUS_CODES),
    procedureKind: z.enum(PROCEDURE_KIND_CODES).nullable(),
    outcome: z.enum(OUTCOME_CODES).nullable(),
    concludedOn: IsoDate.nullable(),
    lateApplication: z.boolean(),
    /** The clock the case waits on now (review, correction, answer or decision). */
    clock: Clock.nullable(),
  })
  .meta({ id: 'ReconsiderationCaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CasePage = Page(CaseSummary);

export const CaseDetail = CaseSummary.extend({
  trackingCode: z.string(),
  applicantType: z.enum(APPLICANT_TYPE_CODES),
  applicantIdNumber: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  applicantAddress: z.string().nullable(),
  oralRecord: z.string().nullable(),
  actDocumentNumber: z.string().nullable(),
  actOn: IsoDate.nullable(),
  actKnownOn: IsoDate.nullable(),
  actAmountYuan: z.number().nullable(),
  actOnTheSpot: z.boolean(),
  disclosureLinked: z.boolean(),
  requestText: z.string(),
  reasons: z.string().nullable(),
  applicationLastDayOn: IsoDate.nullable(),
  correctionItems: z.string().nullable(),
  correctionDeadlineOn: IsoDate.nullable(),
  acceptedOn: IsoDate.nullable(),
  acceptanceDeemed: z.boolean(),
  simplifiedGround: z.enum(SIMPLIFIED_GROUND_CODES).nullable(),
  rejectionReason: z.string().nullable(),
  competentOrgan: z.string().nullable(),
  copySentOn: IsoDate.nullable(),
  answerReceivedOn: IsoDate.nullable(),
  answerEvidence: z.string().nullable(),
  noAnswer: z.boolean(),
  hearingOn: IsoDate.nullable(),
  hearingHeadAttended: z.boolean().nullable(),
  hearingAttendee: z.string().nullable(),
  committeeOpinion: z.string().nullable(),
  normativeDocument: z.string().nullable(),
  suspensionGround: z.enum(SUSPENSION_GROUND_CODES).nullable(),
  extendedOn: IsoDate.nullable(),
  decisionNumber: z.string().nullable(),
  decisionSummary: z.string().nullable(),
  redoWithinDays: z.number().int().nullable(),
  decidedOnTime: z.boolean().nullable(),
  adviceKind: z.enum(ADVICE_KIND_CODES).nullable(),
  adviceIssuedOn: IsoDate.nullable(),
  adviceAddressee: z.string().nullable(),
  adviceReportedOn: IsoDate.nullable(),
  imported: z.boolean(),
  correctiveTask: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  lawBasis: z.string(),
  actions: z.array(ActionOut),
  history: z.array(StepOut),
  clocks: z.array(ClockOut),
}).meta({ id: 'ReconsiderationCaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetail>;

export const PortalSubmissionResult = z.object({
  trackingCode: z.string(),
  caseNumber: z.string(),
  respondent: z.string(),
  receivedOn: IsoDate,
  reviewDueOn: IsoDate.nullable(),
});
export type PortalSubmissionResult = z.infer<typeof PortalSubmissionResult>;

/** What an applicant sees by tracking code: the procedural facts, nothing personal. */
export const PublicCaseStatus = z.object({
  trackingCode: z.string(),
  caseNumber: z.string(),
  respondent: z.string(),
  channel: z.enum(CASE_CHANNEL_CODES),
  status: z.enum(CASE_STATUS_CODES),
  receivedOn: IsoDate,
  acceptedOn: IsoDate.nullable(),
  correctionItems: z.string().nullable(),
  correctionDeadlineOn: IsoDate.nullable(),
  outcome: z.enum(OUTCOME_CODES).nullable(),
  concludedOn: IsoDate.nullable(),
  decisionNumber: z.string().nullable(),
  clock: Clock.nullable(),
});
export type PublicCaseStatus = z.infer<typeof PublicCaseStatus>;

/** A published decision (第七十九条): the applicant's name masked, no contact data. */
export const PublicDecision = z.object({
  id: z.uuid(),
  decisionNumber: z.string(),
  respondent: z.string(),
  applicantName: z.string(),
  actType: z.enum(ACT_TYPE_CODES),
  actDescription: z.string(),
  outcome: z.enum(OUTCOME_CODES),
  concludedOn: IsoDate,
  summary: z.string().nullable(),
});
export type PublicDecision = z.infer<typeof PublicDecision>;
export const PublicDecisionPage = Page(PublicDecision);
export const PublicDecisionQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const PortalRespondents = z.object({
  respondents: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string() })),
});
export type PortalRespondents = z.infer<typeof PortalRespondents>;
