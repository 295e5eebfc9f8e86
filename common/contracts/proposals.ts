import { z } from './zod-setup.js';
import { IsoDate, optionalText, required, text } from './fields.js';
import { codesOf } from './dictionary.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

/**
 * 人大代表建议 and 政协委员提案 (legal-rules §8; docs/decisions/0040-proposals.md): the dictionaries, the step
 * forms and what the API answers. The dictionaries' labels are zh-CN; `en` is the English screen's word.
 */

/** 人大代表建议 (代表法) or 政协委员提案 (提案工作条例). */
export const PROPOSAL_KINDS = [
  { code: 'npc', label: '人大代表建议', en: "NPC deputy's suggestion" },
  { code: 'cppcc', label: '政协委员提案', en: "CPPCC member's proposal" },
] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]['code'];
export const PROPOSAL_KIND_CODES = codesOf(PROPOSAL_KINDS);

/** Where the item stands. Handling (办理中) covers re-handling (再办理) after a 不满意, with its round number. */
export const PROPOSAL_STATES = [
  { code: 'registered', label: '待交办', en: 'To assign' },
  { code: 'handling', label: '办理中', en: 'Handling' },
  { code: 'returned', label: '已退回', en: 'Returned' },
  { code: 'answered', label: '已答复待评价', en: 'Answered, awaiting evaluation' },
  { code: 'closed', label: '已办结', en: 'Closed' },
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number]['code'];
export const PROPOSAL_STATE_CODES = codesOf(PROPOSAL_STATES);

/** 办理结果分类 (legal-rules §8, M: the classes vary by place; the labels are configurable per district). */
export const RESULT_CLASSES = [
  { code: 'A', label: '已解决或基本解决', en: 'Solved or largely solved' },
  { code: 'B', label: '正在解决或列入计划', en: 'Being solved or planned' },
  { code: 'C', label: '因条件限制以后解决', en: 'To be solved when conditions allow' },
  { code: 'D', label: '留作参考', en: 'Kept for reference' },
] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number]['code'];
export const RESULT_CLASS_CODES = codesOf(RESULT_CLASSES);

/** The feedback form's three answers (征询意见表). */
export const EVALUATIONS = [
  { code: 'satisfied', label: '满意', en: 'Satisfied' },
  { code: 'basically_satisfied', label: '基本满意', en: 'Basically satisfied' },
  { code: 'dissatisfied', label: '不满意', en: 'Dissatisfied' },
] as const;
export type Evaluation = (typeof EVALUATIONS)[number]['code'];
export const EVALUATION_CODES = codesOf(EVALUATIONS);

/** 办前面商 and 见面: how the handler contacted the deputy or member. */
export const CONTACT_KINDS = [
  { code: 'meeting', label: '当面见面', en: 'Meeting in person' },
  { code: 'phone', label: '电话沟通', en: 'Phone call' },
  { code: 'online', label: '网络沟通', en: 'Online' },
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number]['code'];
export const CONTACT_KIND_CODES = codesOf(CONTACT_KINDS);

/** 主办 + 协办, or 分别交办 (each unit answers its part; decision 0040 §3). */
export const ASSIGNMENT_ROLES = [
  { code: 'lead', label: '主办', en: 'Lead' },
  { code: 'co', label: '协办', en: 'Co-handling' },
  { code: 'separate', label: '分办', en: 'Separately assigned' },
] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number]['code'];

/** What a suggestion or proposal may start in another module (stored as a typed link; decision 0040 §7). */
export const LINK_TARGETS = [
  { code: 'decisions', label: '重大行政决策', en: 'Major decision' },
  { code: 'coordination', label: '年度工作计划任务', en: 'Work plan task' },
] as const;
export const LINK_TARGET_CODES = codesOf(LINK_TARGETS);

const kind = z.enum(PROPOSAL_KIND_CODES, { message: '类型应为人大代表建议或政协委员提案' });
const unitId = (what: string) => z.uuid({ message: `${what}格式不正确` });

/** Intake (登记): one item of the congress's or the CPPCC's list. */
export const RegisterProposalBody = z.object({
  kind,
  session: required(40, '届次'),
  meeting: required(40, '会次（闭会期间填“闭会期间”）'),
  number: required(40, '编号'),
  title: required(200, '标题'),
  leadAuthor: required(60, '领衔代表（提案人）'),
  coSigners: optionalText(400),
  category: optionalText(40),
  body: optionalText(20000),
  receivedOn: IsoDate,
});
export type RegisterProposalBody = z.infer<typeof RegisterProposalBody>;

