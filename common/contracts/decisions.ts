import { z } from './zod-setup.js';
import { IsoDate, optionalText, required, text } from './fields.js';
import { codesOf } from './dictionary.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

/**
 * 重大行政决策 (legal-rules §3, 重大行政决策程序暂行条例 2019; docs/decisions/0047-major-decisions.md): the
 * dictionaries, the step forms and what the API answers. Labels are zh-CN; `en` is the English screen's word.
 */

/** Where a decision stands in the 条例's procedure. */
export const DECISION_STATES = [
  { code: 'drafting', label: '起草中', en: 'Drafting' },
  { code: 'commenting', label: '公开征求意见中', en: 'Open for comment' },
  { code: 'consulted', label: '意见处理中', en: 'Handling comments' },
  { code: 'reviewing', label: '合法性审查', en: 'Legality review' },
  { code: 'decided', label: '已集体讨论决定', en: 'Decided' },
  { code: 'published', label: '已公布执行', en: 'Published, in force' },
  { code: 'suspended', label: '已中止执行', en: 'Suspended' },
  { code: 'abandoned', label: '已终止', en: 'Abandoned' },
] as const;
export type DecisionState = (typeof DECISION_STATES)[number]['code'];
export const DECISION_STATE_CODES = codesOf(DECISION_STATES);

/** 决策启动: who proposed it (条例 第十条). */
export const LAUNCH_SOURCES = [
  { code: 'leader', label: '决策机关领导人员提出', en: 'A leader' },
  { code: 'department', label: '政府工作部门、下级政府提出', en: 'A department' },
  { code: 'npc', label: '人大代表建议', en: "NPC deputy's suggestion" },
  { code: 'cppcc', label: '政协委员提案', en: "CPPCC member's proposal" },
  { code: 'public', label: '公民、法人或者其他组织提出', en: 'Citizens or organisations' },
] as const;
export const LAUNCH_SOURCE_CODES = codesOf(LAUNCH_SOURCES);

/** 决策事项 categories (条例 第三条第一款 (一)–(五)). */
export const DECISION_CATEGORIES = [
  { code: 'policy', label: '重大公共政策和措施', en: 'Major public policy' },
  { code: 'plan', label: '重要规划', en: 'Important plan' },
  { code: 'resources', label: '重要自然和文化资源', en: 'Natural and cultural resources' },
  { code: 'project', label: '重大公共建设项目', en: 'Major public project' },
  { code: 'other', label: '其他重大事项', en: 'Other major matter' },
] as const;
export const DECISION_CATEGORY_CODES = codesOf(DECISION_CATEGORIES);

/** 采纳反馈: what became of a public comment. */
export const DISPOSITIONS = [
  { code: 'adopted', label: '采纳', en: 'Adopted' },
  { code: 'partly_adopted', label: '部分采纳', en: 'Partly adopted' },
  { code: 'not_adopted', label: '不采纳', en: 'Not adopted' },
] as const;
export type Disposition = (typeof DISPOSITIONS)[number]['code'];
export const DISPOSITION_CODES = codesOf(DISPOSITIONS);

/** The review office's reading of the adviser's opinion (条例 第二十八条). */
export const REVIEW_CONCLUSIONS = [
  { code: 'lawful', label: '合法', en: 'Lawful' },
  { code: 'amend', label: '修改后再审', en: 'Amend and resubmit' },
  { code: 'unlawful', label: '不合法', en: 'Unlawful' },
] as const;
export const REVIEW_CONCLUSION_CODES = codesOf(REVIEW_CONCLUSIONS);

/** The catalogue's own state (条例 第三条第三款: approved by the 同级党委, then published). */
export const CATALOGUE_STATES = [
  { code: 'draft', label: '编制中', en: 'Drafting' },
  { code: 'approved', label: '已报党委同意', en: 'Approved' },
  { code: 'published', label: '已公布', en: 'Published' },
] as const;
export const CATALOGUE_STATE_CODES = codesOf(CATALOGUE_STATES);

/** The record's materials, each a step of its own (hearing, expert argument, risk assessment…). */
export const MATERIAL_KINDS = [
  { code: 'hearing', label: '听证会', en: 'Hearing' },
  { code: 'expert', label: '专家论证', en: 'Expert argument' },
  { code: 'risk', label: '风险评估', en: 'Risk assessment' },
  { code: 'execution', label: '执行情况报告', en: 'Execution report' },
  { code: 'evaluation', label: '决策后评估', en: 'Post-evaluation' },
] as const;

const unitId = (what: string) => z.uuid({ message: `${what}格式不正确` });
const uuid = (what: string) => z.uuid({ message: `${what}格式不正确` });

