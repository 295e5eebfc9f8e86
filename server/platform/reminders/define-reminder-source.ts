import type { IsoDate } from '../../../common/calendar/index.js';
import type { Text } from '../../../common/text/localized.js';
import type { Urgency } from '../clocks/urgency.js';
import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';

/**
 * A reminder that is not a statutory clock (e.g. an enforcement certificate about to expire): the module
 * computes it from its own records when the user's due items are read. Shown beside the clocks.
 */
export interface Reminder {
  /** Stable within its source (usually the subject's id): the due item's id is `<source key>:<key>`. */
  key: string;
  /** Both languages where the source can say it in English (`tx`); shown in the reader's language. */
  title: Text;
  subjectType: string;
  subjectId: string;
  /** The unit that owns the subject, so the supervision board counts the reminder under its body. */
  orgUnitId?: string;
  dueOn: IsoDate | null;
  urgency: Urgency;
  explanation: Text;
}

export interface ReminderSource {
  /** `<module>.<what>`, shown as the due item's clockKey (the web groups by its first segment). */
  key: string;
  /** The reminders for this actor today, in the actor's data scope (the source applies the scope). */
  load(db: Executor, actor: Actor, today: IsoDate): Promise<Reminder[]>;
}

const registry = new Map<string, ReminderSource>();

/** Declares a module's reminder source (listed in its manifest). */
export function defineReminderSource(source: ReminderSource): ReminderSource {
  return Object.freeze(source);
}

/** Registers a declared reminder source (kernel boot only); two under one key stop the boot. */
export function registerReminderSource(source: ReminderSource): void {
  const existing = registry.get(source.key);
  if (existing && existing !== source) throw new Error(`Reminder source ${source.key} is declared twice`);
  registry.set(source.key, source);
}

export function listReminderSources(): ReminderSource[] {
  return [...registry.values()];
}
