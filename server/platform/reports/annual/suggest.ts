/**
 * Suggestions for a report's drafted sections (decision 0037): 二 (不足和原因) from the indicators that fall short
 * this year, 四 (下一年度主要安排) from the modules' next-year work plans. The reports module (workflow) calls
 * `suggestParagraphs` and lets the coordinator accept, edit or drop each; nothing is stored here.
 */
import type { ReportSuggestions } from '../../../../common/contracts/reports/suggestions.js';
import type { Executor } from '../../db/client.js';
import type { MetricScope } from '../define-metric.js';
import { type ReportReader, requireTemplate, resolveReportUnit, titleWords } from './assemble.js';
import { NO_PLAN_MESSAGE } from './cross-report.js';
import { indicatorsOf, planSourcesOf, type ReportIndicatorDef } from './define-indicator.js';
import type { ReportCheck, ReportKey } from './define-statement.js';
import type { DraftParagraph } from './draft.js';
import { computeFigures, computePreviousYear, periodOfYear } from './figures.js';
import { chineseNumeral, paragraphOf } from './render.js';
import { figureId, figureRefs } from './sentence.js';
import { draftPlans, draftShortfalls } from './shortfalls.js';
import type { TemplateVersion } from './template.js';

export interface SuggestInput {
  report: ReportKey;
  year: number;
  /** An org unit's code or id; omitted = the reader's (the district for a district-wide role). */
  unit?: string;
}

const figuresOfIndicator = (i: ReportIndicatorDef) => [
  i.figure,
  ...(i.base ? [i.base] : []),
  ...Object.values(i.sentences).flatMap((text) => figureRefs(text ?? '').map(figureId)),
];

/** The plan items of next year, or the info check that there are none. */
async function planSuggestions(
  db: Executor,
  args: { report: ReportKey; year: number; scope: MetricScope; section: number },
): Promise<{ paragraphs: DraftParagraph[]; checks: ReportCheck[] }> {
  const sources = planSourcesOf(args.report);
  const plans: { key: string; items: Awaited<ReturnType<(typeof sources)[number]['items']>> }[] = [];
  for (const s of sources)
    plans.push({ key: s.key, items: await s.items({ db, year: args.year + 1, scope: args.scope }) });
  const paragraphs = draftPlans(plans, args.section);
  if (paragraphs.length > 0) return { paragraphs, checks: [] };
  const where = `第${chineseNumeral(args.section)}部分`;
  return {
    paragraphs,
    checks: [{ level: 'info', message: `${NO_PLAN_MESSAGE}，${where}未起草建议段落`, keys: [] }],
  };
}

const sectionOf = (template: TemplateVersion, kind: 'shortfalls' | 'plans') =>
  template.sections.find((s) => s.drafted === kind)?.no;

/** The suggested paragraphs of a report year for a unit, each with its figures filled and listed. */
export async function suggestParagraphs(
  db: Executor,
  reader: ReportReader,
  input: SuggestInput,
): Promise<ReportSuggestions> {
  const template = requireTemplate(input.report, input.year);
  const { unit, scope } = await resolveReportUnit(db, reader, input.unit);
  const words = await titleWords(db, unit, input.year);
  const period = periodOfYear(input.year);
  const indicators = indicatorsOf(input.report, input.year);
  const ids = indicators.flatMap(figuresOfIndicator);
  const current = await computeFigures(db, scope, period, ids);
  const previous = await computePreviousYear(db, scope, input.year, ids);
  const shortfallSection = sectionOf(template, 'shortfalls');
  const planSection = sectionOf(template, 'plans');
  const plans = planSection
    ? await planSuggestions(db, { report: input.report, year: input.year, scope, section: planSection })
    : { paragraphs: [], checks: [] };
  const paragraphs = [
    ...(shortfallSection ? draftShortfalls(indicators, shortfallSection, current.values, previous) : []),
    ...plans.paragraphs,
  ];
  const renderInput = { template, words, period, paragraphs, values: current.values, previous };
  return {
    report: input.report,
    year: input.year,
    unit: { id: unit.id, code: unit.code, name: words.unit },
    suggestions: paragraphs.map((p) => ({
      paragraph: { ...p, statement: null, origin: 'suggested' as const, suggestedBy: p.suggestedBy ?? '' },
      rendered: paragraphOf(p, null, renderInput),
    })),
    checks: plans.checks,
  };
}
