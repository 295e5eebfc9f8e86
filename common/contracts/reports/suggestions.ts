import { z } from '../zod-setup.js';
import { REPORT_KINDS, ReportCheck, ReportParagraph, ReportQuery } from './annual.js';

/**
 * The paragraphs the report engine suggests for a year's report (decision 0037): section 二 (不足和原因) from the
 * indicators that fall short, section 四 (下一年度主要安排) from next year's work plans.
 * `GET /api/v1/reports/suggestions?report&year&unit`. The coordinator accepts, edits or drops each.
 */
export const SuggestionQuery = ReportQuery.extend({
  report: z
    .enum(REPORT_KINDS, { message: '报告种类应为 rule_of_law_annual 或 disclosure_annual' })
    .default('rule_of_law_annual'),
});
export type SuggestionQuery = z.infer<typeof SuggestionQuery>;

/** A draft paragraph as stored: its text keeps the figures as placeholders (`{metric.key}`, `{…|previous}`). */
export const SuggestedParagraph = z.object({
  id: z.string(),
  section: z.number(),
  order: z.number(),
  statement: z.null(),
  lead: z.string().optional(),
  text: z.string(),
  origin: z.literal('suggested'),
  /** The indicator or work-plan source it comes from. */
  suggestedBy: z.string(),
});

export const ReportSuggestions = z.object({
  report: z.enum(REPORT_KINDS),
  year: z.number(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  suggestions: z.array(
    z.object({
      /** What the draft stores when the coordinator accepts it. */
      paragraph: SuggestedParagraph,
      /** The same, filled with this year's figures (and last year's), each with its drill-down. */
      rendered: ReportParagraph,
    }),
  ),
  checks: z.array(ReportCheck),
});
export type ReportSuggestions = z.infer<typeof ReportSuggestions>;
