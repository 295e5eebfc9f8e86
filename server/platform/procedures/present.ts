import type { ActionOut, ClockOut, StepOut } from '../../../common/contracts/procedure.js';
import { DEFAULT_LOCALE, type Locale, pickText, type Text } from '../../../common/text/localized.js';
import { loadCalendar } from '../calendar/index.js';
import { type ClockRecord, findClocksForSubject, localizeClock, urgencyOf } from '../clocks/index.js';
import type { Executor } from '../db/client.js';
import type { AvailableAction, IsoDate, ProcedureStep } from './types.js';

/** A clock with its urgency as of today (green / amber / red in the UI) and the extensions used. */
export interface ClockView extends ClockRecord {
  urgencyToday: string;
  extensionsUsed: number;
}

/** Every clock of one record, oldest first, with its urgency as of `today`, explained in `locale`. */
export async function clockViews(
  db: Executor,
  today: IsoDate,
  subjectType: string,
  subjectId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ClockView[]> {
  return withUrgency(db, today, await findClocksForSubject(db, subjectType, subjectId), locale);
}

/** The urgency today of clocks already loaded (a list's badges), their words in `locale`. */
export async function withUrgency(
  db: Executor,
  today: IsoDate,
  list: ClockRecord[],
  locale: Locale = DEFAULT_LOCALE,
): Promise<ClockView[]> {
  if (list.length === 0) return [];
  const cal = await loadCalendar(db);
  return list.map((c) => ({
    ...localizeClock(c, cal, locale),
    urgencyToday: c.status === 'running' ? urgencyOf(cal, today, c) : c.status,
    extensionsUsed: c.events.filter((e) => e.type === 'extend').length,
  }));
}

/**
 * The "what may I do next" list: only what could become possible — a transition from another state is left
 * out unless `keep` says otherwise — with the reason a disabled button shows.
 */
export function presentActions(
  actions: readonly AvailableAction[],
  keep: (action: AvailableAction) => boolean = () => false,
): ActionOut[] {
  return actions
    .filter((a) => a.allowed || a.reason?.kind !== 'state' || keep(a))
    .map((a) => ({
      key: a.key,
      label: a.label,
      allowed: a.allowed,
      ...(a.reason ? { reason: a.reason } : {}),
    }));
}

/** One step of the history, labelled by the procedure that declared it, in the reader's language. */
export function presentStep(
  procedure: { transitions: object },
  step: ProcedureStep,
  locale: Locale = DEFAULT_LOCALE,
): StepOut {
  const declared = (procedure.transitions as Record<string, { label: Text } | undefined>)[step.transition];
  return {
    transition: step.transition,
    label: declared ? pickText(declared.label, locale) : step.transition,
    fromState: step.fromState,
    toState: step.toState,
    occurredAt: step.occurredAt,
    actorUserId: step.actorUserId,
    input: step.input ?? null,
  };
}

/** A clock as the detail view explains it: due date, urgency today and the sentence saying why. */
export function presentClock(c: ClockView): ClockOut {
  return {
    key: c.clockKey,
    label: c.title,
    startedOn: c.startedOn,
    dueOn: c.dueOn,
    status: c.status,
    urgency: c.urgencyToday,
    extensionsUsed: c.extensionsUsed,
    explanation: c.explanation,
  };
}
