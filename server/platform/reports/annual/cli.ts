import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AnnualReport } from '../../../../common/contracts/reports/annual.js';
import { chinaDate } from '../../context.js';
import { buildReportDocx, renderPdf } from '../../docx/index.js';
import { ReportQuery } from '../../../../common/contracts/reports/annual.js';
import { AppError } from '../../errors.js';
import type { CliRegistrar } from '../../modules.js';
import { SuggestionQuery } from '../../../../common/contracts/reports/suggestions.js';
import { assembleReport } from './assemble.js';
import { suggestParagraphs } from './suggest.js';
import { reportDocument } from './document.js';
import type { ReportKey } from './define-statement.js';

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
  docx?: string;
  pdf?: string;
}

/** Writes the report as .docx (GB/T 9704) and, when asked and LibreOffice is there, as PDF. */
async function writeFiles(doc: AnnualReport, opts: ReportOptions): Promise<void> {
  if (!opts.docx && !opts.pdf) return;
  const docx = await buildReportDocx(reportDocument(doc, { draft: true, today: chinaDate(new Date()) }));
  if (opts.docx) await writeFile(opts.docx, docx);
  if (opts.pdf) await writeFile(opts.pdf, await renderPdf(docx));
  for (const file of [opts.docx, opts.pdf]) if (file) console.error(`已写入 ${file}`);
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
        const doc = await withDb((db) => assembleReport(db, 'system', { report, ...parsed.data, year }));
        await writeFiles(doc, opts);
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

/** `fazhi report suggestions`: the drafted paragraphs of 二 / 四 (decision 0037), as the API returns them. */
function mountSuggestions(program: Command, withDb: Parameters<CliRegistrar>[1]['withDb']) {
  reportCommand(program)
    .command('suggestions')
    .description('年度报告建议段落（不足和原因、下一年度安排）')
    .requiredOption('--year <year>', '年度')
    .option('--report <kind>', 'rule_of_law_annual | disclosure_annual', 'rule_of_law_annual')
    .option('--unit <code>', '机构代码（默认：全区）')
    .option('--json', '仅输出 JSON')
    .action(async (opts: ReportOptions & { report: string }) => {
      const parsed = SuggestionQuery.safeParse(opts);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          console.error(`错误：--${issue.path.join('.')}：${issue.message}`);
        process.exitCode = 1;
        return;
      }
      try {
        const year = parsed.data.year as number; // --year is a required option
        const out = await withDb((db) => suggestParagraphs(db, 'system', { ...parsed.data, year }));
        if (opts.json) return void console.log(JSON.stringify(out));
        for (const s of out.suggestions) console.log(`[${s.paragraph.section}] ${s.rendered.text}`);
        for (const check of out.checks) console.log(`[${check.level}] ${check.message}`);
      } catch (error) {
        fail(error);
      }
    });
}

/** `fazhi report annual` and `fazhi report disclosure-annual`: the same JSON as the API, at district scope. */
export const annualReportCli: CliRegistrar = (program, { withDb }) => {
  mountSuggestions(program, withDb);
  mountReport(program, withDb, 'annual', 'rule_of_law_annual', '法治政府建设年度报告（由记录计算）');
  mountReport(
    program,
    withDb,
    'disclosure-annual',
    'disclosure_annual',
    '政府信息公开工作年度报告（由记录计算）',
  );
};
