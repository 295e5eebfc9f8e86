/**
 * What a module declares into the annual reports (decision 0031): sentences bound to its metric keys, placed in
 * a report's section, and — for the disclosure report — tables computed from its records. The report engine
 * assembles a report from the declarations of the modules installed; a figure in a sentence is always a live
 * value with its key, period and drill-down, never typed.
 */
import type { Executor } from '../../db/client.js';
import type { MetricScope, Period } from '../define-metric.js';

/** The two reports the law requires of a district and of each department. */
export const REPORT_KEYS = ['rule_of_law_annual', 'disclosure_annual'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

/** Where a statement stands: the report, the section number of the template and, in a section with areas, the area. */
export interface StatementPlace {
  report: ReportKey;
  section: number;
  /** The area (sub-section) key of the template, e.g. `supervision` for 一(六) 完善监督机制. */
  area?: string;
}

/**
 * A check a statement's words make: the claim (e.g. "现已全部办结") is true only when the figure equals the
 * value. The report engine checks it whenever the paragraph still says the claim.
 */
export interface StatementClaim {
  words: string;
  /** `<metric key>` or `<metric key>:<breakdown cell>`. */
  figure: string;
  equals: number | { figure: string };
}

/** Parts that must add up to their total when stated together (35 + 2 + 6 = 43). */
export interface StatementSum {
  total: string;
  parts: readonly string[];
}

export interface ReportStatementDef {
  /** `<module>.<name>`, stable: a stored draft refers to it. */
  key: string;
  place: StatementPlace;
  /** Order among the statements of its area (or section); the report numbers them 一是, 二是 … in this order. */
  order: number;
  /** The point's lead phrase, e.g. "全面推进政务公开" → "三是全面推进政务公开。…". */
  lead?: string;
  /**
   * The sentence, zh-CN (the reports are Chinese official documents): figures as `{metric.key}`,
   * `{metric.key:cell}` for a breakdown cell, with an optional format `|亿`, `|万`, `|%`.
   */
  text: string;
  claims?: readonly StatementClaim[];
  sums?: readonly StatementSum[];
  /** First and last report year the sentence applies to (a measure introduced later, a template that changed). */
  years?: { from?: number; to?: number };
}

export interface ReportTableArgs {
  db: Executor;
  year: number;
  period: Period;
  scope: MetricScope;
  /** The template version's table format, e.g. '2021' or '2019' for the disclosure tables. */
  format: string;
}

/** One cell of a table in its official layout (HTML conventions: a spanned cell is omitted from later rows). */
export interface ReportTableCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  header?: boolean;
  /** The figure behind a number cell, for drill-down: a metric key (and cell) or a module's own link. */
  figure?: { key: string; cell?: string; value: number };
  href?: string;
  /** Where an imported figure came from (来源), or why the cell is empty (decision 0033). */
  note?: string;
}

export interface ReportTableResult {
  /** The table's figures as data (what `--json` prints under `tables`). */
  rows: unknown[];
  /** The same table laid out for HTML, .docx and .xlsx. */
  layout: ReportTableCell[][];
  checks: ReportCheck[];
  /**
   * Named figures other checks compare (decision 0037), e.g. 表三 `received:total` (row 一 总计), `carried_in:total`
   * (row 二), `carried_out:total` (row 四): the names the modules' `reportAgreements` use.
   */
  figures?: Record<string, number>;
}

/** A table of a report, computed by its module (the disclosure report's tables 二, 三, 四). */
export interface ReportTableDef {
  /** `<module>.<name>`. */
  key: string;
  report: ReportKey;
  /** The name the template and the JSON use, e.g. "二". */
  name: string;
  compute(args: ReportTableArgs): Promise<ReportTableResult>;
}

export type CheckLevel = 'error' | 'warning' | 'info';

/** A finding of the consistency checks run before sign-off. */
export interface ReportCheck {
  level: CheckLevel;
  message: string;
  keys: string[];
}

const STATEMENT_KEY = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** Declares a report statement (listed in a manifest's `statements`). */
export function defineStatement(def: ReportStatementDef): ReportStatementDef {
  if (!STATEMENT_KEY.test(def.key)) throw new Error(`Statement key ${def.key}: use <module>.<name>`);
  return Object.freeze(def);
}

/** Declares a report table (listed in a manifest's `reportTables`). */
export function defineReportTable(def: ReportTableDef): ReportTableDef {
  if (!STATEMENT_KEY.test(def.key)) throw new Error(`Report table key ${def.key}: use <module>.<name>`);
  return Object.freeze(def);
}

const statements = new Map<string, ReportStatementDef>();
const tables = new Map<string, ReportTableDef>();

function registerOnce<T>(registry: Map<string, T>, what: string, key: string, def: T): void {
  const existing = registry.get(key);
  if (existing && existing !== def) throw new Error(`${what} ${key} is declared twice`);
  registry.set(key, def);
}

/** Registers a declared statement (kernel boot only). */
export const registerStatement = (def: ReportStatementDef) =>
  registerOnce(statements, 'Report statement', def.key, def);

/** Registers a declared report table (kernel boot only); two tables of one report under one name stop the boot. */
export function registerReportTable(def: ReportTableDef): void {
  const clash = [...tables.values()].find((t) => t.report === def.report && t.name === def.name && t !== def);
  if (clash)
    throw new Error(`Report table ${def.report} ${def.name} is declared by ${clash.key} and ${def.key}`);
  registerOnce(tables, 'Report table', def.key, def);
}

/** The statements of a report installed for a year, in section / area / order. */
export function statementsOf(report: ReportKey, year: number): ReportStatementDef[] {
  return [...statements.values()]
    .filter((s) => s.place.report === report)
    .filter((s) => (s.years?.from ?? 0) <= year && year <= (s.years?.to ?? 9999))
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

export const getStatement = (key: string) => statements.get(key);

/** The table a report names, if its module is installed. */
export function reportTableOf(report: ReportKey, name: string): ReportTableDef | undefined {
  return [...tables.values()].find((t) => t.report === report && t.name === name);
}
