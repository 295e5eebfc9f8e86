import { Table3Query } from '../../../../common/contracts/disclosure/table3.js';
import { AppError } from '../../../platform/errors.js';
import type { CliRegistrar } from '../../../platform/modules.js';
import { reportCommand } from '../../../platform/reports/index.js';
import { getTable3 } from './service.js';

function fail(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  console.error(`错误：${error.message}`);
  for (const f of error.fields ?? []) console.error(`  - ${f.path}：${f.message}`);
  process.exitCode = 1;
}

/**
 * `fazhi report disclosure-table3 --year Y [--unit <org unit id>] [--format 2021|2019] --json`: the same
 * JSON as GET /api/v1/disclosure/table3 (district scope unless a unit is named).
 */
export const table3Cli: CliRegistrar = (program, { withDb }) => {
  reportCommand(program)
    .command('disclosure-table3')
    .description('政府信息公开年报表三（由申请记录计算）')
    .requiredOption('--year <year>', '年度')
    .option('--unit <id>', '机构编号（默认：全区）')
    .option('--format <format>', '2021 | 2019（默认为该年度报告所用格式：2019、2020 年度为 2019 年试行格式）')
    .option('--json', '仅输出 JSON')
    .action(async (opts: { year: string; unit?: string; format?: string; json?: boolean }) => {
      const parsed = Table3Query.safeParse(opts);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          console.error(`错误：--${issue.path.join('.')}：${issue.message}`);
        process.exitCode = 1;
        return;
      }
      try {
        const table = await withDb((db) => getTable3(db, 'system', parsed.data));
        if (opts.json) {
          console.log(JSON.stringify(table));
          return;
        }
        console.log(`${table.year}年度 ${table.unit.name} 表三（${table.format} 格式）`);
        for (const row of table.rows) console.log(`${row.label}\t${row.values.join('\t')}`);
        for (const check of table.checks) console.log(`勾稽问题：${check.message}`);
      } catch (error) {
        fail(error);
      }
    });
};
