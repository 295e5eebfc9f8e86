import { z } from './zod-setup.js';
import { codesOf } from './dictionary.js';
import { IsoDate, optionalText, required, text } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, StepOut } from './procedure.js';

/**
 * 法治建设委员会 and its office (依法治区办), the annual 工作要点 and its 督办 (issue #17, coordination part;
 * docs/decisions/0049-coordination.md).
 */

/** The nine task areas of the 法治政府建设实施纲要 (2021—2025年), sections 二–十 (legal-rules §13.1). */
export const PLAN_AREAS = [
  { code: 'functions', label: '政府机构职能体系', en: 'Government functions' },
  { code: 'rules', label: '依法行政制度体系', en: 'Rules and normative documents' },
  { code: 'decisions', label: '行政决策制度体系', en: 'Administrative decision-making' },
  { code: 'enforcement', label: '行政执法工作体系', en: 'Administrative enforcement' },
  { code: 'emergencies', label: '突发事件应对体系', en: 'Emergency response' },
  { code: 'disputes', label: '矛盾纠纷预防调处化解体系', en: 'Dispute prevention and resolution' },
  { code: 'oversight', label: '行政权力制约和监督体系', en: 'Checks and oversight' },
  { code: 'digital', label: '数字法治政府', en: 'Digital rule-of-law government' },
  { code: 'leadership', label: '党的领导和推进机制', en: 'Party leadership and mechanisms' },
] as const;
export type PlanArea = (typeof PLAN_AREAS)[number]['code'];
export const PLAN_AREA_CODES = codesOf(PLAN_AREAS);

/** 待办理 → 待验收 → 已办结; a returned report puts the task back to 待办理 with the reason. */
export const TASK_STATES = [
  { code: 'open', label: '办理中', en: 'In progress' },
  { code: 'reported', label: '待验收', en: 'Awaiting acceptance' },
  { code: 'done', label: '已办结', en: 'Completed' },
] as const;
export type TaskState = (typeof TASK_STATES)[number]['code'];
export const TASK_STATE_CODES = codesOf(TASK_STATES);

/** 督办 ladder: each step only after the one before it (rules.ts ESCALATION_LADDER). */
export const ESCALATION_LEVELS = [
  { code: 'none', label: '未督办', en: 'Not escalated' },
  { code: 'reminded', label: '已提醒', en: 'Reminded' },
  { code: 'noticed', label: '已发督办通知', en: 'Supervision notice issued' },
  { code: 'interviewed', label: '已约谈', en: 'Interviewed' },
  { code: 'referred', label: '已提请委员会', en: 'Referred to the committee' },
] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number]['code'];
export const ESCALATION_CODES = codesOf(ESCALATION_LEVELS);

/** Where a task came from. */
export const TASK_SOURCES = [
  { code: 'plan', label: '年度工作要点', en: 'Annual work plan' },
  { code: 'meeting', label: '委员会会议决定', en: 'Committee decision' },
] as const;
export const TASK_SOURCE_CODES = codesOf(TASK_SOURCES);

/** 委员会全体会议 or 委员会办公室会议. */
export const MEETING_KINDS = [
  { code: 'committee', label: '委员会会议', en: 'Committee meeting' },
  { code: 'office', label: '委员会办公室会议', en: 'Office meeting' },
] as const;
export const MEETING_KIND_CODES = codesOf(MEETING_KINDS);

/** Posts on the committee. */
export const MEMBER_POSTS = [
  { code: 'director', label: '主任', en: 'Director' },
  { code: 'deputy', label: '副主任', en: 'Deputy director' },
  { code: 'member', label: '委员', en: 'Member' },
  { code: 'office_head', label: '办公室主任', en: 'Head of the office' },
] as const;
export const MEMBER_POST_CODES = codesOf(MEMBER_POSTS);

