import PgBoss from 'pg-boss';
import type { Db } from '../db/client.js';
import { type JobDef, registeredJobs } from './registry.js';

/** Cron expressions are read in China time; the statutory day starts at Beijing midnight. */
export const JOBS_TIMEZONE = 'Asia/Shanghai';
/** pg-boss keeps its tables in their own schema, away from the application's migrations. */
export const JOBS_SCHEMA = 'pgboss';

/** The slice of a pino logger the job runner writes to. */
export interface JobsLog {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface StartJobsOptions {
  db: Db;
  connectionString: string;
  log: JobsLog;
  /** The jobs to run; default every job declared with defineJob. */
  jobs?: readonly JobDef[];
  /** False starts nothing (tests, one-off tools); the handle's methods then do nothing or refuse. */
  enabled?: boolean;
  poolSize?: number;
}

export interface JobsHandle {
  /** Lets running jobs finish (up to 30 s), then closes pg-boss's connections. */
  stop(): Promise<void>;
  /** Queues one run of a job and waits for whichever instance claims it to finish it. */
  runNow(name: string): Promise<void>;
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

const disabled: JobsHandle = {
  stop: async () => {},
  runNow: async (name) => {
    throw new Error(`后台任务未启动，无法排队执行 ${name}`);
  },
};

/**
 * Starts the job queue (pg-boss on the application's PostgreSQL): one queue and one worker per job, and
 * the cron schedules. Workers claim with SKIP LOCKED and cron slots are taken by one instance, so with N
 * instances each scheduled run happens once. Called only by the server's composition root.
 */
export async function startJobs(opts: StartJobsOptions): Promise<JobsHandle> {
  if (opts.enabled === false) return disabled;
  const jobs = opts.jobs ?? registeredJobs();
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: JOBS_SCHEMA,
    max: opts.poolSize ?? 4,
  });
  let stopping = false;
  boss.on('error', (error) => {
    // While stopping, the embedded server may already be shutting down (it gets the same signal).
    if (!stopping) opts.log.error({ err: error }, 'job queue error');
  });
  await boss.start();
  const workers = new Map<string, string>();
  for (const job of jobs) {
    // 'stately': at most one run waiting and one running, so a slow sweep never piles up or overlaps.
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, retryDelay: 60 });
    workers.set(job.name, await boss.work(job.name, handlerFor(job, opts)));
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: JOBS_TIMEZONE });
  }
  await unscheduleRetired(boss, jobs);
  opts.log.info({ jobs: jobs.map((j) => j.name) }, 'jobs started');
  return {
    stop: () => {
      stopping = true;
      return boss.stop({ graceful: true, timeout: 30_000, wait: true });
    },
    runNow: (name) => runThroughQueue(boss, workers, name),
  };
}

function handlerFor(job: JobDef, { db, log }: StartJobsOptions) {
  return async (batch: PgBoss.Job[]) => {
    for (const item of batch) {
      const started = Date.now();
      try {
        await job.run({ db, now: new Date() });
        log.info({ job: job.name, id: item.id, ms: Date.now() - started }, 'job done');
      } catch (error) {
        log.error({ err: error, job: job.name, id: item.id }, 'job failed');
        throw error; // pg-boss records the failure and retries
      }
    }
  };
}

/** A job removed from the code must not keep firing from a schedule stored by an older version. */
async function unscheduleRetired(boss: PgBoss, jobs: readonly JobDef[]): Promise<void> {
  const scheduled = new Set(jobs.filter((j) => j.schedule).map((j) => j.name));
  for (const s of await boss.getSchedules()) {
    if (!scheduled.has(s.name)) await boss.unschedule(s.name);
  }
}

async function runThroughQueue(boss: PgBoss, workers: Map<string, string>, name: string): Promise<void> {
  const worker = workers.get(name);
  if (!worker) throw new Error(`未知的任务 ${name}`);
  const id = await boss.send(name, {}, { retryLimit: 0 });
  if (!id) throw new Error(`任务 ${name} 已在排队，请稍后查看结果`);
  boss.notifyWorker(worker);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const job = await boss.getJobById(name, id, { includeArchive: true });
    if (job && FINISHED.has(job.state)) {
      if (job.state === 'completed') return;
      throw new Error(`任务 ${name} 执行失败：${JSON.stringify(job.output)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`任务 ${name} 在 120 秒内未完成`);
}