/** 交办 / 重新交办: the lead unit and the co-handlers, or several units separately. */
export const AssignInput = z
  .object({
    on: IsoDate,
    mode: z.enum(['lead', 'separate'], { message: '交办方式应为主办协办或分别交办' }).default('lead'),
    leadUnitId: unitId('主办单位'),
    otherUnitIds: z.array(unitId('协办单位')).max(10, { message: '协办（分办）单位最多 10 个' }).default([]),
    difficult: z.boolean().default(false),
    difficultReason: optionalText(400),
  })
  .refine((v) => !v.difficult || v.difficultReason, {
    message: '涉及面广、处理难度大的，请填写理由',
    path: ['difficultReason'],
  })
  .refine((v) => !v.otherUnitIds.includes(v.leadUnitId), {
    message: '协办单位不能与主办单位相同',
    path: ['otherUnitIds'],
  });
export type AssignInput = z.infer<typeof AssignInput>;

export const ReturnInput = z.object({
  on: IsoDate,
  reason: required(400, '退回理由'),
});

export const DifficultInput = z.object({ reason: required(400, '涉及面广、处理难度大的理由') });

export const CoViewsInput = z.object({
  on: IsoDate,
  unitId: unitId('协办单位'),
  views: required(4000, '协办意见'),
});

export const ContactInput = z.object({
  on: IsoDate,
  kind: z.enum(CONTACT_KIND_CODES, { message: '沟通方式应为当面见面、电话或网络' }),
  who: required(200, '参加人员（承办单位人员和代表委员）'),
  note: optionalText(2000),
});

export const AnswerInput = z
  .object({
    on: IsoDate,
    documentNumber: required(60, '答复文号'),
    signer: required(40, '签发人'),
    resultClass: z.enum(RESULT_CLASS_CODES, { message: '办理结果分类应为 A、B、C 或 D' }),
    text: required(20000, '答复内容'),
    disclosed: z.boolean().default(true),
    withholdReason: optionalText(400),
  })
  .refine((v) => v.disclosed || v.withholdReason, {
    message: '不公开答复的，请填写不公开理由',
    path: ['withholdReason'],
  });
export type AnswerInput = z.infer<typeof AnswerInput>;

export const EvaluateInput = z.object({
  on: IsoDate,
  evaluation: z.enum(['satisfied', 'basically_satisfied'], { message: '评价应为满意或基本满意' }),
  note: optionalText(1000),
});

export const DissatisfiedInput = z.object({
  on: IsoDate,
  note: required(1000, '不满意的意见'),
});

export const FollowUpInput = z.object({
  on: IsoDate,
  note: required(1000, '落实情况'),
  done: z.boolean().default(false),
});

export const LinkBody = z
  .object({
    targetModule: z.enum(LINK_TARGET_CODES, { message: '关联类型应为重大行政决策或年度工作计划任务' }),
    targetId: optionalText(80),
    text: optionalText(200),
  })
  .refine((v) => v.targetId || v.text, { message: '请填写关联事项编号或说明', path: ['text'] });

export const ProposalListQuery = ListQuery.extend({
  kind: kind.optional(),
  state: z.enum(PROPOSAL_STATE_CODES, { message: '状态不正确' }).optional(),
  session: text(40).optional(),
  unitId: unitId('承办单位').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: text(60).optional(),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

const Unit = z.object({ id: z.string(), name: z.string() });

export const ProposalSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.enum(PROPOSAL_KIND_CODES),
  session: z.string(),
  meeting: z.string(),
  number: z.string(),
  title: z.string(),
  leadAuthor: z.string(),
  category: z.string().nullable(),
  state: z.enum(PROPOSAL_STATE_CODES),
  round: z.number().int(),
  leadUnit: Unit.nullable(),
  assignedOn: IsoDate.nullable(),
  answerDueOn: IsoDate.nullable(),
  answeredOn: IsoDate.nullable(),
  resultClass: z.string().nullable(),
  evaluation: z.string().nullable(),
  overdue: z.boolean(),
});
export type ProposalSummary = z.infer<typeof ProposalSummary>;
export const ProposalPage = Page(ProposalSummary);
export type ProposalPage = z.infer<typeof ProposalPage>;