/** Modules whose records a unit may cite as evidence (a typed link: module key + id + label). */
export const EVIDENCE_MODULES = [
  { code: 'legal-affairs', label: '法律事务', en: 'Legal affairs' },
  { code: 'enforcement', label: '行政执法', en: 'Enforcement' },
  { code: 'disclosure', label: '政务公开', en: 'Disclosure' },
  { code: 'powers', label: '权责清单', en: 'Powers' },
  { code: 'reconsideration', label: '行政复议', en: 'Reconsideration' },
  { code: 'litigation', label: '行政应诉', en: 'Litigation' },
  { code: 'mediation', label: '矛盾调解', en: 'Mediation' },
  { code: 'proposals', label: '建议提案', en: 'Proposals' },
  { code: 'other', label: '其他材料', en: 'Other material' },
] as const;
export const EVIDENCE_MODULE_CODES = codesOf(EVIDENCE_MODULES);

export const TASK_TRANSITIONS = [
  'progress',
  'submit',
  'accept',
  'return',
  'remind',
  'notice',
  'interview',
  'refer',
] as const;
export type TaskTransition = (typeof TASK_TRANSITIONS)[number];

export const EvidenceLink = z.object({
  module: z.enum(EVIDENCE_MODULE_CODES, { message: '未知的关联模块' }),
  id: optionalText(80),
  label: required(200, '关联材料名称'),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** 进展报告 / 完成报告: what was done, on which day, and the records that show it. */
export const ReportInput = z.object({
  text: required(5000, '进展情况'),
  reportedOn: IsoDate,
  links: z.array(EvidenceLink).max(20, { message: '关联材料最多20项' }).default([]),
});
export const AcceptInput = z.object({ note: optionalText(1000) });
export const ReturnInput = z.object({ reason: required(1000, '退回理由') });
export const RemindInput = z.object({ note: optionalText(1000) });
export const NoticeInput = z.object({
  documentNumber: required(60, '督办通知文号'),
  replyBy: IsoDate.optional(),
  note: optionalText(1000),
});
export const InterviewInput = z.object({
  interviewedOn: IsoDate,
  interviewee: required(100, '被约谈人'),
  record: required(5000, '约谈记录'),
});
export const ReferInput = z.object({ note: optionalText(1000) });

export const TaskListQuery = ListQuery.extend({
  state: z.enum(TASK_STATE_CODES, { message: '未知的状态' }).optional(),
  unitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
  escalation: z.enum(ESCALATION_CODES, { message: '未知的督办状态' }).optional(),
  /** `attention`: overdue or stalled tasks only. */
  attention: z
    .enum(['true', 'false'], { message: '筛选应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
});
export type TaskListQuery = z.output<typeof TaskListQuery>;

export const IdParams = z.object({ id: z.uuid({ message: '编号格式不正确' }) });
export const YearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
});

const Unit = z.object({ id: z.string(), name: z.string() });

export const TaskSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  code: z.string(),
  title: z.string(),
  year: z.number().int(),
  source: z.enum(TASK_SOURCE_CODES),
  area: z.enum(PLAN_AREA_CODES).nullable(),
  indicatorCodes: z.array(z.string()),
  unit: Unit,
  coUnits: z.array(Unit),
  dueOn: IsoDate,
  state: z.enum(TASK_STATE_CODES),
  escalation: z.enum(ESCALATION_CODES),
  overdue: z.boolean(),
  stalled: z.boolean(),
  lastActivityOn: IsoDate,
  doneOn: IsoDate.nullable(),
});
export type TaskSummary = z.infer<typeof TaskSummary>;
export const TaskPage = Page(TaskSummary);
export type TaskPage = z.infer<typeof TaskPage>;

export const ReportOut = z.object({
  id: z.string(),
  kind: z.enum(['progress', 'completion']),
  reportedOn: IsoDate,
  text: z.string(),
  unitName: z.string(),
  links: z.array(
    z.object({ module: z.enum(EVIDENCE_MODULE_CODES), id: z.string().nullable(), label: z.string() }),
  ),
});
export const LinkedProposal = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.string(),
  title: z.string(),
});

