import { writeFile } from 'node:fs/promises';
import { type ReportKind, ReportQuery } from '../../../common/contracts/reports/annual.js';
import { chinaDate } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { CliRegistrar } from '../../platform/modules.js';
import { reportCliFailure, reportCommand } from '../../platform/reports/index.js';
import { annualReportFile } from './files.js';
import { annualReport } from './service.js';

interface ReportOptions {
  year: string;
  unit?: string;
  json?: boolean;
  docx?: string;
  pdf?: string;
}

/** Writes the .docx (GB/T 9704) and, when asked and LibreOffice is there, the PDF. */
async function writeFiles(db: Db, input: Parameters<typeof annualReportFile>[2], opts: ReportOptions) {
  for (const format of ['docx', 'pdf'] as const) {
    const path = opts[format];
    if (!path) continue;
    await writeFile(path, (await annualReportFile(db, 'system', input, format)).body);
    console.error(`已写入 ${path}`);
  }
}

/** `fazhi report annual|disclosure-annual`: the same JSON as the API — the stored report if there is one. */
export const reportsCli: CliRegistrar = (program, { withDb }) => {
  const mount = (name: string, report: ReportKind, description: string) =>
    reportCommand(program)
      .command(name)
      .description(description)
      .requiredOption('--year <year>', '年度')
      .option('--unit <code>', '机构代码（默认：全区）')
      .option('--json', '仅输出 JSON')
      .option('--docx <file>', '写出 .docx（GB/T 9704 公文格式）')
      .option('--pdf <file>', '写出 PDF（需安装 LibreOffice）')
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
          const input = { report, ...parsed.data, year, today: chinaDate(new Date()) };
          const doc = await withDb(async (db) => {
            await writeFiles(db, input, opts);
            return annualReport(db, 'system', input);
          });
          if (opts.json) {
            console.log(JSON.stringify(doc));
            return;
          }
          console.log(`${doc.title}\n\n${doc.opening}`);
          for (const section of doc.sections) {
            console.log(`\n${section.heading}`);
            for (const p of section.paragraphs) console.log(p.text);
          }
          for (const line of doc.closing) console.log(`\n${line}`);
          console.log(`\n${doc.signature.organs.join('\n')}\n${doc.signature.dateOn ?? ''}`);
          for (const check of doc.checks) console.log(`[${check.level}] ${check.message}`);
        } catch (error) {
          reportCliFailure(error);
        }
      });
  mount('annual', 'rule_of_law_annual', '法治政府建设年度报告（已签署的为定稿，否则由记录计算）');
  mount(
    'disclosure-annual',
    'disclosure_annual',
    '政府信息公开工作年度报告（已签署的为定稿，否则由记录计算）',
  );
};
