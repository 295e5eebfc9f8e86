import { addCalendarDays, type WorkCalendar } from '../../../common/calendar/index.js';
import { MEDIATION_CATEGORIES } from '../../../common/contracts/mediation.js';
import { tx } from '../../../common/text/localized.js';
import { defineClock } from '../../platform/clocks/index.js';

/**
 * The law of people's mediation as data (legal-rules §9): the codes the ledgers use, the committee rules, the
 * judicial confirmation window and the early-warning rules. One place; the services and metrics read it.
 */

/** 纠纷来源 (人民调解法 第十七、十八条; legal-rules §9.2). */
export const CASE_SOURCES = {
  application: '当事人申请',
  initiative: '主动调解',
  court_referral: '法院委托移送',
  police_referral: '公安委托移送',
  petition_referral: '信访转办',
} as const;
export type CaseSource = keyof typeof CASE_SOURCES;

/** 纠纷类型: the 辽宁省司法厅 statistical categories as the ledger keeps them (legal-rules §9.2, M/L). */
export const CASE_CATEGORIES = Object.fromEntries(
  Object.entries(MEDIATION_CATEGORIES).map(([code, label]) => [code, label.zh]),
) as { [K in keyof typeof MEDIATION_CATEGORIES]: (typeof MEDIATION_CATEGORIES)[K]['zh'] };
export type CaseCategory = keyof typeof CASE_CATEGORIES;

/** 调解结果 (第二十六条: a failed mediation ends with the parties told of the other routes). */
export const CASE_RESULTS = { success: '调解成功', failure: '调解不成功', ended: '终止调解' } as const;
export type CaseResult = keyof typeof CASE_RESULTS;

/** 协议形式 (第二十八条). */
export const AGREEMENT_FORMS = { written: '书面协议', oral: '口头协议' } as const;

/** 说事 matters (Liaoning practice, legal-rules §9.3). */
export const LOG_KINDS = {
  appeal: '诉求反映',
  dispute: '矛盾纠纷',
  consultation: '法律咨询',
  suggestion: '意见建议',
} as const;
export type LogKind = keyof typeof LOG_KINDS;

/** How a 说事 matter was handled. `committee` hands it to the people's mediation committee (a case). */
export const LOG_HANDLINGS = {
  answered: '当场答复',
  mediated: '现场调解',
  committee: '转人民调解委员会',
  street: '上报街道',
  department: '转相关部门',
} as const;
export type LogHandling = keyof typeof LOG_HANDLINGS;

/** Committee levels (第八、三十四条). */
export const COMMITTEE_LEVELS = {
  village: '村调委会',
  community: '社区调委会',
  street: '街道调委会',
  sector: '行业性专业性调委会',
} as const;

/** 第八条: 3–9 members including a woman; 第九条: 3-year terms. Reminder lead time is our choice (0045 §2). */
export const COMMITTEE_RULES = { minMembers: 3, maxMembers: 9, termYears: 3, remindDaysBefore: 60 } as const;

/** 第三十三条: both parties apply for judicial confirmation within 30 (calendar) days of the agreement taking effect. */
export const JUDICIAL_CONFIRMATION = { days: 30, unit: 'calendar_days' } as const;

/**
 * 第三十三条 as a kernel clock: 30 calendar days from the day the agreement takes effect (start day not
 * counted, a last day on a holiday rolls to the next working day). The application is the parties' right,
 * not a duty of the committee: an unused window closes on its last day (`lapses`) instead of going overdue.
 */
export const judicialConfirmationClock = defineClock({
  key: 'mediation.judicial_confirmation',
  label: tx('司法确认申请期限', 'Period to apply for judicial confirmation'),
  length: { amount: JUDICIAL_CONFIRMATION.days, unit: JUDICIAL_CONFIRMATION.unit },
  basis: '《人民调解法》第三十三条',
  startPhrase: tx('调解协议生效', 'the agreement taking effect'),
  lapses: true,
});
export const MEDIATION_CLOCKS = [judicialConfirmationClock] as const;

/** 诉调对接: the direction of a transfer between the court and the mediation centre (seed 一(三)二). */
export const COURT_TRANSFERS = { from_court: '法院委派（诉前）', to_court: '移送法院' } as const;

/** 民主法治示范村（社区）: the level of the title (司法部、民政部 命名; the province, city and district alike). */
export const DEMO_VILLAGE_LEVELS = {
  national: '全国民主法治示范村（社区）',
  provincial: '省级民主法治示范村（社区）',
  city: '市级民主法治示范村（社区）',
  district: '区级民主法治示范村（社区）',
} as const;
export type DemoVillageLevel = keyof typeof DEMO_VILLAGE_LEVELS;

/**
 * Early warning (第二十五条, risk of escalation): the conditions that raise a warning to the street and the
 * justice bureau. Thresholds are our reading, configurable here (0045 §3).
 */
export const WARNING_RULES = {
  /** A mediator marked the dispute at risk. */
  atRisk: { label: '调解员标记有激化风险' },
  /** The same party in this many cases within the window. */
  repeated: { label: '同一当事人反复纠纷', cases: 2, withinDays: 365 },
  /** A dispute involving at least this many people (群体性纠纷). */
  manyPeople: { label: '涉及人数众多', people: 5 },
} as const;
export type WarningReason = keyof typeof WARNING_RULES;

/** The problems of a committee's composition and term, in zh-CN naming the field (empty = lawful). */
export function committeeProblems(c: {
  members: { gender?: string }[];
  termStartOn: string;
  termEndOn: string;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const n = c.members.length;
  if (n < COMMITTEE_RULES.minMembers || n > COMMITTEE_RULES.maxMembers)
    problems.push({ field: 'members', message: `委员会由三至九人组成（人民调解法第八条），现为${n}人` });
  if (!c.members.some((m) => m.gender === 'female'))
    problems.push({ field: 'members', message: '委员会中应当有妇女成员（人民调解法第八条）' });
  if (c.termEndOn > addYears(c.termStartOn, COMMITTEE_RULES.termYears))
    problems.push({ field: 'termEndOn', message: '委员每届任期三年（人民调解法第九条）' });
  if (c.termEndOn <= c.termStartOn)
    problems.push({ field: 'termEndOn', message: '任期届满日应晚于任期开始日' });
  return problems;
}

/** True when the committee's term ends within the reminder lead time of `today` (and has not ended yet). */
export function termEndsSoon(termEndOn: string, today: string): boolean {
  return termEndOn >= today && termEndOn <= addDays(today, COMMITTEE_RULES.remindDaysBefore);
}

/**
 * The last day to apply for judicial confirmation of an agreement effective on `effectiveOn` (第三十三条): 30
 * days, the start day not counted, a last day on a holiday moved to the next working day (民事诉讼法 第八十五条).
 */
export function confirmationDueOn(cal: WorkCalendar, effectiveOn: string): string {
  return addCalendarDays(cal, effectiveOn, JUDICIAL_CONFIRMATION.days);
}

/** Why a case raises an early warning; `sameParty` = the case count of its parties within the window. */
export function warningReasons(c: {
  atRisk: boolean;
  peopleInvolved: number;
  sameParty: number;
}): WarningReason[] {
  const reasons: WarningReason[] = [];
  if (c.atRisk) reasons.push('atRisk');
  if (c.sameParty >= WARNING_RULES.repeated.cases) reasons.push('repeated');
  if (c.peopleInvolved >= WARNING_RULES.manyPeople.people) reasons.push('manyPeople');
  return reasons;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function addYears(day: string, n: number): string {
  return `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;
}