/** A law the decision rests on (the law register wires to it by title; decision 0047 §6). */
export const LawCited = z.object({ title: required(120, '法律法规名称'), article: optionalText(60) });
export type LawCited = z.infer<typeof LawCited>;

export const ClauseInput = z.object({
  number: required(20, '条款序号'),
  text: required(4000, '条款内容'),
});

/** 决策启动: opened from a catalogue item, or outside the catalogue. */
export const LaunchBody = z
  .object({
    title: required(120, '决策事项名称'),
    category: z.enum(DECISION_CATEGORY_CODES, { message: '请选择决策事项类别' }),
    unitId: unitId('承办单位'),
    catalogueItemId: uuid('目录事项').nullish(),
    source: z.enum(LAUNCH_SOURCE_CODES, { message: '请选择决策来源' }),
    /** The proposals module's item id, when the source is an NPC suggestion or a CPPCC proposal. */
    sourceProposalId: uuid('建议提案').nullish(),
    sourceText: optionalText(400),
    launchedOn: IsoDate,
    technical: z.boolean().default(false),
    riskRelevant: z.boolean().default(false),
  })
  .refine((v) => v.source === 'leader' || v.source === 'department' || v.sourceProposalId || v.sourceText, {
    message: '请填写决策来源（建议提案编号或说明）',
    path: ['sourceText'],
  });
export type LaunchBody = z.infer<typeof LaunchBody>;

/** 起草: options, laws reviewed, cost-benefit, the draft's clauses and its explanation (第十二–十三条). */
export const DraftInput = z.object({
  on: IsoDate,
  explanation: required(4000, '起草说明'),
  options: optionalText(2000),
  costBenefit: optionalText(2000),
  laws: z.array(LawCited).max(40, { message: '法律依据最多 40 条' }).default([]),
  clauses: z.array(ClauseInput).min(1, { message: '请至少填写一条草案条款' }).max(200),
});
export type DraftInput = z.infer<typeof DraftInput>;

/** 向社会公开征求意见 (第十五条): ≥ 30 days, a shorter period explained in the notice. */
export const OpenCommentInput = z
  .object({
    on: IsoDate,
    closesOn: IsoDate,
    shorterReason: optionalText(400),
  })
  .refine((v) => v.closesOn >= v.on, { message: '截止日期不能早于公开日期', path: ['closesOn'] });
export type OpenCommentInput = z.infer<typeof OpenCommentInput>;

export const OnInput = z.object({ on: IsoDate });

export const DisposeInput = z
  .object({
    commentId: uuid('意见'),
    disposition: z.enum(DISPOSITION_CODES, { message: '请选择采纳情况' }),
    reason: required(1000, '理由'),
    /** The clauses the comment changed, with their new text (linked clause changes). */
    changes: z.array(z.object({ clauseId: uuid('条款'), text: required(4000, '修改后条款') })).default([]),
  })
  .refine((v) => v.disposition === 'not_adopted' || v.changes.length > 0, {
    message: '采纳或部分采纳的意见，请填写由此修改的条款',
    path: ['changes'],
  })
  .refine((v) => v.disposition !== 'not_adopted' || v.changes.length === 0, {
    message: '不采纳的意见不应修改条款',
    path: ['changes'],
  });
export type DisposeInput = z.infer<typeof DisposeInput>;

/** 听证会 (第十六–十七条): materials ≥ 7 days before, the record signed by the participants. */
export const HearingInput = z.object({
  on: IsoDate,
  materialsSentOn: IsoDate,
  place: required(120, '听证地点'),
  participants: required(1000, '听证参加人'),
  summary: required(4000, '听证笔录摘要'),
  recordSigned: z.literal(true, { message: '听证笔录须经参加人确认签字' }),
});

/** 专家论证 (第十九–二十一条): signed written opinions, dissenting experts named. */
export const ExpertInput = z.object({
  on: IsoDate,
  form: required(40, '论证方式'),
  experts: z
    .array(
      z.object({
        name: required(40, '专家姓名'),
        field: required(60, '专业领域'),
        opinion: required(2000, '论证意见'),
        dissent: z.boolean().default(false),
      }),
    )
    .min(1, { message: '请至少登记一位专家的书面意见' }),
  signed: z.literal(true, { message: '专家书面意见须签字' }),
});

/** 风险评估 (第二十二–二十四条): risk points, measures, plan, and who assessed. */
export const RiskInput = z.object({
  on: IsoDate,
  assessor: required(120, '评估单位'),
  riskPoints: required(2000, '风险点'),
  measures: required(2000, '防范措施'),
  plan: required(2000, '处置预案'),
  level: z.enum(['low', 'medium', 'high'], { message: '请选择风险等级' }),
});

