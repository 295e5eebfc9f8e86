import type { IsoDate } from '../../../common/calendar/index.js';
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
  status: string;
  dueOn: IsoDate | null;
  urgency: Urgency;
  explanation: string;
  provisional: boolean;
}

/** Every registered source's reminders for the actor today, as due items. */
export async function findReminders(db: Executor, actor: Actor, today: IsoDate): Promise<ReminderDueItem[]> {
  const perSource = await Promise.all(
    listReminderSources().map(async (source) =>
      (await source.load(db, actor, today)).map((r) => ({
        clockId: `${source.key}:${r.key}`,
        clockKey: source.key,
        title: r.title,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        status: 'running',
        dueOn: r.dueOn,
        urgency: r.urgency,
        explanation: r.explanation,
        provisional: false,
      })),
    ),
  );
  return perSource.flat();
}
