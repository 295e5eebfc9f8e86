import { z } from './zod-setup.js';
import { codesOf } from './dictionary.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

/**
 * 行政应诉 (defending administrative lawsuits, issue #14 part 3): legal-rules §6.4 and
 * docs/decisions/0043-litigation-and-corrections.md.
 */

/**
 * The judgment and ruling types as an outcome-code table (行政诉讼法 第六十九条至第七十八条): how table 四
 * classifies each, which corrective outcome it opens a task for, and whether the organ lost (败诉).
 */
export const JUDGMENT_TYPES = [
  {
    code: 'reject_claims',
    label: '判决驳回诉讼请求',
    en: 'Claims rejected',
    article: '第六十九条',
    kind: 'judgment',
    table4: 'upheld',
    corrects: null,
    lost: false,
  },
  {
    code: 'revoke',
    label: '判决撤销（部分撤销）',
    en: 'Act revoked',
    article: '第七十条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'revoke',
    lost: true,
  },
  {
    code: 'revoke_redo',
    label: '判决撤销并责令重新作出',
    en: 'Revoked, new act ordered',
    article: '第七十条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'revoke',
    lost: true,
  },
  {
    code: 'perform',
    label: '判决履行法定职责',
    en: 'Ordered to perform',
    article: '第七十二条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'order_performance',
    lost: true,
  },
  {
    code: 'pay',
    label: '判决给付',
    en: 'Ordered to pay',
    article: '第七十三条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'order_performance',
    lost: true,
  },
  {
    code: 'confirm_illegal',
    label: '判决确认违法',
    en: 'Confirmed unlawful',
    article: '第七十四条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'confirm_illegal',
    lost: true,
  },
  {
    code: 'confirm_invalid',
    label: '判决确认无效',
    en: 'Confirmed void',
    article: '第七十五条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'confirm_invalid',
    lost: true,
  },
  {
    code: 'change',
    label: '判决变更',
    en: 'Act changed',
    article: '第七十七条',
    kind: 'judgment',
    table4: 'corrected',
    corrects: 'change',
    lost: true,
  },
  {
    code: 'agreement_remedy',
    label: '行政协议判决（继续履行、补救、赔偿）',
    en: 'Administrative agreement remedy',
    article: '第七十八条',
    kind: 'judgment',
    table4: 'other',
    corrects: null,
    lost: true,
  },
  {
    code: 'dismiss_suit',
    label: '裁定驳回起诉',
    en: 'Suit dismissed (ruling)',
    article: '第五十一条',
    kind: 'ruling',
    table4: 'other',
    corrects: null,
    lost: false,
  },
  {
    code: 'withdrawn',
    label: '裁定准予撤诉',
    en: 'Withdrawal allowed (ruling)',
    article: '第六十二条',
    kind: 'ruling',
    table4: 'other',
    corrects: null,
    lost: false,
  },
  {
    code: 'mediated',
    label: '调解结案',
    en: 'Settled by mediation',
    article: '第六十条',
    kind: 'mediation',
    table4: 'other',
    corrects: null,
    lost: false,
  },
] as const;
export type JudgmentType = (typeof JUDGMENT_TYPES)[number]['code'];
export const JUDGMENT_TYPE_CODES = codesOf(JUDGMENT_TYPES);

export function judgmentTypeOf(code: string) {
  return JUDGMENT_TYPES.find((j) => j.code === code);
}

/** What the second instance did: upheld the first judgment (驳回上诉), changed it (改判), or the appeal was withdrawn. */
export const SECOND_INSTANCE_RESULTS = [
  { code: 'appeal_dismissed', label: '驳回上诉，维持原判', en: 'Appeal dismissed' },
  { code: 'amended', label: '改判', en: 'Judgment amended' },
  { code: 'appeal_withdrawn', label: '撤回上诉', en: 'Appeal withdrawn' },
] as const;
export const SECOND_INSTANCE_CODES = codesOf(SECOND_INSTANCE_RESULTS);

/** The act challenged: a disclosure reply is tagged for table 四; the others for the statistics. */
export const ACT_KINDS = [
  { code: 'disclosure', label: '政府信息公开答复', en: 'Disclosure reply' },
  { code: 'penalty', label: '行政处罚', en: 'Penalty' },
  { code: 'coercion', label: '行政强制', en: 'Coercion' },
  { code: 'licensing', label: '行政许可', en: 'Licensing' },
  { code: 'expropriation', label: '征收征用及补偿', en: 'Expropriation' },
  { code: 'inaction', label: '不履行法定职责', en: 'Failure to act' },
  { code: 'agreement', label: '行政协议', en: 'Administrative agreement' },
  { code: 'other', label: '其他行政行为', en: 'Other act' },
] as const;
export type ActKind = (typeof ACT_KINDS)[number]['code'];
export const ACT_KIND_CODES = codesOf(ACT_KINDS);

