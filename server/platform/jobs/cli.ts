import type { CliRegistrar } from '../modules.js';
import { registeredJobs, runJobNow } from './registry.js';

/** `fazhi jobs list` and `fazhi jobs run <name>`: run a job by hand, in this process, now. */
export const jobsCli: CliRegistrar = (program, { withDb }) => {
  const jobs = program.command('jobs').description('后台任务 background jobs');
  jobs
    .command('list')
    .description('list the declared jobs and their schedules (Asia/Shanghai)')
    .action(() => {
      for (const job of registeredJobs()) console.log(`${job.name.padEnd(32)} ${job.schedule ?? '（按需）'}`);
    });
  jobs
    .command('run <name>')
    .description('run one job now (jobs are idempotent: safe beside the scheduled run)')
    .action((name: string) =>
      withDb(async (db) => {
        const started = Date.now();
        await runJobNow(name, { db });
        console.log(`任务 ${name} 已完成（${Date.now() - started} ms）`);
      }),
    );
};
