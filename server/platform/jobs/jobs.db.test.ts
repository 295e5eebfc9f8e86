import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { ensureCalendarSeeded } from '../calendar/index.js';
import { defineClock, startClock } from '../clocks/index.js';
import { makeCtx } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { dailyClockSweep } from './builtin.js';
import { installModules } from '../install-modules.js';
import { defineModule } from '../modules.js';
import { defineJob, runJobNow } from './registry.js';
import { randomUUID } from 'node:crypto';
import { type JobsHandle, type JobsLog, startJobs } from './start-jobs.js';

let t: TestDatabase;
const logged: { level: string; obj: object; msg?: string }[] = [];
const log: JobsLog = {
  info: (obj, msg) => logged.push({ level: 'info', obj, msg }),
  error: (obj, msg) => logged.push({ level: 'error', obj, msg }),
};

/** Counts its runs in a table: an idempotent job would upsert; this one counts to see each run. */
const countRuns = defineJob({
  name: 'test.count-runs',
  schedule: '0 1 * * *',
  run: async ({ db, now }) => {
    await db.execute(
      sql`INSERT INTO job_runs (name, ran_at) VALUES ('test.count-runs', ${now.toISOString()})`,
    );
  },
});
const failing = defineJob({
  name: 'test.failing',
  run: async () => {
    throw new Error('故意失败');
  },
});
const retired = defineJob({ name: 'test.retired', schedule: '*/5 * * * *', run: async () => {} });

const replyClock = defineClock({
  key: 'test.reply',
  label: '测试答复期限',
  length: { amount: 5, unit: 'working_days' },
  basis: '《测试条例》第五条',
});

installModules([
  defineModule({
    key: 'test',
    label: { 'zh-CN': '测试', 'en-US': 'Test' },
    nav: [],
    routes: () => {},
    permissions: {},
    auditActions: [],
    jobs: [countRuns, failing, retired],
    clocks: [replyClock],
  }),
]);

async function runs(): Promise<number> {
  const { rows } = await t.db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM job_runs`);
  return rows[0]!.n;
}

async function schedules() {
  const { rows } = await t.db.execute<{ name: string; cron: string; timezone: string }>(
    sql`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
  );
  return rows;
}

/** pg-boss sessions left on the server; a backend may take a moment to exit after its client hung up. */
async function bossConnections(): Promise<number> {
  let n = -1;
  for (let i = 0; i < 20 && n !== 0; i += 1) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const { rows } = await t.db.execute<{ n: number }>(
      sql`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pgboss'`,
    );
    n = rows[0]!.n;
  }
  return n;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.execute(sql`CREATE TABLE job_runs (name text NOT NULL, ran_at timestamptz NOT NULL)`);
});
afterAll(async () => {
  await t.drop();
});

function start(jobs = [countRuns, failing]): Promise<JobsHandle> {
  return startJobs({ db: t.db, connectionString: t.url, log, jobs, poolSize: 2 });
}

describe('jobs on pg-boss', () => {
  it('two instances: a queued run is claimed and done exactly once; both stop cleanly', async () => {
    const a = await start();
    const b = await start();
    try {
      await a.runNow('test.count-runs');
      await b.runNow('test.count-runs');
      // Give the other instance's worker time to (wrongly) pick the same job up again.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await runs()).toBe(2);
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(await bossConnections()).toBe(0);
  });

  it('stores the schedule in China time and drops schedules of jobs no longer defined', async () => {
    const first = await start([countRuns, retired]);
    await first.stop();
    expect(await schedules()).toEqual([
      { name: 'test.count-runs', cron: '0 1 * * *', timezone: 'Asia/Shanghai' },
      { name: 'test.retired', cron: '*/5 * * * *', timezone: 'Asia/Shanghai' },
    ]);
    const second = await start([countRuns]);
    await second.stop();
    expect(await schedules()).toEqual([
      { name: 'test.count-runs', cron: '0 1 * * *', timezone: 'Asia/Shanghai' },
    ]);
  });

  it('a failing job is reported as failed, with its message, and logged', async () => {
    const jobs = await start();
    try {
      await expect(jobs.runNow('test.failing')).rejects.toThrow(/故意失败/);
      expect(
        logged.some((l) => l.level === 'error' && (l.obj as { job?: string }).job === 'test.failing'),
      ).toBe(true);
    } finally {
      await jobs.stop();
    }
  });

  it('disabled jobs start nothing', async () => {
    const jobs = await startJobs({ db: t.db, connectionString: t.url, log, enabled: false });
    await expect(jobs.runNow('test.count-runs')).rejects.toThrow(/未启动/);
    await jobs.stop();
    expect(await bossConnections()).toBe(0);
  });

  it('runJobNow runs a job in-process (the CLI), and names the known jobs for an unknown one', async () => {
    const before = await runs();
    await runJobNow('test.count-runs', { db: t.db });
    expect(await runs()).toBe(before + 1);
    await expect(runJobNow('test.nope', { db: t.db })).rejects.toThrow(
      /未知的任务 test\.nope.*test\.count-runs/,
    );
  });
});

describe('the daily clock sweep', () => {
  const handler = randomUUID();

  async function urgencyAndReminders(clockId: string) {
    const { rows } = await t.db.execute<{ urgency: string; reminders: number }>(sql`
      SELECT urgency, (SELECT count(*) FROM notifications WHERE user_id = ${handler}) AS reminders
      FROM clocks WHERE id = ${clockId}`);
    return rows[0];
  }

  it('is scheduled at 01:00 China time, marks an overdue clock, notifies its handler once however often it runs', async () => {
    await ensureCalendarSeeded(t.db);
    const ctx = makeCtx(t.db, null, 'test', new Date('2024-03-01T02:00:00Z'));
    const clock = await inTransaction(t.db, (tx) =>
      startClock(tx, ctx, {
        def: replyClock,
        subjectType: 'test_item',
        subjectId: 'overdue-1',
        title: '测试申请 2024-0001',
        orgUnitId: randomUUID(),
        districtId: randomUUID(),
        handlerUserId: handler,
        startedOn: '2024-03-01',
      }),
    );
    const jobs = await start([dailyClockSweep]);
    try {
      await jobs.runNow('clocks.daily-sweep');
      expect(await urgencyAndReminders(clock.id)).toEqual({ urgency: 'overdue', reminders: 1 });
      await jobs.runNow('clocks.daily-sweep');
      await runJobNow('clocks.daily-sweep', { db: t.db });
      expect(await urgencyAndReminders(clock.id)).toEqual({ urgency: 'overdue', reminders: 1 });
    } finally {
      await jobs.stop();
    }
    expect(await schedules()).toContainEqual({
      name: 'clocks.daily-sweep',
      cron: '0 1 * * *',
      timezone: 'Asia/Shanghai',
    });
  });
});