/** 送请合法性审查 (第二十六条): the draft, the legal bases, the procedures performed. */
export const SubmitReviewInput = z.object({
  on: IsoDate,
  proceduresNote: required(2000, '履行决策程序情况说明'),
});

/** The review office assigns the review to advisers (legal-affairs, decision 0041 §4). */
export const AssignReviewInput = z.object({
  adviserIds: z.array(uuid('法律顾问')).min(1, { message: '请选择承办合法性审查的法律顾问' }).max(5),
});

export const RecordReviewInput = z
  .object({
    on: IsoDate,
    conclusion: z.enum(REVIEW_CONCLUSION_CODES, { message: '请选择审查结论' }),
    opinionNumber: required(60, '法律意见书编号'),
    note: optionalText(2000),
  })
  .refine((v) => v.conclusion === 'lawful' || v.note, {
    message: '请写明不合法或须修改之处',
    path: ['note'],
  });

/** 集体讨论决定 (第三十条): minutes, the head speaks last, dissent by name, reasons if departing. */
export const DecideInput = z
  .object({
    on: IsoDate,
    meeting: required(80, '会议名称'),
    minutes: required(8000, '会议纪要'),
    headSpokeLast: z.literal(true, { message: '行政首长应当最后发表意见（第三十条）' }),
    majorityView: z.enum(['approve', 'reject', 'divided'], { message: '请选择多数意见' }),
    outcome: z.enum(['approved', 'approved_amended'], {
      message: '请选择决定结果（不予通过的，请终止决策并写明理由）',
    }),
    dissent: z
      .array(z.object({ name: required(40, '持不同意见者'), view: required(1000, '不同意见') }))
      .default([]),
    departureReason: optionalText(2000),
  })
  .refine((v) => v.majorityView !== 'reject' || v.departureReason, {
    message: '决定与多数人意见不一致的，应当在会上说明理由',
    path: ['departureReason'],
  });
export type DecideInput = z.infer<typeof DecideInput>;

export const ReportPartyInput = z.object({ on: IsoDate, reference: required(80, '请示报告文号') });

export const PublishInput = z.object({
  on: IsoDate,
  documentNumber: required(60, '文号'),
  channels: required(200, '公布渠道'),
  interpretation: optionalText(4000),
});

export const ExecutionInput = z.object({
  on: IsoDate,
  executingUnit: required(120, '执行单位'),
  report: required(4000, '执行情况'),
});

/** 决策后评估 (第三十六条): not by the unit that did the main pre-decision assessment. */
export const EvaluationInput = z.object({
  on: IsoDate,
  evaluator: required(120, '评估单位'),
  trigger: z.enum(['missed_effect', 'complaints', 'necessary'], { message: '请选择评估缘由' }),
  findings: required(4000, '评估结论'),
});

export const ReasonInput = z.object({ on: IsoDate, reason: required(1000, '理由') });

