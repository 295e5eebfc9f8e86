import type { WorkCalendar } from '../../../common/calendar/index.js';
import type { Locale } from '../../../common/text/localized.js';
import { translateStored } from '../texts.js';
import type { ClockRecord } from './clock-record.js';
import { getClockDef } from './define-clock.js';
import { replayClock } from './replay-clock.js';

/**
 * A stored clock's title and explanation in the reader's language (decision 0030). The stored explanation
 * is zh-CN; another language replays the clock's events against the same calendar, so the words change
 * and the due date cannot. A clock whose module is not installed keeps what was stored.
 */
export function localizeClock<C extends Pick<ClockRecord, 'clockKey' | 'title' | 'explanation' | 'events'>>(
  clock: C,
  cal: WorkCalendar,
  locale: Locale,
): C {
  if (locale === 'zh-CN') return clock;
  const def = getClockDef(clock.clockKey);
  const title = translateStored(clock.title, locale);
  if (!def || clock.events.length === 0) return { ...clock, title };
  return { ...clock, title, explanation: replayClock(def, clock.events, cal, locale).explanation };
}
