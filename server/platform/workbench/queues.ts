import { can } from '../authz/index.js';
import type { Ctx } from '../context.js';
import { listWorkQueues, type QueueItem, type WorkQueue } from './define-queue.js';

export interface QueueSummary {
  key: string;
  label: WorkQueue['label'];
  path: string;
  total: number;
  items: QueueItem[];
}

/** The work queues the actor works (holds the queue's permission), each with its first records. */
export async function findMyQueues(ctx: Ctx, limit = 5): Promise<QueueSummary[]> {
  const mine = listWorkQueues().filter((q) => can(ctx.actor, q.permission));
  return Promise.all(
    mine.map(async (q) => ({ key: q.key, label: q.label, path: q.path, ...(await q.load(ctx, limit)) })),
  );
}