/** After 复议: what the 复议机关 decided, which fixes the defendants (行政诉讼法 第二十六条第二款). */
export const RECONSIDERATION_RESULTS = [
  { code: 'upheld', label: '复议维持', en: 'Upheld' },
  { code: 'changed', label: '复议改变', en: 'Changed' },
  { code: 'silent', label: '复议机关逾期未作决定', en: 'No decision in time' },
] as const;
export const RECONSIDERATION_RESULT_CODES = codesOf(RECONSIDERATION_RESULTS);

/** 负责人 (法释〔2018〕1号 第一百二十八条): the 正职, a 副职, or another leader in charge. */
export const HEAD_LEVELS = [
  { code: 'principal', label: '正职负责人', en: 'Principal head' },
  { code: 'deputy', label: '副职负责人', en: 'Deputy head' },
  { code: 'other_leader', label: '其他参与分管的负责人', en: 'Other leader in charge' },
] as const;
export const HEAD_LEVEL_CODES = codesOf(HEAD_LEVELS);

export const LAWSUIT_STATES = [
  { code: 'received', label: '待答辩', en: 'Awaiting answer' },
  { code: 'answered', label: '已答辩', en: 'Answered' },
  { code: 'heard', label: '已开庭', en: 'Heard' },
  { code: 'judged', label: '一审已裁判', en: 'First-instance decision' },
  { code: 'appealed', label: '二审中', en: 'On appeal' },
  { code: 'effective', label: '裁判已生效', en: 'Decision in effect' },
  { code: 'closed', label: '已结案', en: 'Closed' },
] as const;
export type LawsuitState = (typeof LAWSUIT_STATES)[number]['code'];
export const LAWSUIT_STATE_CODES = codesOf(LAWSUIT_STATES);

export const LAWSUIT_TRANSITIONS = [
  'answer',
  'record_hearing',
  'judge_first',
  'appeal',
  'take_effect',
  'judge_second',
  'close',
] as const;
export type LawsuitTransition = (typeof LAWSUIT_TRANSITIONS)[number];

/** 登记 (a complaint copy served on the organ). */
export const RegisterLawsuitBody = z.object({
  caseNumber: required(80, '法院案号'),
  court: required(100, '受理法院'),
  orgUnitId: z.uuid({ message: '请选择被诉单位' }),
  plaintiffName: required(100, '原告'),
  plaintiffKind: z.enum(['person', 'organisation'], { message: '原告类型应为自然人或法人、其他组织' }),
  cause: required(200, '案由'),
  actChallenged: required(500, '被诉行政行为'),
  actKind: z.enum(ACT_KIND_CODES, { message: '请选择被诉行为类型' }),
  /** A typed reference resolved by the owning module (a disclosure request, an enforcement case …). */
  actRef: optionalText(100),
  powerId: z.uuid({ message: '权责事项编号格式不正确' }).nullish(),
  filedOn: IsoDate,
  servedOn: IsoDate,
  afterReconsideration: z.boolean().default(false),
  reconsiderationNumber: optionalText(80),
  reconsiderationResult: z.enum(RECONSIDERATION_RESULT_CODES, { message: '请选择复议结果' }).nullish(),
  simplified: z.boolean().default(false),
});
export type RegisterLawsuitBody = z.input<typeof RegisterLawsuitBody>;

export const AnswerInput = z.object({
  answeredOn: IsoDate,
  evidence: required(5000, '证据材料'),
  basis: required(2000, '规范性文件依据'),
});
export const HearingInput = z.object({
  heldOn: IsoDate,
  instance: z.enum(['first', 'second'], { message: '审级应为一审或二审' }).default('first'),
  headAppeared: z.boolean(),
  headName: optionalText(50),
  headPosition: optionalText(100),
  headLevel: z.enum(HEAD_LEVEL_CODES, { message: '请选择负责人级别' }).nullish(),
  proofOfPosition: z.boolean().default(false),
  courtRequested: z.boolean().default(false),
  /** 委托的工作人员 when the head does not appear (行政诉讼法 第三条第三款). */
  staffName: optionalText(100),
});
export type HearingInput = z.output<typeof HearingInput>;
export const JudgmentInput = z.object({
  judgmentType: z.enum(JUDGMENT_TYPE_CODES, { message: '请选择裁判结果' }),
  judgedOn: IsoDate,
  servedOn: IsoDate,
  summary: optionalText(2000),
  /** 判决确定的履行（重作）期限, if any: the corrective task's due date. */
  performBy: IsoDate.nullish(),
});
export const AppealInput = z.object({
  appealedBy: z.enum(['plaintiff', 'defendant'], { message: '上诉人应为原告或被告' }),
  appealedOn: IsoDate,
  secondCaseNumber: required(80, '二审案号'),
  secondCourt: required(100, '二审法院'),
});
export const TakeEffectInput = z.object({ effectiveOn: IsoDate });
export const SecondJudgmentInput = z.object({
  result: z.enum(SECOND_INSTANCE_CODES, { message: '请选择二审结果' }),
  /** The amended judgment's type (改判). */
  judgmentType: z.enum(JUDGMENT_TYPE_CODES, { message: '请选择改判结果' }).nullish(),
  judgedOn: IsoDate,
  performBy: IsoDate.nullish(),
});
export const CloseInput = z.object({
  closedOn: IsoDate,
  /** 生效裁判的执行（履行）情况. */
  performance: optionalText(2000),
});

