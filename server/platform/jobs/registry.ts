import type { Db } from '../db/client.js';
import type { JobDef } from '../modules.js';

export type { JobDef } from '../modules.js';

const registry = new Map<string, JobDef>();

// pg-boss names queues freely, but we keep names readable in logs and URLs: `<module>.<what>`.
const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/**
 * Declares a background job once (a cron schedule in Asia/Shanghai time, or on demand). Jobs must be
 * idempotent: a retried or manually repeated run changes nothing the first run did not.
 */
export function defineJob(def: JobDef): JobDef {
  if (!NAME.test(def.name)) throw new Error(`Job name "${def.name}" must look like <module>.<what>`);
  return Object.freeze(def);
}

/** Registers a declared job (kernel boot only); two jobs under one name stop the boot. */
export function registerJob(def: JobDef): void {
  const existing = registry.get(def.name);
  if (existing && existing !== def) throw new Error(`Job ${def.name} is declared twice`);
  registry.set(def.name, def);
}

/** Every job of the installed modules and the kernel. */
export function registeredJobs(): JobDef[] {
  return [...registry.values()];
}

export function jobNamed(name: string): JobDef {
  const job = registry.get(name);
  if (!job) {
    const known = [...registry.keys()].join('、') || '（无）';
    throw new Error(`未知的任务 ${name}；可用的任务：${known}`);
  }
  return job;
}

/** Runs a job in this process, now (the CLI's `jobs run`); safe beside a scheduled run because jobs are idempotent. */
export async function runJobNow(name: string, deps: { db: Db; now?: Date }): Promise<void> {
  await jobNamed(name).run({ db: deps.db, now: deps.now ?? new Date() });
}