export const DecisionListQuery = ListQuery.extend({
  state: z.enum(DECISION_STATE_CODES, { message: '状态不正确' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: text(60).optional(),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuery>;

const Unit = z.object({ id: z.string(), name: z.string() });

export const DecisionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  number: z.string(),
  title: z.string(),
  category: z.string(),
  state: z.enum(DECISION_STATE_CODES),
  unit: Unit,
  launchedOn: IsoDate,
  commentClosesOn: IsoDate.nullable(),
  decidedOn: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  comments: z.number().int(),
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;
export const DecisionPage = Page(DecisionSummary);
export type DecisionPage = z.infer<typeof DecisionPage>;

export const ClauseOut = z.object({
  id: z.string(),
  number: z.string(),
  text: z.string(),
  originalText: z.string(),
});
export const CommentOut = z.object({
  id: z.string(),
  clauseId: z.string().nullable(),
  clauseNumber: z.string().nullable(),
  author: z.string(),
  text: z.string(),
  submittedOn: IsoDate,
  disposition: z.string().nullable(),
  reason: z.string().nullable(),
  changedClauses: z.array(z.string()),
  disposedOn: IsoDate.nullable(),
});
export type CommentOut = z.infer<typeof CommentOut>;

export const MaterialOut = z.object({
  id: z.string(),
  kind: z.string(),
  on: IsoDate,
  data: z.record(z.string(), z.unknown()),
});

export const ChecklistItem = z.object({
  key: z.string(),
  label: z.string(),
  done: z.boolean(),
  required: z.boolean(),
});

export const DecisionDetail = DecisionSummary.extend({
  source: z.string(),
  sourceProposalId: z.string().nullable(),
  sourceText: z.string().nullable(),
  catalogueItemId: z.string().nullable(),
  technical: z.boolean(),
  riskRelevant: z.boolean(),
  explanation: z.string().nullable(),
  options: z.string().nullable(),
  costBenefit: z.string().nullable(),
  laws: z.array(z.object({ title: z.string(), article: z.string().nullable() })),
  commentOpensOn: IsoDate.nullable(),
  shorterReason: z.string().nullable(),
  reviewRound: z.number().int(),
  review: z
    .object({
      matterId: z.string(),
      matterNumber: z.string(),
      state: z.string(),
      opinions: z.array(
        z.object({ opinionNumber: z.string(), issuedOn: z.string(), signer: z.string(), title: z.string() }),
      ),
    })
    .nullable(),
  reviewConclusion: z.string().nullable(),
  reviewOpinionNumber: z.string().nullable(),
  meeting: z.record(z.string(), z.unknown()).nullable(),
  partyReportedOn: IsoDate.nullable(),
  documentNumber: z.string().nullable(),
  statusReason: z.string().nullable(),
  clauses: z.array(ClauseOut),
  comments: z.array(CommentOut),
  commentCount: z.number().int(),
  materials: z.array(MaterialOut),
  checklist: z.array(ChecklistItem),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
});
export type DecisionDetail = z.infer<typeof DecisionDetail>;

/** The catalogue (目录) of one year and its items. */
export const CatalogueItemOut = z.object({
  id: z.string(),
  version: z.number().int(),
  number: z.string(),
  title: z.string(),
  category: z.string(),
  unit: Unit,
  plannedOn: z.string(),
  status: z.enum(['listed', 'withdrawn']),
  adjustReason: z.string().nullable(),
  decisionId: z.string().nullable(),
  decisionState: z.string().nullable(),
});
export type CatalogueItemOut = z.infer<typeof CatalogueItemOut>;
export const CatalogueOut = z.object({
  year: z.number().int(),
  state: z.enum(CATALOGUE_STATE_CODES),
  version: z.number().int(),
  approvedOn: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  items: z.array(CatalogueItemOut),
});
export type CatalogueOut = z.infer<typeof CatalogueOut>;
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const CatalogueItemBody = z.object({
  year: z.number().int().min(2000).max(2100),
  title: required(120, '决策事项名称'),
  category: z.enum(DECISION_CATEGORY_CODES, { message: '请选择决策事项类别' }),
  unitId: unitId('承办单位'),
  plannedOn: required(20, '计划完成时间'),
});
export const AdjustItemBody = z.object({
  title: required(120, '决策事项名称'),
  plannedOn: required(20, '计划完成时间'),
  withdrawn: z.boolean().default(false),
  reason: required(1000, '调整理由'),
});
export const CatalogueStepBody = z.object({ year: z.number().int().min(2000).max(2100), on: IsoDate });

/** The public's view: the catalogue, the drafts open for comment, the published decisions with feedback. */
export const PublicDecision = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  unit: z.string(),
  state: z.string(),
  commentOpensOn: IsoDate.nullable(),
  commentClosesOn: IsoDate.nullable(),
  daysLeft: z.number().int().nullable(),
  publishedOn: IsoDate.nullable(),
  documentNumber: z.string().nullable(),
});
export const PublicDecisionList = z.object({ items: z.array(PublicDecision) });
export const PublicDecisionDetail = PublicDecision.extend({
  explanation: z.string().nullable(),
  shorterReason: z.string().nullable(),
  open: z.boolean(),
  clauses: z.array(ClauseOut),
  interpretation: z.string().nullable(),
  /** The feedback report (采纳情况): every comment, the author masked, with its disposition. */
  feedback: z.array(CommentOut).nullable(),
});
export type PublicDecisionDetail = z.infer<typeof PublicDecisionDetail>;
export const PublicCommentBody = z.object({
  clauseId: uuid('条款').nullish(),
  name: required(40, '姓名或名称'),
  contact: optionalText(60),
  text: required(2000, '意见内容'),
});
export const CommentReceipt = z.object({ code: z.string(), submittedOn: IsoDate });
export const CommentStatus = z.object({
  decisionTitle: z.string(),
  decisionId: z.string(),
  clauseNumber: z.string().nullable(),
  text: z.string(),
  submittedOn: IsoDate,
  disposition: z.string().nullable(),
  reason: z.string().nullable(),
  changedClauses: z.array(z.string()),
});
export const CodeParams = z.object({
  code: z.string().regex(/^[A-Z0-9]{10}$/, { message: '查询码格式不正确' }),
});

export const IdParams = z.object({ id: z.uuid({ message: '决策编号格式不正确' }) });
export const ItemParams = z.object({ itemId: z.uuid({ message: '目录事项编号格式不正确' }) });

export { dictLabel, dictOptions } from './dictionary.js';
