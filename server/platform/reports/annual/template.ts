/**
 * The report templates: versioned data (`data/reports/*.yaml`), one version per span of report years, so a
 * past year renders with the template of its year (decision 0031).
 */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import type { ReportKey } from './define-statement.js';
import { projectPath } from '../../paths.js';

const Area = z.object({ key: z.string().regex(/^[a-z_]+$/), title: z.string().min(1) });

const Section = z.object({
  no: z.number().int().min(1),
  title: z.string().min(1),
  /** Sub-sections by area ((一) … (七)); statements name one. */
  areas: z.array(Area).optional(),
  /** The table the section is (the disclosure report's 二, 三, 四). */
  table: z.string().optional(),
  /** Paragraphs are numbered 一是, 二是 … */
  numbered: z.boolean().default(false),
  /** What the section says when nothing is reported in it. */
  empty: z.string().optional(),
  /** The engine suggests its paragraphs (decision 0037): from indicators' shortfalls, or next year's work plans. */
  drafted: z.enum(['shortfalls', 'plans']).optional(),
});

const Version = z.object({
  id: z.string().min(1),
  years: z.object({ from: z.number().int(), to: z.number().int().optional() }),
  basis: z.string().min(1),
  tableFormat: z.string().optional(),
  title: z.string().min(1),
  opening: z.string().min(1),
  closing: z.array(z.string()).default([]),
  sections: z.array(Section).min(1),
  /** A stated figure that moves by more than `factor` against last year is mentioned (counts below `floor` are not). */
  yearOnYear: z
    .object({ factor: z.number().gt(1), floor: z.number().min(0) })
    .default({ factor: 3, floor: 10 }),
});

const TemplateFile = z.object({ key: z.string(), versions: z.array(Version).min(1) });

export type TemplateSection = z.infer<typeof Section>;
export type TemplateVersion = z.infer<typeof Version>;

const FILES: Record<ReportKey, string> = {
  rule_of_law_annual: 'rule-of-law-annual.yaml',
  disclosure_annual: 'disclosure-annual.yaml',
};

const cache = new Map<ReportKey, TemplateVersion[]>();

/** Parses a template file; a malformed file stops with the path of the bad field. */
export function parseTemplateFile(text: string, name: string): TemplateVersion[] {
  const parsed = TemplateFile.safeParse(load(text, { schema: CORE_SCHEMA }));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${name}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data.versions;
}

function versionsOf(report: ReportKey): TemplateVersion[] {
  let versions = cache.get(report);
  if (!versions) {
    const file = projectPath(`data/reports/${FILES[report]}`);
    versions = parseTemplateFile(readFileSync(file, 'utf8'), FILES[report]);
    cache.set(report, versions);
  }
  return versions;
}

/** The template version a report year is written in, or null before the report existed. */
export function templateFor(report: ReportKey, year: number): TemplateVersion | null {
  return (
    versionsOf(report).find(
      (v) => v.years.from <= year && year <= (v.years.to ?? Number.POSITIVE_INFINITY),
    ) ?? null
  );
}

export interface TitleWords {
  year: number;
  unit: string;
  unitShort: string;
}

/** Fills a template's {year}, {nextYear}, {unit}, {unitShort}. */
export function fillWords(text: string, words: TitleWords): string {
  return text
    .replaceAll('{nextYear}', String(words.year + 1))
    .replaceAll('{year}', String(words.year))
    .replaceAll('{unitShort}', words.unitShort)
    .replaceAll('{unit}', words.unit);
}