export const ProposalDetail = ProposalSummary.extend({
  coSigners: z.string().nullable(),
  body: z.string().nullable(),
  receivedOn: IsoDate,
  difficult: z.boolean(),
  difficultReason: z.string().nullable(),
  followUpDone: z.boolean(),
  personalLink: z.string().nullable(),
  assignments: z.array(
    z.object({
      unit: Unit,
      role: z.string(),
      assignedOn: IsoDate,
      status: z.string(),
      returnReason: z.string().nullable(),
      viewsDueOn: IsoDate.nullable(),
      viewsOn: IsoDate.nullable(),
      views: z.string().nullable(),
    }),
  ),
  contacts: z.array(
    z.object({ on: IsoDate, kind: z.string(), who: z.string(), note: z.string().nullable() }),
  ),
  answers: z.array(
    z.object({
      round: z.number().int(),
      on: IsoDate,
      documentNumber: z.string(),
      signer: z.string(),
      resultClass: z.string(),
      text: z.string(),
      disclosed: z.boolean(),
      withholdReason: z.string().nullable(),
      evaluation: z.string().nullable(),
      evaluatedOn: IsoDate.nullable(),
      evaluationNote: z.string().nullable(),
    }),
  ),
  followUps: z.array(z.object({ on: IsoDate, note: z.string(), done: z.boolean() })),
  links: z.array(
    z.object({ targetModule: z.string(), targetId: z.string().nullable(), text: z.string().nullable() }),
  ),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
});
export type ProposalDetail = z.infer<typeof ProposalDetail>;

/** The leaders' view: per unit, the items, overdue, awaiting evaluation, and the league-table figures. */
export const ProposalUnitRow = z.object({
  unit: Unit,
  assigned: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  awaitingEvaluation: z.number().int(),
  met: z.number().int(),
  satisfied: z.number().int(),
  basicallySatisfied: z.number().int(),
  evaluated: z.number().int(),
  rehandled: z.number().int(),
});
export type ProposalUnitRow = z.infer<typeof ProposalUnitRow>;
export const ProposalOverview = z.object({
  year: z.number().int(),
  totals: z.object({
    npc: z.number().int(),
    cppcc: z.number().int(),
    overdue: z.number().int(),
    awaitingEvaluation: z.number().int(),
    rehandled: z.number().int(),
  }),
  units: z.array(ProposalUnitRow),
});
export type ProposalOverview = z.infer<typeof ProposalOverview>;
export const OverviewQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** What the deputy or member sees through the personal link: status, units, dates, the disclosed answers. */
export const PersonalStatus = z.object({
  kind: z.enum(PROPOSAL_KIND_CODES),
  session: z.string(),
  meeting: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(PROPOSAL_STATE_CODES),
  units: z.array(z.object({ name: z.string(), role: z.string() })),
  assignedOn: IsoDate.nullable(),
  answerDueOn: IsoDate.nullable(),
  contacts: z.array(z.object({ on: IsoDate, kind: z.string() })),
  answers: z.array(
    z.object({
      round: z.number().int(),
      on: IsoDate,
      documentNumber: z.string(),
      resultClass: z.string(),
      text: z.string(),
      evaluation: z.string().nullable(),
    }),
  ),
});
export type PersonalStatus = z.infer<typeof PersonalStatus>;
export const TokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { message: '查询链接不正确' }),
});

/** 办理复文公开: a published answer on the portal. */
export const PublicAnswer = z.object({
  id: z.string(),
  kind: z.enum(PROPOSAL_KIND_CODES),
  session: z.string(),
  meeting: z.string(),
  number: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  leadAuthor: z.string(),
  unit: z.string(),
  answeredOn: IsoDate,
  documentNumber: z.string(),
  resultClass: z.string(),
  text: z.string(),
});
export type PublicAnswer = z.infer<typeof PublicAnswer>;
export const PublicAnswerPage = Page(PublicAnswer);
export type PublicAnswerPage = z.infer<typeof PublicAnswerPage>;
export const PublicAnswerQuery = ListQuery.extend({
  kind: kind.optional(),
  session: text(40).optional(),
  unit: text(60).optional(),
  q: text(60).optional(),
});
export type PublicAnswerQuery = z.infer<typeof PublicAnswerQuery>;

/** The district's settings (defaults until the coordinator sets them; decision 0040 §4). */
export const ProposalSettings = z.object({
  returnWindowWorkingDays: z.number().int().min(1).max(30),
  coViewsMonths: z.number().int().min(1).max(3),
  /** Contact kinds that count for 见面率 (the seed's word is 见面: by default only a meeting in person). */
  meetingKinds: z.array(z.enum(CONTACT_KIND_CODES)).min(1, { message: '至少选择一种计入见面率的方式' }),
  requireMeetingBeforeAnswer: z.boolean(),
  requireCoViewsBeforeAnswer: z.boolean(),
  resultClassLabels: z.object({ A: text(40), B: text(40), C: text(40), D: text(40) }),
});
export type ProposalSettings = z.infer<typeof ProposalSettings>;
/** The settings as read: with the version an edit names in If-Match (0 before the first save; decision 0022). */
export const ProposalSettingsOut = ProposalSettings.extend({ version: z.number().int() });
export type ProposalSettingsOut = z.infer<typeof ProposalSettingsOut>;

export const IdParams = z.object({ id: z.uuid({ message: '建议提案编号格式不正确' }) });

export { dictLabel, dictOptions } from './dictionary.js';
