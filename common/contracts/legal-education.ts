import { codesOf } from './dictionary.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';
import { z } from './zod-setup.js';

/**
 * 学法、普法、第一责任人 (issue #17; docs/decisions/0050-legal-education.md): the dictionaries, the forms and what
 * the API answers. Labels are zh-CN; `en` is the English screen's word.
 */

/** 领导干部学法 forms named by the seed 一(一)三: 常务会议会前学法, 法治讲座, 报告会; and 学法考试. */
export const SESSION_KINDS = [
  { code: 'standing_meeting', label: '常务会议会前学法', en: 'Study before the executive meeting' },
  { code: 'lecture', label: '法治讲座', en: 'Law lecture' },
  { code: 'report', label: '法治报告会', en: 'Law report meeting' },
  { code: 'exam', label: '学法考试', en: 'Law exam' },
] as const;
export const SESSION_KIND_CODES = codesOf(SESSION_KINDS);

export const ACTIVITY_THEMES = [
  { code: 'constitution_week', label: '宪法宣传周', en: 'Constitution Week' },
  { code: 'civil_code', label: '民法典宣传', en: 'Civil Code' },
  { code: 'national_security', label: '国家安全教育', en: 'National security' },
  { code: 'anti_fraud', label: '防范电信诈骗', en: 'Anti-fraud' },
  { code: 'other', label: '其他主题普法', en: 'Other' },
] as const;
export const ACTIVITY_THEME_CODES = codesOf(ACTIVITY_THEMES);

export const ACTIVITY_VENUES = [
  { code: 'village', label: '进农村', en: 'Villages' },
  { code: 'community', label: '进社区', en: 'Communities' },
  { code: 'school', label: '进学校', en: 'Schools' },
  { code: 'enterprise', label: '进企业', en: 'Enterprises' },
  { code: 'agency', label: '进机关', en: 'Government offices' },
  { code: 'public_place', label: '公共场所', en: 'Public places' },
] as const;
export const ACTIVITY_VENUE_CODES = codesOf(ACTIVITY_VENUES);

export const REPORT_STATES = [
  { code: 'draft', label: '待提交', en: 'Draft' },
  { code: 'submitted', label: '已提交待审核', en: 'Submitted' },
  { code: 'reviewed', label: '已审核待评议', en: 'Reviewed' },
  { code: 'evaluated', label: '已评议', en: 'Evaluated' },
] as const;
export const REPORT_STATE_CODES = codesOf(REPORT_STATES);

/** 述法评议等次 (local practice, configurable labels: decision 0050 §6). */
export const GRADES = [
  { code: 'excellent', label: '好', en: 'Excellent' },
  { code: 'good', label: '较好', en: 'Good' },
  { code: 'fair', label: '一般', en: 'Fair' },
  { code: 'poor', label: '差', en: 'Poor' },
] as const;
export const GRADE_CODES = codesOf(GRADES);

export const ACCEPTANCE_STAGES = [
  { code: 'midterm', label: '中期评估', en: 'Mid-term review' },
  { code: 'final', label: '总结验收', en: 'Final acceptance' },
] as const;
export const ACCEPTANCE_STAGE_CODES = codesOf(ACCEPTANCE_STAGES);

export const ACCEPTANCE_RESULTS = [
  { code: 'open', label: '进行中', en: 'Open' },
  { code: 'passed', label: '通过验收', en: 'Passed' },
  { code: 'failed', label: '未通过', en: 'Not passed' },
] as const;

export const DUTY_SOURCES = [
  { code: 'generated', label: '由权责清单生成', en: 'From the power list' },
  { code: 'manual', label: '手工填报', en: 'Entered by hand' },
] as const;

export const IdParams = z.object({ id: z.uuid({ message: '编号格式不正确' }) });
/** A year (default: this year, so a bare GET answers for the year in progress). */
export const YearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000, { message: '年度不正确' })
    .max(2100, { message: '年度不正确' })
    .default(() => new Date().getFullYear()),
});
const unitId = (what: string) => z.uuid({ message: `请选择${what}` });
const year = z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' });

// ── Leaders ────────────────────────────────────────────────────────────
export const LeaderBody = z.object({
  code: required(40, '人员编号'),
  name: required(40, '姓名'),
  post: required(80, '职务'),
  orgUnitId: unitId('所在单位'),
  principal: z.boolean().default(false),
});
export const LeaderOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  post: z.string(),
  unit: z.string(),
  orgUnitId: z.string(),
  principal: z.boolean(),
  version: z.number(),
});
export const LeaderList = z.object({ items: z.array(LeaderOut) });

