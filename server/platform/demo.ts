import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { makeCtx } from './context.js';
import type { Db } from './db/client.js';
import type { ModuleManifest } from './modules.js';

export type Progress = (label: string, done: number, total: number) => void;

/** True when nothing has been set up yet (no org units): the demo may be loaded. */
export async function isEmptyInstall(db: Db): Promise<boolean> {
  const found = await db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM org_units`);
  return Number(found.rows[0]?.n) === 0;
}

/**
 * Loads the Yuhong District 2020 demo: the org and its people first, then each module's ledgers, all
 * through the services (so every record sits in the audit chain).
 */
export async function loadDemo(
  db: Db,
  loadOrg: (ctx: ReturnType<typeof makeCtx>, progress: Progress) => Promise<unknown>,
  modules: readonly ModuleManifest[],
  progress: Progress,
): Promise<void> {
  const ctx = makeCtx(db, null, `demo-${randomUUID()}`, new Date());
  await loadOrg(ctx, progress);
  for (const module of modules) await module.demo?.(ctx, progress);
}
