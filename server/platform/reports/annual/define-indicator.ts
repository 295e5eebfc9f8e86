/**
 * What a module declares so the engine can draft and check a report (decision 0037): indicators whose shortfall
 * drafts a sentence of section 二 (不足和原因), agreements — "the same figure" stated in two places that must
 * agree — and work-plan sources that draft section 四 (下一年度主要安排).
 */
import type { Executor } from '../../db/client.js';
import type { MetricScope } from '../define-metric.js';
import type { ReportKey } from './define-statement.js';

/**
 * An indicator: a figure with a good direction and an optional target. It drafts a suggestion when the figure is
 * below its target or worse than last year, in the module's own words citing the figure.
 */
export interface ReportIndicatorDef {
  /** `<module>.<name>`, stable: an accepted suggestion remembers it. */
  key: string;
  /** The figure judged: `<metric key>` or `<metric key>:<cell>`. */
  figure: string;
  /** Which way is better. */
  better: 'higher' | 'lower';
  /** The level aimed at (a rate as a fraction: 1 = 100%); none = judged against last year only. */
  target?: number;
  /** Judged only when this figure is above 0 (a rate of nothing is no achievement, nor a shortfall). */
  base?: string;
  /** The reports whose drafted section (the template's `drafted: shortfalls`) takes the suggestion. */
  reports: readonly ReportKey[];
  order: number;
  /**
   * The sentences, zh-CN, with figures as in a statement and `{…|previous}` for last year's value; `{target}` is
   * the target as the figure is written. `worse` is used when the figure is worse than last year, else `belowTarget`.
   */
  sentences: { worse?: string; belowTarget?: string };
  years?: { from?: number; to?: number };
}

/** Where a figure stands in a report: a sentence's figure, or a named figure of one of its tables. */
export interface FigureSide {
  report: ReportKey;
  /** `<metric key>[:cell]`, or the table's figure name when `table` is given. */
  figure: string;
  table?: string;
  /** -1: the same report of the year before (表三 上年结转 = last year's 结转下年度). */
  yearOffset?: 0 | -1;
}

/** Two places that state the same figure: each present in its report must agree (decision 0037). */
export interface ReportAgreementDef {
  key: string;
  /** What is compared, as the check message names it, e.g. "本年新收政府信息公开申请数量". */
  label: string;
  sides: readonly [FigureSide, FigureSide];
  level?: 'error' | 'warning';
}

/** One point of next year's work plan a module keeps (四 下一年度主要安排). */
export interface PlanItem {
  /** zh-CN, as the report states it; figures may be placeholders. */
  text: string;
  order: number;
  lead?: string;
}

/** A module's next-year work plan, for drafting section 四 (no module keeps one yet). */
export interface ReportPlanSource {
  key: string;
  reports: readonly ReportKey[];
  items(args: { db: Executor; year: number; scope: MetricScope }): Promise<PlanItem[]>;
}

const KEY = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

function checked<T extends { key: string }>(what: string, def: T): T {
  if (!KEY.test(def.key)) throw new Error(`${what} key ${def.key}: use <module>.<name>`);
  return Object.freeze(def);
}

/** Declares a report indicator (listed in a manifest's `reportIndicators`). */
export function defineIndicator(def: ReportIndicatorDef): ReportIndicatorDef {
  if (!def.sentences.worse && !def.sentences.belowTarget)
    throw new Error(`Report indicator ${def.key}: give a sentence`);
  if (def.sentences.belowTarget && def.target === undefined)
    throw new Error(`Report indicator ${def.key}: a belowTarget sentence needs a target`);
  return checked('Report indicator', def);
}

/** Declares two places stating the same figure (listed in a manifest's `reportAgreements`). */
export const defineAgreement = (def: ReportAgreementDef) => checked('Report agreement', def);

/** Declares a work-plan source (listed in a manifest's `reportPlans`). */
export const definePlanSource = (def: ReportPlanSource) => checked('Report plan source', def);

const indicators = new Map<string, ReportIndicatorDef>();
const agreements = new Map<string, ReportAgreementDef>();
const plans = new Map<string, ReportPlanSource>();

function registerIn<T extends { key: string }>(registry: Map<string, T>, what: string, def: T): void {
  const existing = registry.get(def.key);
  if (existing && existing !== def) throw new Error(`${what} ${def.key} is declared twice`);
  registry.set(def.key, def);
}

/** Registers a declared indicator (kernel boot only). */
export const registerIndicator = (def: ReportIndicatorDef) => registerIn(indicators, 'Report indicator', def);
/** Registers a declared agreement (kernel boot only). */
export const registerAgreement = (def: ReportAgreementDef) => registerIn(agreements, 'Report agreement', def);
/** Registers a work-plan source (kernel boot only). */
export const registerPlanSource = (def: ReportPlanSource) => registerIn(plans, 'Report plan source', def);

const inYear = (years: { from?: number; to?: number } | undefined, year: number) =>
  (years?.from ?? 0) <= year && year <= (years?.to ?? 9999);

/** The indicators that judge a report of a year, in order. */
export const indicatorsOf = (report: ReportKey, year: number) =>
  [...indicators.values()]
    .filter((i) => i.reports.includes(report) && inYear(i.years, year))
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));

/** The agreements with a side in the report. */
export const agreementsOf = (report: ReportKey) =>
  [...agreements.values()].filter((a) => a.sides.some((s) => s.report === report));

/** The work-plan sources that feed a report. */
export const planSourcesOf = (report: ReportKey) =>
  [...plans.values()].filter((p) => p.reports.includes(report));