// ── Study sessions ─────────────────────────────────────────────────────
export const AttendanceIn = z.object({
  leaderId: unitId('参学领导'),
  present: z.boolean(),
  score: z
    .number()
    .int()
    .min(0, { message: '考试成绩应在 0–100 之间' })
    .max(100, { message: '考试成绩应在 0–100 之间' })
    .nullish(),
});
export const SessionBody = z.object({
  code: required(40, '学法活动编号'),
  kind: z.enum(SESSION_KIND_CODES, { message: '请选择学法形式' }),
  heldOn: IsoDate,
  topic: required(200, '学法主题'),
  speaker: optionalText(80),
  hours: z
    .number({ message: '请填写学时' })
    .positive({ message: '学时应大于 0' })
    .max(24, { message: '学时不能超过 24' }),
  attendance: z.array(AttendanceIn).max(500).default([]),
});
export type SessionBody = z.infer<typeof SessionBody>;
export const SessionListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(SESSION_KIND_CODES).optional(),
});
export const SessionOut = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  speaker: z.string().nullable(),
  hours: z.number(),
  unit: z.string(),
  present: z.number(),
  invited: z.number(),
  version: z.number(),
});
export const SessionPage = Page(SessionOut);
export const SessionDetail = SessionOut.extend({
  attendance: z.array(
    z.object({
      leaderId: z.string(),
      name: z.string(),
      post: z.string(),
      present: z.boolean(),
      score: z.number().nullable(),
    }),
  ),
});
export const LeaderRecord = z.object({
  leader: LeaderOut,
  year: z.number(),
  sessions: z.number(),
  attended: z.number(),
  hours: z.number(),
  exams: z.array(
    z.object({ code: z.string(), heldOn: z.string(), topic: z.string(), score: z.number().nullable() }),
  ),
  rows: z.array(
    z.object({
      code: z.string(),
      kind: z.string(),
      heldOn: z.string(),
      topic: z.string(),
      hours: z.number(),
      present: z.boolean(),
      score: z.number().nullable(),
    }),
  ),
});
export const LeaderRecordsOut = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      leaderId: z.string(),
      name: z.string(),
      post: z.string(),
      unit: z.string(),
      sessions: z.number(),
      attended: z.number(),
      hours: z.number(),
      averageScore: z.number().nullable(),
    }),
  ),
});

// ── 普法: plans, acceptance, duties, activities, trainings ─────────────
export const PlanOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  fromYear: z.number(),
  toYear: z.number(),
  tasks: z.array(z.object({ code: z.string(), title: z.string() })),
  acceptances: z.array(
    z.object({
      id: z.string(),
      stage: z.string(),
      result: z.string(),
      acceptedOn: z.string().nullable(),
      items: z.array(
        z.object({ code: z.string(), title: z.string(), met: z.boolean(), note: z.string().nullable() }),
      ),
      version: z.number(),
    }),
  ),
});
export const PlanList = z.object({ items: z.array(PlanOut) });
export const AcceptanceBody = z.object({
  items: z
    .array(z.object({ code: required(40, '验收项目编号'), met: z.boolean(), note: optionalText(400) }))
    .min(1, { message: '请逐项填写验收清单' }),
  result: z.enum(['open', 'passed', 'failed'], { message: '验收结论应为进行中、通过或未通过' }),
  acceptedOn: IsoDate.nullish(),
});

export const DutyOut = z.object({
  id: z.string(),
  code: z.string(),
  unit: z.string(),
  orgUnitId: z.string(),
  law: z.string(),
  duty: z.string(),
  audience: z.string(),
  source: z.string(),
  powers: z.number(),
});
export const DutyListQuery = ListQuery.extend({ orgUnitId: z.uuid().optional() });
export const DutyPage = Page(DutyOut);
export const GenerateDutiesBody = z.object({ orgUnitId: unitId('单位') });
export const GenerateDutiesOut = z.object({ created: z.number(), kept: z.number(), items: z.array(DutyOut) });

export const ActivityBody = z.object({
  code: required(40, '活动编号'),
  heldOn: IsoDate,
  theme: z.enum(ACTIVITY_THEME_CODES, { message: '请选择活动主题' }),
  venue: z.enum(ACTIVITY_VENUE_CODES, { message: '请选择活动场所' }),
  title: required(200, '活动名称'),
  audience: z
    .number({ message: '请填写受众人数' })
    .int({ message: '受众人数应为整数' })
    .min(0, { message: '受众人数不能为负' })
    .max(1_000_000, { message: '受众人数过大' }),
  orgUnitId: unitId('主办单位'),
  photos: z.array(required(200, '照片')).max(20, { message: '照片最多 20 张' }).default([]),
});
export const ActivityListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  theme: z.enum(ACTIVITY_THEME_CODES).optional(),
});
export const ActivityOut = z.object({
  id: z.string(),
  code: z.string(),
  heldOn: z.string(),
  theme: z.string(),
  venue: z.string(),
  title: z.string(),
  audience: z.number(),
  unit: z.string(),
  photos: z.array(z.string()),
  version: z.number(),
});
export const ActivityPage = Page(ActivityOut);
export const ActivityChart = z.object({
  year: z.number(),
  byMonth: z.array(z.object({ month: z.number(), activities: z.number(), audience: z.number() })),
  byUnit: z.array(z.object({ unit: z.string(), activities: z.number(), audience: z.number() })),
  trained: z.array(z.object({ unit: z.string(), trained: z.number() })),
});

// ── 第一责任人 and 述法 ────────────────────────────────────────────────
export const ReportCreateBody = z.object({ leaderId: unitId('主要负责人'), year });
export const SubmitInput = z.object({
  on: IsoDate,
  body: required(20_000, '述法报告正文'),
  duties: z.array(z.object({ code: required(40, '职责编号'), done: optionalText(1000) })).default([]),
});
export const ReviewInput = z.object({ on: IsoDate, note: optionalText(1000) });
export const ReturnInput = z.object({ on: IsoDate, reason: required(1000, '退回理由') });
export const EvaluateInput = z.object({
  on: IsoDate,
  grade: z.enum(GRADE_CODES, { message: '请选择评议等次' }),
  note: optionalText(1000),
});
export const ReportOut = z.object({
  id: z.string(),
  leaderId: z.string(),
  leader: z.string(),
  post: z.string(),
  unit: z.string(),
  year: z.number(),
  status: z.string(),
  submittedOn: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  grade: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  version: z.number(),
});
export const ReportList = z.object({ items: z.array(ReportOut) });
export const ReportDetail = ReportOut.extend({
  body: z.string().nullable(),
  reviewNote: z.string().nullable(),
  duties: z.array(z.object({ code: z.string(), title: z.string(), done: z.string().nullable() })),
  steps: z.array(StepOut),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
});
