/**
 * The law of 学法、普法 and 第一责任人 as data (legal-rules §10, §13, §0, §14; docs/decisions/0050-legal-education.md):
 * the duty-list templates by the day they took effect (law by date), the 普法 plans' periods, the 述法 review
 * clock on the working-day calendar, and how a 普法 duty is drafted from a law a unit enforces.
 */
import type { IsoDate } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { defineClock } from '../../platform/clocks/index.js';

export interface DutyTemplate {
  key: string;
  /** First year-end this template governs (a 述法 for year Y takes the template in force on Y-12-31). */
  from: IsoDate;
  basis: string;
  items: readonly { code: string; title: string }[];
}

// 党政主要负责人履行推进法治建设第一责任人职责规定 (中办、国办 2016-12), Arts 3–6 (legal-rules §10.2, H): the duties
// as the district's list words them before the provincial list; the wording is our summary (decision 0050 §5).
const RULES_2016 = '《党政主要负责人履行推进法治建设第一责任人职责规定》（中办、国办，2016年12月）';
// 辽宁省党政主要负责人履行推进法治建设第一责任人职责清单 (辽法委发〔2023〕2号; legal-rules §10.2, H for the list's
// existence, its items are our reading, configurable): the district list modelled on it.
const LIAONING_2023 = '《辽宁省党政主要负责人履行推进法治建设第一责任人职责清单》（辽法委发〔2023〕2号）';

export const DUTY_TEMPLATES: readonly DutyTemplate[] = [
  {
    // 规定 第三条至第六条: 重要组织者、推动者和实践者; 同部署同推进同督促同考核同奖惩.
    key: 'rules_2016',
    from: '2016-12-14',
    basis: RULES_2016,
    items: [
      {
        code: 'D1',
        title:
          '把法治建设纳入发展总体规划和年度工作计划，与经济社会发展同部署、同推进、同督促、同考核、同奖惩',
      },
      { code: 'D2', title: '定期听取法治建设工作汇报，及时研究解决法治建设重大问题' },
      { code: 'D3', title: '严格依法决策，落实重大行政决策法定程序' },
      { code: 'D4', title: '带头尊法学法守法用法，组织领导干部学法' },
      {
        code: 'D5',
        title: '推动严格规范公正文明执法，支持法院依法受理和审理行政案件，落实行政机关负责人出庭应诉',
      },
      { code: 'D6', title: '自觉接受人大监督、民主监督、群众监督和舆论监督' },
      { code: 'D7', title: '落实谁执法谁普法普法责任制，深入开展法治宣传教育' },
      { code: 'D8', title: '把法治素养和依法履职情况纳入干部考核评价，年终述职述法' },
    ],
  },
  {
    // 辽法委发〔2023〕2号: the provincial list; the district's list for 2023 on is modelled on it.
    key: 'liaoning_2023',
    from: '2023-01-01',
    basis: LIAONING_2023,
    items: [
      { code: 'L1', title: '深入学习贯彻习近平法治思想，把党的领导贯彻到法治建设全过程' },
      { code: 'L2', title: '主持研究法治建设重大问题，每年听取法治建设工作汇报不少于一次' },
      { code: 'L3', title: '把法治建设纳入发展规划、年度计划和绩效考核' },
      { code: 'L4', title: '严格执行重大行政决策程序，落实合法性审查和法律顾问制度' },
      { code: 'L5', title: '推进严格规范公正文明执法，落实行政执法三项制度' },
      { code: 'L6', title: '支持人大、政协、监察、司法监督，落实行政机关负责人出庭应诉' },
      { code: 'L7', title: '带头学法用法，落实领导干部学法制度和会前学法' },
      { code: 'L8', title: '落实普法责任制，推进法治社会建设' },
      { code: 'L9', title: '年终述法，接受评议，结果运用于考核' },
    ],
  },
];

/** The template in force for a year's 述法 (law by date: the one in force on the year's last day). */
export function dutyTemplateFor(year: number): DutyTemplate {
  const end = `${year}-12-31`;
  const rule = DUTY_TEMPLATES.filter((t) => t.from <= end).at(-1);
  if (!rule) throw new Error(`No 第一责任人 duty template for ${year}`);
  return rule;
}

/**
 * 述法 is written about a finished (or finishing) year: a report may be submitted from 1 December of its year
 * (the 年终述职 season; decision 0050 §6, configurable here), never before.
 */
export const REPORT_OPENS = { month: 12, day: 1 } as const;
export const reportOpensOn = (year: number): IsoDate =>
  `${year}-${String(REPORT_OPENS.month).padStart(2, '0')}-${String(REPORT_OPENS.day).padStart(2, '0')}`;

/**
 * The 依法治区办's review of a submitted 述法: 15 working days (a reading of local 述法 plans, which set the
 * review within the year-end assessment; legal-rules §10.2 M; §0.10 working days; configurable here).
 */
export const REVIEW_CLOCK = defineClock({
  key: 'legal_education.report_review',
  label: tx('述法报告审核期限', 'Review of the report on the law'),
  length: { amount: 15, unit: 'working_days' },
  basis: '本区年终述法工作方案（审核期限，可配置）',
  startPhrase: tx('主要负责人提交述法报告', 'the report was submitted'),
});

/** The five-year 普法 plans (全国普法规划): 七五 2016–2020, 八五 2021–2025 (their years are the plans' own). */
export const PLAN_PERIODS = [
  { code: 'qiwu', name: '“七五”普法规划（2016—2020年）', fromYear: 2016, toYear: 2020 },
  { code: 'bawu', name: '“八五”普法规划（2021—2025年）', fromYear: 2021, toYear: 2025 },
] as const;

/** The plan in force on a day (an activity counts toward it), if any. */
export function planCodeOn(day: IsoDate): string | null {
  const year = Number(day.slice(0, 4));
  return PLAN_PERIODS.find((p) => p.fromYear <= year && year <= p.toYear)?.code ?? null;
}

/** The laws a power's legal basis cites: every 《…》 title (a basis citing none names no law). */
export function lawsCited(basis: string | null): string[] {
  if (!basis) return [];
  return [...new Set([...basis.matchAll(/《([^》]{2,80})》/g)].map((m) => m[1]!.trim()))];
}

/**
 * 谁执法谁普法 (中办、国办《关于实行国家机关“谁执法谁普法”普法责任制的意见》, 2017): a unit popularises the laws
 * it enforces, to the people it regulates and serves, and does so while enforcing (以案释法).
 */
export function dutyFor(law: string, unitName: string): { duty: string; audience: string } {
  return {
    duty: `在执法、管理和服务中宣传《${law}》，结合典型案例以案释法，在宪法宣传周等节点开展专题宣传`,
    audience: `${unitName}的管理和服务对象`,
  };
}

/** A generated duty's stable code: the unit's code and the law (re-generation keeps it). */
export function dutyCode(unitCode: string, law: string): string {
  let h = 0;
  for (const ch of law) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `${unitCode}-L${h.toString(36).toUpperCase()}`;
}
