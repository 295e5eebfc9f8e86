/**
 * The law of 重大行政决策 as data, in one place (legal-rules §3; docs/decisions/0047-major-decisions.md): the
 * periods of the 条例 by the day they became law, the district's readings where the 条例 says "及时", and the
 * clocks.
 */
import { daysBetween, type IsoDate } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { defineClock } from '../../platform/clocks/index.js';

export const REGULATION = '《重大行政决策程序暂行条例》';

/** The 条例's periods, by the first day of the act they govern (law by date: the rule in force on the day). */
export interface ProcedureRule {
  key: string;
  from: IsoDate;
  /** 第十五条: comment period "一般不少于30日" (calendar days); a shorter one explained in the notice. */
  commentDays: number;
  /** 第十七条: hearing materials to the participants at least this many days before (calendar days). */
  hearingNoticeDays: number;
  basis: string;
}

export const PROCEDURE_RULES: readonly ProcedureRule[] = [
  // 国务院令第713号, in force 2019-09-01: 第十五条 (≥ 30 days), 第十七条 (materials ≥ 7 days before the hearing).
  { key: 'order_713', from: '2019-09-01', commentDays: 30, hearingNoticeDays: 7, basis: REGULATION },
];

/** The rule in force on a day; an act before the 条例 took effect is held to it too (no earlier national text). */
export function procedureRuleOn(day: IsoDate): ProcedureRule {
  return PROCEDURE_RULES.filter((r) => r.from <= day).at(-1) ?? PROCEDURE_RULES[0]!;
}

/** 第十五条: is the comment period long enough, or is a shorter one explained? */
export function commentPeriodLawful(
  opensOn: IsoDate,
  closesOn: IsoDate,
  shorterReason: string | null,
): boolean {
  const days = daysBetween(opensOn, closesOn) + 1;
  return days >= procedureRuleOn(opensOn).commentDays || Boolean(shorterReason);
}

/** 第十七条: were the hearing materials with the participants early enough? */
export function hearingNoticeLawful(materialsSentOn: IsoDate, heldOn: IsoDate): boolean {
  return daysBetween(materialsSentOn, heldOn) >= procedureRuleOn(heldOn).hearingNoticeDays;
}

/**
 * The district's readings where the 条例 sets no number (decision 0047 §3); a district with other practice
 * changes them here.
 */
export const DISTRICT_READINGS = {
  // 第三十二条 "及时公布": published within 20 working days of the decision (district reading, not statute).
  publicationWorkingDays: 20,
} as const;

/** 第十五条: the comment window (it lapses when unused; closing it is the unit's act, not a breach). */
export const COMMENT_CLOCK = defineClock({
  key: 'decisions.comment_period',
  label: tx('公开征求意见期限', 'Public comment period'),
  length: { amount: 30, unit: 'calendar_days' },
  basis: `${REGULATION}第十五条`,
  startPhrase: tx('公开征求意见', 'the call for comment'),
  lapses: true,
});

/** 第三十二条 "及时公布", as the district reads it. */
export const PUBLICATION_CLOCK = defineClock({
  key: 'decisions.publication',
  label: tx('决策公布期限', 'Publication period'),
  length: { amount: DISTRICT_READINGS.publicationWorkingDays, unit: 'working_days' },
  basis: `${REGULATION}第三十二条（本区期限）`,
  startPhrase: tx('集体讨论决定', 'the collective decision'),
});

export const DECISION_CLOCKS = [COMMENT_CLOCK, PUBLICATION_CLOCK] as const;

/** A 查询码 for a commenter: 10 characters without look-alikes (0/O, 1/I). */
export function newCommentCode(random: (n: number) => Buffer): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...random(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Is a comment still accepted on this day? The window runs through its closing day. */
export const commentOpen = (opensOn: IsoDate | null, closesOn: IsoDate | null, today: IsoDate) =>
  opensOn !== null && closesOn !== null && opensOn <= today && today <= closesOn;
