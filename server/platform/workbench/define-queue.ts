import type { Ctx } from '../context.js';

/** One record waiting in a work queue, with the admin page that opens it. */
export interface QueueItem {
  id: string;
  title: string;
  /** Admin route of the record, e.g. /enforcement/cases/<id>. */
  link: string;
  /** The unit that owns the record. */
  unitName: string | null;
  /** Since when it waits (submitted on …). */
  since: string | null;
}

/**
 * A module's work queue (法制审核待审 …): records waiting for a role's act that have no statutory clock of
 * their own. The home puts the queues the user may work first; the module applies the data scope.
 */
export interface WorkQueue {
  /** `<module>.<queue>`. */
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** Who works the queue: the home shows it to holders of this permission. */
  permission: string;
  /** The admin page listing the whole queue. */
  path: string;
  load(ctx: Ctx, limit: number): Promise<{ total: number; items: QueueItem[] }>;
}

const registry = new Map<string, WorkQueue>();

/** Declares a work queue (listed in a manifest's `queues`; registered at boot). */
export function defineWorkQueue(queue: WorkQueue): WorkQueue {
  return Object.freeze(queue);
}

/** Registers a declared queue (kernel boot only); two under one key stop the boot. */
export function registerWorkQueue(queue: WorkQueue): void {
  const existing = registry.get(queue.key);
  if (existing && existing !== queue) throw new Error(`Work queue ${queue.key} is declared twice`);
  registry.set(queue.key, queue);
}

export function listWorkQueues(): WorkQueue[] {
  return [...registry.values()];
}
