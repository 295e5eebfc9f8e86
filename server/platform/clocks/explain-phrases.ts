import { unitPhrase } from '../../../common/calendar/index.js';
import type { Duration } from '../../../common/calendar/index.js';
import { type Locale, pickText, type Text } from '../../../common/text/localized.js';

/**
 * The words of a clock's explanation, one set per language (decision 0030): the replay decides what
 * happened, these say it. Dates stay ISO in both; the legal basis is quoted as declared.
 */
export interface ExplainPhrases {
  len(d: Duration): string;
  lens(ds: readonly Duration[]): string;
  notes(text: string, notes: readonly string[]): string;
  started(on: string, startPhrase: Text | undefined, length: string): string;
  paused(reason: string, days: number, from: string, to: string): string;
  restarted(paused: string, on: string, length: string): string;
  resumedPastDue(paused: string): string;
  resumed(paused: string, left: string): string;
  approved(): string;
  approvedBy(who: Text, decidedOn: string | undefined): string;
  extendedLate(
    on: string,
    approval: string,
    length: string,
    reason: string | undefined,
    late: string,
  ): string;
  extended(on: string, approval: string, length: string, reason: string | undefined): string;
  stopped(on: string, reason: string | undefined, late: boolean): string;
  pausedLeft(left: string): string;
  whole(head: string | null, parts: readonly string[], basis: string): string;
}

const zh: ExplainPhrases = {
  len: (d) => unitPhrase(d.amount, d.unit),
  lens: (ds) => ds.map(zh.len).join('又'),
  notes: (text, notes) => (notes.length ? `${text}（${notes.join('；')}）` : text),
  started: (on, phrase, length) => `自${on}${phrase ? pickText(phrase, 'zh-CN') : ''}次日起${length}`,
  paused: (reason, days, from, to) => `其间${reason}暂停${days}日（${from}至${to}）`,
  restarted: (paused, on, length) => `${paused}，自${on}次日起重新计算${length}`,
  resumedPastDue: (paused) => `${paused}（暂停时已超过期满日，期满日不变）`,
  resumed: (paused, left) => `${paused}，恢复后计剩余${left}`,
  approved: () => '经批准',
  approvedBy: (who, decidedOn) => `经${pickText(who, 'zh-CN')}${decidedOn ? `（${decidedOn}）` : ''}`,
  extendedLate: (on, approval, length, reason, late) =>
    `${on}${approval.replace('经', '')}延长${length}${reason ? `（${reason}）` : ''}，已超过期满日${late}，不改变期满日`,
  extended: (on, approval, length, reason) =>
    `${approval}延长${length}（${on}${reason ? `，${reason}` : ''}）`,
  stopped: (on, reason, late) => `${on}${reason ? `${reason}，` : ''}停止计时${late ? '，已超过期满日' : ''}`,
  pausedLeft: (left) => `剩余${left}，恢复计时后重新确定期满日`,
  whole: (head, parts, basis) => `${head ?? '暂停中'}：${parts.join('；')}；依据${basis}`,
};

const en: ExplainPhrases = {
  len: (d) => unitPhrase(d.amount, d.unit, 'en-US'),
  lens: (ds) => ds.map(en.len).join(' and '),
  notes: (text, notes) => (notes.length ? `${text} (${notes.join('; ')})` : text),
  started: (on, phrase, length) =>
    `${length} from the day after ${on}${phrase ? ` (${pickText(phrase, 'en-US')})` : ''}`,
  paused: (reason, days, from, to) => `paused ${days} days for ${reason} (${from} to ${to})`,
  restarted: (paused, on, length) => `${paused}, then ${length} counted afresh from the day after ${on}`,
  resumedPastDue: (paused) => `${paused} (already past the due date when paused: the due date stands)`,
  resumed: (paused, left) => `${paused}, then the remaining ${left}`,
  approved: () => 'with approval',
  approvedBy: (who, decidedOn) => `as set by ${pickText(who, 'en-US')}${decidedOn ? ` (${decidedOn})` : ''}`,
  extendedLate: (on, approval, length, reason, late) =>
    `extended by ${length} ${approval} on ${on}${reason ? ` (${reason})` : ''}, after the due date ${late} had passed: the due date stands`,
  extended: (on, approval, length, reason) =>
    `extended by ${length} ${approval} (${on}${reason ? `, ${reason}` : ''})`,
  stopped: (on, reason, late) =>
    `stopped on ${on}${reason ? ` (${reason})` : ''}${late ? ', after the due date had passed' : ''}`,
  pausedLeft: (left) => `${left} left; the due date is set again when the clock resumes`,
  whole: (head, parts, basis) => `${head ?? 'paused'}: ${parts.join('; ')}; basis ${basis}`,
};

export const EXPLAIN_PHRASES: Record<Locale, ExplainPhrases> = { 'zh-CN': zh, 'en-US': en };
