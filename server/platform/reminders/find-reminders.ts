import type { IsoDate } from '../../../common/calendar/index.js';
import { DEFAULT_LOCALE, type Locale, pickText } from '../../../common/text/localized.js';
import type { Urgency } from '../clocks/urgency.js';
import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';
import { listReminderSources } from './define-reminder-source.js';

/** A reminder in the shape of a due item (`/me/due-items`), so the workbench lists it beside the clocks. */
export interface ReminderDueItem {
  clockId: string;
  clockKey: string;
  title: string;
  subjectType: string;
  subjectId: string;
  orgUnitId: string | null;
  status: string;
  dueOn: IsoDate | null;
  urgency: Urgency;
  explanation: string;
  provisional: boolean;
}

/** Every registered source's reminders for the actor today, as due items in the reader's language. */
export async function findReminders(
  db: Executor,
  actor: Actor,
  today: IsoDate,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ReminderDueItem[]> {
  const perSource = await Promise.all(
    listReminderSources().map(async (source) =>
      (await source.load(db, actor, today)).map((r) => ({
        clockId: `${source.key}:${r.key}`,
        clockKey: source.key,
        title: pickText(r.title, locale),
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        orgUnitId: r.orgUnitId ?? null,
        status: 'running',
        dueOn: r.dueOn,
        urgency: r.urgency,
        explanation: pickText(r.explanation, locale),
        provisional: false,
      })),
    ),
  );
  return perSource.flat();
}
