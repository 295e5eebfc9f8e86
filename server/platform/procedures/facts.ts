import type { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import type { BlockedReason } from './types.js';

type Computed<L> = { [K in keyof L]: L[K] extends () => infer V ? V : never };

/**
 * Adds facts computed only when a gate reads them (a statutory window counted on the strict calendar): a
 * window that falls in a year whose holiday notice is not loaded then blocks only the gates that read it,
 * not every action on the record (decision 0016). Each read recomputes; the facts object is the one given.
 */
export function withLazyFacts<F extends object, L extends Record<string, () => unknown>>(
  facts: F,
  lazy: L,
): F & Computed<L> {
  for (const [key, compute] of Object.entries(lazy)) {
    Object.defineProperty(facts, key, { enumerable: true, configurable: true, get: compute });
  }
  return facts as F & Computed<L>;
}

/** Basis: decision 0016 — a window in a year without its notice is not decided on a Monday–Friday guess. */
export function calendarGapReason(error: CalendarYearNotLoadedError): BlockedReason {
  return { kind: 'gate', code: 'CALENDAR_YEAR_NOT_LOADED', message: error.message };
}
