import {
  countPeriod,
  countWorkingDaysBetweenN,
  type DayNumber,
  type Duration,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  missingYears,
  type PeriodEnd,
  periodNotes,
  provisionalNote,
  toDayNumber,
  unitPhrase,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import { DEFAULT_LOCALE, type Locale, zhText } from '../../../common/text/localized.js';
import { translateStored } from '../texts.js';
import type { ClockDef, ClockEvent } from './define-clock.js';
import { EXPLAIN_PHRASES, type ExplainPhrases } from './explain-phrases.js';

export type ClockStatus = 'running' | 'paused' | 'stopped';

/** Where a clock stands after its events: due date, status, and the explanation in words. */
export interface ClockState {
  status: ClockStatus;
  startedOn: IsoDate;
  /** null while paused: the due date is known again on resume. */
  dueOn: IsoDate | null;
  provisional: boolean;
  /** While paused: the units left, counted after the pause day (re-added from the resume day). */
  remaining?: Duration[];
  extensionsUsed: number;
  stoppedOn?: IsoDate;
  explanation: string;
}

export type ClockRuleCode =
  | 'EXTENSION_LIMIT_REACHED'
  | 'EXTENSION_NOT_ALLOWED'
  | 'EXTENSION_LENGTH_REQUIRED'
  | 'EXTENSION_LENGTH_FIXED'
  | 'CLOCK_NOT_PAUSABLE'
  | 'CLOCK_EVENT_INVALID';

/** An event the clock's definition or current state does not allow (the service turns it into an AppError). */
export class ClockRuleError extends Error {
  constructor(
    readonly code: ClockRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClockRuleError';
  }
}

interface Clause {
  text: string;
  /** Holiday notes of a counted segment; dropped when a later pause cuts that segment short. */
  notes: string[];
}

class Replay {
  status: ClockStatus = 'running';
  due: DayNumber | null = null;
  /** The last day before the holiday roll: calendar-day extensions and pauses count from it. */
  nominal: DayNumber | null = null;
  remaining: Duration[] = [];
  pausedOn: DayNumber | null = null;
  pauseReason = '';
  overdueAtPause = false;
  dueBeforePause: DayNumber | null = null;
  extensions = 0;
  stoppedOn: DayNumber | null = null;
  readonly missing = new Set<number>();
  readonly clauses: Clause[] = [];
  readonly say: ExplainPhrases;

  constructor(
    readonly def: ClockDef,
    readonly cal: WorkCalendar,
    readonly locale: Locale = DEFAULT_LOCALE,
  ) {
    this.say = EXPLAIN_PHRASES[locale];
  }

  /** Holiday and roll notes of a counted period, in the explanation's language. */
  notesOf(p: PeriodEnd): string[] {
    return periodNotes(this.cal, p, this.locale);
  }

  /** A stored reason (a step's zh-CN label, or the user's words) in the explanation's language. */
  reasonOf(reason: string | undefined): string | undefined {
    return reason ? translateStored(reason, this.locale) : reason;
  }

  count(from: DayNumber, d: Duration): PeriodEnd {
    const p = countPeriod(this.cal, from, d.amount, d.unit);
    for (const y of missingYears(this.cal, p.consulted)) this.missing.add(y);
    return p;
  }

  /** Takes a counted period's end as the clock's due date. */
  settle(p: PeriodEnd): PeriodEnd {
    this.due = p.due;
    this.nominal = p.nominal;
    return p;
  }

  start(on: DayNumber): void {
    const p = this.settle(this.count(on, this.def.length));
    const phrase = this.say.started(fromDayNumber(on), this.def.startPhrase, this.say.len(p));
    this.clauses.push({ text: phrase, notes: this.notesOf(p) });
  }

  pause(on: DayNumber, reason: string | undefined): void {
    if (!this.def.pausable)
      throw new ClockRuleError('CLOCK_NOT_PAUSABLE', `${zhText(this.def.label)}不可暂停计时`);
    if (this.status !== 'running')
      throw new ClockRuleError('CLOCK_EVENT_INVALID', '只有正在计时的期限可以暂停');
    const due = this.due!;
    this.overdueAtPause = on > due;
    this.dueBeforePause = due;
    const unit = this.def.length.unit === 'working_days' ? 'working_days' : 'calendar_days';
    // The pause day itself is used up: what is left is counted after it (calendar days up to the last
    // day before any holiday roll, so a pause does not turn the roll into extra days).
    const left = unit === 'working_days' ? countWorkingDaysBetweenN(this.cal, on, due) : this.nominal! - on;
    if (unit === 'working_days' && on < due) {
      for (const y of missingYears(this.cal, [on + 1, due])) this.missing.add(y);
    }
    this.remaining = [{ amount: Math.max(0, left), unit }];
    for (const c of this.clauses) c.notes = [];
    this.status = 'paused';
    this.pausedOn = on;
    this.pauseReason = reason ?? '';
    this.due = null;
    this.nominal = null;
  }

  resume(on: DayNumber): void {
    if (this.status !== 'paused')
      throw new ClockRuleError('CLOCK_EVENT_INVALID', '只有已暂停的期限可以恢复计时');
    const [from, to] = [fromDayNumber(this.pausedOn!), fromDayNumber(on)];
    const paused = this.say.paused(this.reasonOf(this.pauseReason) ?? '', on - this.pausedOn!, from, to);
    this.status = 'running';
    if (this.def.resumeMode === 'restart') {
      const p = this.settle(this.count(on, this.def.length));
      this.clauses.push({ text: this.say.restarted(paused, to, this.say.len(p)), notes: this.notesOf(p) });
      return;
    }
    if (this.overdueAtPause) {
      this.due = this.dueBeforePause;
      this.nominal = this.dueBeforePause;
      this.clauses.push({ text: this.say.resumedPastDue(paused), notes: [] });
      return;
    }
    let last = this.settle(this.count(on, this.remaining[0]!));
    for (const seg of this.remaining.slice(1)) last = this.settle(this.count(last.nominal, seg));
    this.clauses.push({
      text: this.say.resumed(paused, this.say.lens(this.remaining)),
      notes: last ? this.notesOf(last) : [],
    });
  }

  extend(on: DayNumber, e: ClockEvent): void {
    const { length, approval } = this.extensionOf(e);
    this.extensions += 1;
    const late = this.expiredBefore(on);
    const [day, len, reason] = [fromDayNumber(on), this.say.len(length), this.reasonOf(e.reason)];
    if (late !== null) {
      // Basis: docs/decisions/0016 — a period that has run out cannot be lengthened: the extension stays on
      // record (it was approved) but the due date, and so the delay, stand.
      const text = this.say.extendedLate(day, approval, len, reason, fromDayNumber(late));
      this.clauses.push({ text, notes: [] });
      return;
    }
    const text = this.say.extended(day, approval, len, reason);
    if (this.status === 'paused') {
      this.remaining.push({ ...length });
      this.clauses.push({ text, notes: [] });
      return;
    }
    // An extension lengthens the period: it is counted on from the last day before any holiday roll.
    const p = this.settle(this.count(this.nominal!, length));
    this.clauses.push({ text, notes: this.notesOf(p) });
  }

  /** The length of the next extension and who approved it: fixed first, then as the approver set it. */
  extensionOf(e: ClockEvent): { length: Duration; approval: string } {
    const ext = this.def.extension;
    const label = zhText(this.def.label);
    if (!ext) throw new ClockRuleError('EXTENSION_NOT_ALLOWED', `${label}依法不得延长`);
    if (this.extensions < ext.times) {
      if (e.length) {
        const fixed = unitPhrase(ext.amount, ext.unit);
        throw new ClockRuleError(
          'EXTENSION_LENGTH_FIXED',
          `${label}第${this.extensions + 1}次延长为法定的${fixed}，不能另定期限`,
        );
      }
      return { length: { amount: ext.amount, unit: ext.unit }, approval: this.say.approved() };
    }
    if (!ext.further)
      throw new ClockRuleError('EXTENSION_LIMIT_REACHED', `${label}最多可延长${ext.times}次，已用完`);
    if (!e.length || !Number.isInteger(e.length.amount) || e.length.amount < 1) {
      throw new ClockRuleError(
        'EXTENSION_LENGTH_REQUIRED',
        `${label}第${ext.times}次以后的延长，须载明${zhText(ext.further.label)}确定的延长期限`,
      );
    }
    return { length: e.length, approval: this.say.approvedBy(ext.further.label, e.decidedOn) };
  }

  /** The due date the clock had already passed on `on` (running, or paused after it), else null. */
  expiredBefore(on: DayNumber): DayNumber | null {
    if (this.status === 'paused') return this.overdueAtPause ? this.dueBeforePause : null;
    return this.due !== null && on > this.due ? this.due : null;
  }

  stop(on: DayNumber, reason: string | undefined): void {
    const late = this.due !== null && on > this.due;
    this.clauses.push({ text: this.say.stopped(fromDayNumber(on), this.reasonOf(reason), late), notes: [] });
    this.status = 'stopped';
    this.stoppedOn = on;
  }

  explanation(): string {
    const head = this.due === null ? null : fromDayNumber(this.due);
    const parts = this.clauses.map((c) => this.say.notes(c.text, c.notes));
    if (this.status === 'paused') parts.push(this.say.pausedLeft(this.say.lens(this.remaining)));
    if (this.missing.size)
      parts.push(
        provisionalNote(
          [...this.missing].sort((a, b) => a - b),
          this.locale,
        ),
      );
    return this.say.whole(head, parts, this.def.basis);
  }
}

function checkEvents(events: readonly ClockEvent[]): DayNumber[] {
  if (events[0]?.type !== 'start') throw new ClockRuleError('CLOCK_EVENT_INVALID', '期限必须以起算事件开始');
  let previous = Number.NEGATIVE_INFINITY;
  return events.map((e, i) => {
    if (!isIsoDate(e.on)) throw new ClockRuleError('CLOCK_EVENT_INVALID', `日期 ${e.on} 无效`);
    const day = toDayNumber(e.on);
    if (day < previous) throw new ClockRuleError('CLOCK_EVENT_INVALID', `${e.on} 早于上一事件的日期`);
    if (i > 0 && e.type === 'start') throw new ClockRuleError('CLOCK_EVENT_INVALID', '期限只能起算一次');
    if (i > 0 && events[i - 1]!.type === 'stop')
      throw new ClockRuleError('CLOCK_EVENT_INVALID', '期限已停止计时');
    previous = day;
    return day;
  });
}

function replayEvents(
  def: ClockDef,
  events: readonly ClockEvent[],
  cal: WorkCalendar,
  locale: Locale = DEFAULT_LOCALE,
): Replay {
  const days = checkEvents(events);
  const r = new Replay(def, cal, locale);
  events.forEach((e, i) => {
    const on = days[i]!;
    if (e.type === 'start') r.start(on);
    else if (e.type === 'pause') r.pause(on, e.reason);
    else if (e.type === 'resume') r.resume(on);
    else if (e.type === 'extend') r.extend(on, e);
    else r.stop(on, e.reason);
  });
  return r;
}

/**
 * The due date the clock had already passed on `on` — running past it, or paused after it — or null while
 * it has not run out: an extension approved on `on` would then come too late (decision 0016).
 */
export function expiredDueOn(
  def: ClockDef,
  events: readonly ClockEvent[],
  on: IsoDate,
  cal: WorkCalendar,
): IsoDate | null {
  if (!isIsoDate(on)) throw new ClockRuleError('CLOCK_EVENT_INVALID', `日期 ${on} 无效`);
  const late = replayEvents(def, events, cal).expiredBefore(toDayNumber(on));
  return late === null ? null : fromDayNumber(late);
}

/**
 * Replays a clock's events against the calendar: the due date now, and how it came about, in words — zh-CN
 * (what is stored) unless another locale is asked for.
 */
export function replayClock(
  def: ClockDef,
  events: readonly ClockEvent[],
  cal: WorkCalendar,
  locale: Locale = DEFAULT_LOCALE,
): ClockState {
  const r = replayEvents(def, events, cal, locale);
  return {
    status: r.status,
    startedOn: events[0]!.on,
    dueOn: r.due === null ? null : fromDayNumber(r.due),
    provisional: r.missing.size > 0,
    ...(r.status === 'paused' ? { remaining: r.remaining.map((x) => ({ ...x })) } : {}),
    extensionsUsed: r.extensions,
    ...(r.stoppedOn === null ? {} : { stoppedOn: fromDayNumber(r.stoppedOn) }),
    explanation: r.explanation(),
  };
}