export const JudicialSuggestionBody = z.object({
  receivedOn: IsoDate,
  content: required(2000, '司法建议内容'),
});
export const SuggestionReplyBody = z.object({ repliedOn: IsoDate, reply: required(2000, '回复内容') });

export const LawsuitListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  state: z.enum(LAWSUIT_STATE_CODES, { message: '未知的状态' }).optional(),
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
});
export type LawsuitListQuery = z.output<typeof LawsuitListQuery>;

export const LawsuitIdParams = z.object({ id: z.uuid({ message: '案件编号格式不正确' }) });
export const SuggestionIdParams = z.object({
  id: z.uuid({ message: '案件编号格式不正确' }),
  suggestionId: z.uuid({ message: '司法建议编号格式不正确' }),
});

const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });

export const LawsuitSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  caseNumber: z.string(),
  court: z.string(),
  state: z.enum(LAWSUIT_STATE_CODES),
  orgUnit: OrgRef,
  plaintiff: z.string(),
  cause: z.string(),
  actKind: z.enum(ACT_KIND_CODES),
  afterReconsideration: z.boolean(),
  filedOn: IsoDate,
  answerDueOn: IsoDate.nullable(),
  judgmentType: z.enum(JUDGMENT_TYPE_CODES).nullable(),
  effectiveType: z.enum(JUDGMENT_TYPE_CODES).nullable(),
  lost: z.boolean().nullable(),
  headAppeared: z.boolean(),
});
export type LawsuitSummary = z.infer<typeof LawsuitSummary>;
export const LawsuitPage = Page(LawsuitSummary);
export type LawsuitPage = z.infer<typeof LawsuitPage>;

export const HearingOut = z.object({
  id: z.string(),
  heldOn: IsoDate,
  instance: z.enum(['first', 'second']),
  headAppeared: z.boolean(),
  headName: z.string().nullable(),
  headPosition: z.string().nullable(),
  headLevel: z.enum(HEAD_LEVEL_CODES).nullable(),
  proofOfPosition: z.boolean(),
  courtRequested: z.boolean(),
  staffName: z.string().nullable(),
});
export const SuggestionOut = z.object({
  id: z.string(),
  receivedOn: IsoDate,
  content: z.string(),
  repliedOn: IsoDate.nullable(),
  reply: z.string().nullable(),
});

export const LawsuitDetail = LawsuitSummary.extend({
  plaintiffKind: z.enum(['person', 'organisation']),
  actChallenged: z.string(),
  actRef: z.string().nullable(),
  defendants: z.array(z.string()),
  reconsiderationNumber: z.string().nullable(),
  reconsiderationResult: z.enum(RECONSIDERATION_RESULT_CODES).nullable(),
  simplified: z.boolean(),
  servedOn: IsoDate,
  answeredOn: IsoDate.nullable(),
  answerEvidence: z.string().nullable(),
  answerBasis: z.string().nullable(),
  judgedOn: IsoDate.nullable(),
  judgmentServedOn: IsoDate.nullable(),
  judgmentSummary: z.string().nullable(),
  appealedBy: z.string().nullable(),
  appealedOn: IsoDate.nullable(),
  secondCaseNumber: z.string().nullable(),
  secondCourt: z.string().nullable(),
  secondResult: z.string().nullable(),
  secondJudgedOn: IsoDate.nullable(),
  effectiveOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  performance: z.string().nullable(),
  correctiveTask: z.object({ id: z.string(), number: z.string() }).nullable(),
  hearings: z.array(HearingOut),
  suggestions: z.array(SuggestionOut),
  clocks: z.array(ClockOut),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
});
export type LawsuitDetail = z.infer<typeof LawsuitDetail>;
