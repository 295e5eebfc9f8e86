import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ReportQuery } from '../../../../common/contracts/reports/annual.js';
import { AppError } from '../../errors.js';
import type { CliRegistrar } from '../../modules.js';
import { assembleReport } from './assemble.js';
import type { ReportKey } from './define-statement.js';
import { reportTablesXlsx } from './xlsx.js';

/** `fazhi report …`: the parent command, shared with the modules' reports (disclosure-table3). */
export function reportCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'report') ??
    program.command('report').description('生成报告 / reports')
  );
}

function fail(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  console.error(`错误：${error.message}`);
  for (const f of error.fields ?? []) console.error(`  - ${f.path}：${f.message}`);
  process.exitCode = 1;
}

interface ReportOptions {
  year: string;
  unit?: string;
  json?: boolean;
  xlsx?: string;
}

function mountReport(
  program: Command,
  withDb: Parameters<CliRegistrar>[1]['withDb'],
  name: string,
  report: ReportKey,
  description: string,
) {
  reportCommand(program)
    .command(name)
    .description(description)
    .requiredOption('--year <year>', '年度')
    .option('--unit <code>', '机构代码（默认：全区）')
    .option('--json', '仅输出 JSON')
    .option('--xlsx <file>', '将报告的表格写入 .xlsx 文件（每表一页）')
    .action(async (opts: ReportOptions) => {
      const parsed = ReportQuery.safeParse(opts);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          console.error(`错误：--${issue.path.join('.')}：${issue.message}`);
        process.exitCode = 1;
        return;
      }
      try {
        const year = parsed.data.year as number; // --year is a required option
        const doc = await withDb((db) => assembleReport(db, 'system', { report, ...parsed.data, year }));
        if (opts.xlsx) {
          await writeFile(opts.xlsx, await reportTablesXlsx(doc));
          console.error(`已写入 ${opts.xlsx}`);
        }
        if (opts.json) {
          console.log(JSON.stringify(doc));
          return;
        }
        console.log(`${doc.title}\n\n${doc.opening}`);
        for (const section of doc.sections) {
          console.log(`\n${section.heading}`);
          for (const p of section.paragraphs) console.log(p.text);
        }
        for (const check of doc.checks) console.log(`[${check.level}] ${check.message}`);
      } catch (error) {
        fail(error);
      }
    });
}

/** `fazhi report annual` and `fazhi report disclosure-annual`: the same JSON as the API, at district scope. */
export const annualReportCli: CliRegistrar = (program, { withDb }) => {
  mountReport(program, withDb, 'annual', 'rule_of_law_annual', '法治政府建设年度报告（由记录计算）');
  mountReport(
    program,
    withDb,
    'disclosure-annual',
    'disclosure_annual',
    '政府信息公开工作年度报告（由记录计算）',
  );
};
