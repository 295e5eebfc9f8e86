import type { CliRegistrar } from '../modules.js';
import { chinaDate } from '../context.js';
import { listMetricDefs } from './define-metric.js';
import { computeMetric, resolvePeriod } from './metric-service.js';

/** `fazhi metrics <key> --year Y --json`: the same answer as GET /api/v1/metrics/:key, at district scope. */
export const metricsCli: CliRegistrar = (program, { withDb }) => {
  program
    .command('metrics')
    .description('指标取值 / report figures by key (list them with `metrics list`)')
    .argument('<key>', 'metric key, e.g. powers.items_published, or "list"')
    .option('--year <year>', 'calendar year', (v) => Number(v))
    .option('--from <date>', 'period start YYYY-MM-DD')
    .option('--to <date>', 'period end YYYY-MM-DD')
    .option('--json', 'print JSON only')
    .action(async (key: string, opts: { year?: number; from?: string; to?: string; json?: boolean }) => {
      if (key === 'list') {
        for (const d of listMetricDefs()) console.log(`${d.key}\t${d.label}`);
        return;
      }
      const period = resolvePeriod(opts, chinaDate(new Date()));
      const answer = await withDb((db) => computeMetric(db, 'system', key, period));
      if (opts.json) console.log(JSON.stringify(answer));
      else
        console.log(
          `${key} (${period.from} – ${period.to}): ${answer.value}${answer.breakdown ? `\n${JSON.stringify(answer.breakdown, null, 2)}` : ''}`,
        );
    });
};
