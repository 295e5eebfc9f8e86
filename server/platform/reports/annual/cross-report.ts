/**
 * The checks that look beyond one report's own sentences (decision 0037): the declared agreements with the other
 * report of the same year and unit and with last year's tables, each stated figure against last year, and a
 * drafted section with nothing in it. Run by `assembleReport`, so they are there before sign-off.
 */
import type { AnnualReport } from '../../../../common/contracts/reports/annual.js';
import type { Executor } from '../../db/client.js';
import type { MetricScope } from '../define-metric.js';
import { agreementChecks, statedFigures } from './agreements.js';
import { agreementsOf, type FigureSide, planSourcesOf } from './define-indicator.js';
import { type ReportCheck, type ReportKey, reportTableOf, statementsOf } from './define-statement.js';
import { type DraftParagraph, generateDraft, type ReportDraft } from './draft.js';
import { computeFigures, periodOfYear } from './figures.js';
import { chineseNumeral } from './render.js';
import { templateFor, type TemplateVersion } from './template.js';

export interface ThisReport {
  report: ReportKey;
  year: number;
  scope: MetricScope;
  /** What this report states, by figure id (typed overrides included). */
  stated: Map<string, number>;
  tables: AnnualReport['tables'];
  /** The other report's stored draft of the same year, when the caller has it (else its generated draft). */
  companions?: Partial<Record<ReportKey, ReportDraft | null>>;
}

const sideKey = (s: FigureSide) => `${s.report}|${s.yearOffset ?? 0}|${s.table ?? ''}|${s.figure}`;

/** A table's named figures for a report year, computed by its module (undefined: not in that year's template). */
async function tableFigures(db: Executor, self: ThisReport, report: ReportKey, table: string, year: number) {
  const template = templateFor(report, year);
  const def = reportTableOf(report, table);
  if (!template || !def || !template.sections.some((s) => s.table === table)) return undefined;
  const result = await def.compute({
    db,
    year,
    period: periodOfYear(year),
    scope: self.scope,
    format: template.tableFormat ?? '',
  });
  return result.figures;
}

/** What another report (or another year's) states of the figures wanted: its stored draft, or the generated one. */
async function otherStated(
  db: Executor,
  self: ThisReport,
  report: ReportKey,
  year: number,
  wanted: string[],
) {
  const template = templateFor(report, year);
  if (!template) return new Map<string, number>();
  const stored = year === self.year ? self.companions?.[report] : undefined;
  const paragraphs: DraftParagraph[] =
    stored?.paragraphs ?? generateDraft(template, statementsOf(report, year));
  const { values } = await computeFigures(db, self.scope, periodOfYear(year), wanted);
  return statedFigures(paragraphs, values);
}

async function resolveSide(db: Executor, self: ThisReport, side: FigureSide, wanted: string[]) {
  const year = self.year + (side.yearOffset ?? 0);
  if (side.report === self.report && year === self.year)
    return side.table ? self.tables[side.table]?.figures?.[side.figure] : self.stated.get(side.figure);
  if (side.table) return (await tableFigures(db, self, side.report, side.table, year))?.[side.figure];
  return (await otherStated(db, self, side.report, year, wanted)).get(side.figure);
}

/** The declared agreements of this report, each place resolved once. */
export async function crossReportChecks(db: Executor, self: ThisReport): Promise<ReportCheck[]> {
  const agreements = agreementsOf(self.report);
  const sides = [...new Map(agreements.flatMap((a) => a.sides).map((s) => [sideKey(s), s])).values()];
  const wanted = sides.filter((s) => !s.table).map((s) => s.figure);
  const values = new Map<string, number | undefined>();
  for (const side of sides) values.set(sideKey(side), await resolveSide(db, self, side, wanted));
  return agreementChecks(agreements, self.year, (side) => values.get(sideKey(side)));
}

export const NO_PLAN_MESSAGE = '尚无下一年度工作计划';

/** A plans section with nothing in it and no module keeping a work plan: said, so nobody signs an empty 四. */
export function emptyPlanChecks(
  template: TemplateVersion,
  report: ReportKey,
  paragraphs: readonly DraftParagraph[],
): ReportCheck[] {
  return template.sections
    .filter((s) => s.drafted === 'plans' && !paragraphs.some((p) => p.section === s.no))
    .map((s) => ({
      level: 'info' as const,
      message:
        planSourcesOf(report).length === 0
          ? `${NO_PLAN_MESSAGE}：第${chineseNumeral(s.no)}部分需由起草人撰写`
          : `第${chineseNumeral(s.no)}部分尚无内容：工作计划中没有下一年度事项`,
      keys: [],
    }));
}
