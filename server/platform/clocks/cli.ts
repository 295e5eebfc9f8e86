import { chinaDate } from '../context.js';
import type { CliRegistrar } from '../modules.js';
import { sweepClocks } from './sweep.js';

/** `fazhi clocks sweep [--today YYYY-MM-DD]`: run the daily reminder sweep once (idempotent). */
export const clocksCli: CliRegistrar = (program, { withDb }) => {
  program
    .command('clocks')
    .description('法定期限 statutory clocks')
    .command('sweep')
    .description('mark clocks due soon / overdue and notify their handlers (safe to repeat)')
    .option('--today <date>', 'the statutory day to sweep for (default: today in China)')
    .action(async (opts: { today?: string }) => {
      const today = opts.today ?? chinaDate(new Date());
      const r = await withDb((db) => sweepClocks(db, today));
      console.log(`${today}：即将到期 ${r.dueSoon} 个，已超期 ${r.overdue} 个，新发通知 ${r.notified} 条`);
    });
};
