import { writeFile } from 'node:fs/promises';
import { type ReportKind, ReportQuery } from '../../../common/contracts/reports/annual.js';
import { SuggestionQuery } from '../../../common/contracts/reports/suggestions.js';
import { chinaDate } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { CliRegistrar } from '../../platform/modules.js';
import { reportCliFailure, reportCommand, suggestParagraphs } from '../../platform/reports/index.js';
import { annualReportFile } from './files.js';
import { annualReport } from './service/index.js';

interface ReportOptions {
  year: string;
  unit?: string;
  json?: boolean;
  docx?: string;
  pdf?: string;
  xlsx?: string;
}

/** Writes the .docx (GB/T 9704), the PDF (when LibreOffice is there) and the tables' .xlsx, as asked. */
async function writeFiles(db: Db, input: Parameters<typeof annualReportFile>[2], opts: ReportOptions) {
  for (const format of ['docx', 'pdf', 'xlsx'] as const) {
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
      .option('--xlsx <file>', '将报告的表格写入 .xlsx（每表一页，官方合并单元格版式）')
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
  mountSuggestions(program, withDb);
};

/** `fazhi report suggestions`: the drafted paragraphs of 二 / 四 (decision 0037), as the API returns them. */
function mountSuggestions(
  program: Parameters<CliRegistrar>[0],
  withDb: Parameters<CliRegistrar>[1]['withDb'],
) {
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
        reportCliFailure(error);
      }
    });
}
