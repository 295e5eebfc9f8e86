/**
 * The law of 建议提案办理 as data, in one place (legal-rules §8, §0; docs/decisions/0040-proposals.md): the
 * answer periods by kind and by the text in force on the day of assignment, the district's configurable
 * windows, and what the figures count.
 */
import { computeDue, type IsoDate, type WorkCalendar } from '../../../common/calendar/index.js';
import type { ProposalKind, ProposalSettings } from '../../../common/contracts/proposals.js';
import { RESULT_CLASSES } from '../../../common/contracts/proposals.js';
import { tx } from '../../../common/text/localized.js';
import { type ClockDef, defineClock } from '../../platform/clocks/index.js';

/** One statutory answer period: which items, from which day it is the law, how long, and where it is written. */
export interface AnswerPeriodRule {
  key: string;
  kind: ProposalKind;
  /** First day of assignment this text governs (inclusive); the next rule's `from` ends it. */
  from: IsoDate;
  months: number;
  difficultMonths: number;
  basis: string;
}

const NPC_2015 = '《全国人民代表大会和地方各级人民代表大会代表法》（2015年修正）第四十二条';
const NPC_2025 = '《全国人民代表大会和地方各级人民代表大会代表法》（2025年修正）第五十一条';
const CPPCC = '《中国人民政治协商会议全国委员会提案工作条例》（2018年修订）及地方提案办理办法';

export const ANSWER_PERIOD_RULES: readonly AnswerPeriodRule[] = [
  // 代表法 (2015) 第四十二条: 交办之日起三个月内答复；涉及面广、处理难度大的，六个月内.
  { key: 'npc_2015', kind: 'npc', from: '2015-08-29', months: 3, difficultMonths: 6, basis: NPC_2015 },
  // 代表法 (2025-03-11 修正) 第五十一条: the same periods, renumbered.
  { key: 'npc_2025', kind: 'npc', from: '2025-03-11', months: 3, difficultMonths: 6, basis: NPC_2025 },
  // 提案工作条例 (2018): 一般三个月内答复，最迟不超过六个月 (legal-rules §8, M: the national text not read).
  { key: 'cppcc_2018', kind: 'cppcc', from: '2000-01-01', months: 3, difficultMonths: 6, basis: CPPCC },
];

/** The rule in force on the day of assignment for this kind (law by date). */
export function answerRuleOn(kind: ProposalKind, assignedOn: IsoDate): AnswerPeriodRule {
  const candidates = ANSWER_PERIOD_RULES.filter((r) => r.kind === kind && r.from <= assignedOn);
  const rule = candidates.at(-1);
  if (!rule) throw new Error(`No answer period for ${kind} on ${assignedOn}`);
  return rule;
}

const ASSIGNED = tx('交办', 'assignment');

function answerClock(rule: AnswerPeriodRule, difficult: boolean): ClockDef {
  const label = difficult
    ? tx('答复期限（涉及面广、处理难度大）', 'Answer period (broad or difficult)')
    : tx('答复期限', 'Answer period');
  return defineClock({
    key: `proposals.answer_${rule.key}${difficult ? '_difficult' : ''}`,
    label,
    length: { amount: difficult ? rule.difficultMonths : rule.months, unit: 'months' },
    basis: rule.basis,
    startPhrase: ASSIGNED,
  });
}

/** Every answer clock, normal and difficult, of every text. */
export const ANSWER_CLOCKS: readonly ClockDef[] = ANSWER_PERIOD_RULES.flatMap((r) => [
  answerClock(r, false),
  answerClock(r, true),
]);
export const NORMAL_ANSWER_CLOCKS = ANSWER_CLOCKS.filter((c) => !c.key.endsWith('_difficult'));
export const DIFFICULT_ANSWER_CLOCKS = ANSWER_CLOCKS.filter((c) => c.key.endsWith('_difficult'));

/** The answer clock for an item assigned on a day, marked difficult or not. */
export function answerClockFor(kind: ProposalKind, assignedOn: IsoDate, difficult: boolean): ClockDef {
  const rule = answerRuleOn(kind, assignedOn);
  const key = `proposals.answer_${rule.key}${difficult ? '_difficult' : ''}`;
  return ANSWER_CLOCKS.find((c) => c.key === key)!;
}

/** 再办理 after 不满意: one month, a reading of local practice (legal-rules §8 has no national period; decision 0040 §2). */
export const REHANDLE_CLOCK = defineClock({
  key: 'proposals.rehandle',
  label: tx('再办理答复期限', 'Re-handling answer period'),
  length: { amount: 1, unit: 'months' },
  basis: '本区建议提案办理办法（再办理期限）',
  startPhrase: tx('代表委员表示不满意', 'the dissatisfied evaluation'),
});

/** The due date of the answer: calendar months from the day after assignment, month end, holiday roll (§0.8). */
export function answerDueOn(
  cal: WorkCalendar,
  kind: ProposalKind,
  assignedOn: IsoDate,
  difficult: boolean,
): IsoDate {
  const rule = answerRuleOn(kind, assignedOn);
  return computeDue(cal, {
    from: assignedOn,
    amount: difficult ? rule.difficultMonths : rule.months,
    unit: 'months',
    basis: rule.basis,
  }).dueOn;
}

/** The last day a unit may return a wrongly assigned item (local windows 3–10 WD, legal-rules §8, L). */
export function returnDueOn(cal: WorkCalendar, assignedOn: IsoDate, settings: ProposalSettings): IsoDate {
  return computeDue(cal, { from: assignedOn, amount: settings.returnWindowWorkingDays, unit: 'working_days' })
    .dueOn;
}

/** The day a co-handler's view is due at the lead unit (local: within one month, legal-rules §8, L). */
export function coViewsDueOn(cal: WorkCalendar, assignedOn: IsoDate, settings: ProposalSettings): IsoDate {
  return computeDue(cal, { from: assignedOn, amount: settings.coViewsMonths, unit: 'months' }).dueOn;
}

/** The defaults until the district sets its own (each one a reading: decision 0040 §4). */
export const DEFAULT_SETTINGS: ProposalSettings = {
  returnWindowWorkingDays: 5,
  coViewsMonths: 1,
  meetingKinds: ['meeting'],
  requireMeetingBeforeAnswer: true,
  requireCoViewsBeforeAnswer: true,
  resultClassLabels: Object.fromEntries(RESULT_CLASSES.map((c) => [c.code, c.label])) as Record<
    'A' | 'B' | 'C' | 'D',
    string
  >,
};

/** B (正在解决或列入计划) and C (因条件限制以后解决) promise work, followed up until done. */
export const PROMISING_CLASSES: readonly string[] = ['B', 'C'];
export const needsFollowUp = (resultClass: string | null): boolean =>
  resultClass !== null && PROMISING_CLASSES.includes(resultClass);

/** A random personal-link token (URL-safe, 32 characters): the deputy's or member's read-only access. */
export function newAccessToken(random: (n: number) => Buffer): string {
  return random(24).toString('base64url');
}