export const TaskDetail = TaskSummary.extend({
  body: z.string().nullable(),
  planTitle: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: IsoDate }).nullable(),
  milestones: z.array(z.object({ on: IsoDate, text: z.string() })),
  returnReason: z.string().nullable(),
  remindedOn: IsoDate.nullable(),
  noticedOn: IsoDate.nullable(),
  noticeNumber: z.string().nullable(),
  interviewedOn: IsoDate.nullable(),
  interviewRecord: z.string().nullable(),
  referredOn: IsoDate.nullable(),
  referredMeeting: z.object({ id: z.string(), title: z.string(), heldOn: IsoDate }).nullable(),
  reports: z.array(ReportOut),
  proposals: z.array(LinkedProposal),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
});
export type TaskDetail = z.infer<typeof TaskDetail>;

export const Milestone = z.object({ on: IsoDate, text: required(200, '节点内容') });

/** A task entered by hand (the plans come by import; a meeting's decisions through the meeting). */
export const CreateTaskBody = z.object({
  code: required(40, '任务编号'),
  year: z.number().int().min(2000).max(2100, { message: '年份不正确' }),
  title: required(500, '任务名称'),
  body: optionalText(5000),
  area: z.enum(PLAN_AREA_CODES, { message: '未知的纲要领域' }).nullable().default(null),
  indicatorCodes: z.array(text(40)).max(20).default([]),
  unitId: z.uuid({ message: '请选择牵头单位' }),
  coUnitIds: z
    .array(z.uuid({ message: '配合单位格式不正确' }))
    .max(30)
    .default([]),
  dueOn: IsoDate,
  milestones: z.array(Milestone).max(12).default([]),
});
export type CreateTaskBody = z.output<typeof CreateTaskBody>;

export const Decision = z.object({
  text: required(500, '会议决定事项'),
  unitId: z.uuid({ message: '请选择责任单位' }),
  dueOn: IsoDate,
});

export const CreateMeetingBody = z.object({
  kind: z.enum(MEETING_KIND_CODES, { message: '未知的会议类型' }),
  number: required(40, '会议编号'),
  title: required(200, '会议名称'),
  heldOn: IsoDate,
  agenda: required(5000, '会议议程'),
  attendees: z.array(text(60)).min(1, { message: '请填写出席人员' }).max(80),
  absent: z.array(text(60)).max(80).default([]),
  minutes: required(10000, '会议纪要'),
  decisions: z.array(Decision).max(30).default([]),
  /** Tasks referred to the committee (督办 step 4) that this meeting heard: the minutes record them. */
  referredTaskIds: z
    .array(z.uuid({ message: '任务编号格式不正确' }))
    .max(50)
    .default([]),
});
export type CreateMeetingBody = z.output<typeof CreateMeetingBody>;

export const MeetingSummary = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KIND_CODES),
  number: z.string(),
  title: z.string(),
  heldOn: IsoDate,
  attendeeCount: z.number().int(),
  decisionCount: z.number().int(),
});
export const MeetingList = z.object({ items: z.array(MeetingSummary) });

export const MeetingDetail = MeetingSummary.extend({
  agenda: z.string(),
  attendees: z.array(z.string()),
  absent: z.array(z.string()),
  minutes: z.string(),
  decisions: z.array(TaskSummary),
  referred: z.array(TaskSummary),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const MemberOut = z.object({
  id: z.string(),
  name: z.string(),
  post: z.enum(MEMBER_POST_CODES),
  position: z.string(),
  unit: Unit,
});
export const MemberList = z.object({ items: z.array(MemberOut) });
export const CreateMemberBody = z.object({
  name: required(60, '姓名'),
  post: z.enum(MEMBER_POST_CODES, { message: '未知的委员会职务' }),
  position: required(100, '本职职务'),
  unitId: z.uuid({ message: '请选择所在单位' }),
});

export const PlanOut = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  tasks: z.number().int(),
  done: z.number().int(),
});
export const PlanList = z.object({ items: z.array(PlanOut) });

/** The league table (红黑榜): units by on-time completion of the tasks due in the year. */
export const LeagueRow = z.object({
  unit: Unit,
  tasks: z.number().int(),
  due: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  escalated: z.number().int(),
  rate: z.number().nullable(),
});
export const LeagueTable = z.object({ year: z.number().int(), rows: z.array(LeagueRow) });
export type LeagueTable = z.infer<typeof LeagueTable>;
