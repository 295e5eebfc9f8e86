/**
 * The rules of 督办 as data (docs/decisions/0049-coordination.md). No statute fixes these numbers: the
 * 督察规定 (厅字〔2019〕28号, legal-rules §10) makes the 依法治区办 supervise the plan; the periods below are
 * this district's practice, configurable here, and read as the decision record explains.
 */
import { daysBetween } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import type { EscalationLevel } from '../../../common/contracts/coordination.js';
import { defineClock } from '../../platform/clocks/index.js';

/** A task with no report for this many calendar days is stalled (督查规定 Art 24-style regular reporting; local practice). */
export const STALLED_DAYS = 30;

/** Tasks due within this many calendar days are reminded as due soon (local practice, as corrections). */
export const DUE_SOON_DAYS = 14;

/** The 督办 ladder: reminder → 督办通知 → 约谈 → report to the committee (issue #17; 督察规定 第三十条-style measures, local practice). */
export const ESCALATION_LADDER: readonly EscalationLevel[] = [
  'none',
  'reminded',
  'noticed',
  'interviewed',
  'referred',
];

/** The level a step needs before it: each 督办 step follows the one before it. */
export function previousLevel(level: EscalationLevel): EscalationLevel {
  const at = ESCALATION_LADDER.indexOf(level);
  return ESCALATION_LADDER[Math.max(0, at - 1)]!;
}

/** The lead unit answers a 督办通知 in writing within 5 working days (local practice, legal-rules §0.10 calendar). */
export const NOTICE_REPLY_CLOCK = defineClock({
  key: 'coordination.notice_reply',
  label: tx('督办通知书面回复期限', 'Written reply to a supervision notice'),
  length: { amount: 5, unit: 'working_days' },
  basis: '本区法治建设督办工作规则（督办通知回复期限，可配置）',
  startPhrase: tx('自督办通知印发之日起', 'From the day the notice was issued'),
});

/** The task number the .docx import gives a numbered paragraph: GZ<year>-<serial, 2 digits>. */
export function taskCode(year: number, serial: number): string {
  return `GZ${year}-${String(serial).padStart(2, '0')}`;
}

/** Is the task overdue (open past its due day) or stalled (no news for STALLED_DAYS)? */
export function attention(
  task: { state: string; dueOn: string; lastActivityOn: string },
  today: string,
): { overdue: boolean; stalled: boolean } {
  if (task.state === 'done') return { overdue: false, stalled: false };
  const overdue = task.state === 'open' && task.dueOn < today;
  const stalled = task.state === 'open' && daysBetween(task.lastActivityOn, today) > STALLED_DAYS;
  return { overdue, stalled };
}
