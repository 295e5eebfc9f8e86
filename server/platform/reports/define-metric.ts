import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';

export interface Period {
  from: string;
  to: string;
}

export interface MetricScope {
  districtId: string;
  /** Limit to this org unit's subtree (a department's own figures); null = the whole district. */
  orgPath: string | null;
}

export interface MetricValue {
  value: number;
  breakdown?: Record<string, number>;
}

export interface RecordPage {
  /** Column keys → zh-CN headers, in display order. */
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
  total: number;
}

export interface MetricArgs {
  db: Executor;
  period: Period;
  scope: MetricScope;
}

export interface MetricDef {
  /** `<module>.<measure>`, a stable public interface (shared/seed-figures.md). */
  key: string;
  label: string;
  unit: 'count' | 'rate' | 'yuan';
  /** What the breakdown keys are (e.g. 'category'), with zh-CN labels for each code. */
  breakdown?: { by: string; labels: Record<string, string> };
  /** Published figures (the annual report is public): readable without login at district scope. */
  isPublic: boolean;
  /** Value as of a day rather than over the period (e.g. a count of items published at period end). */
  compute(args: MetricArgs): Promise<MetricValue>;
  /** The records behind the figure, or behind one breakdown cell. */
  records(args: MetricArgs & { cell?: string; limit: number; offset: number }): Promise<RecordPage>;
}

const registry = new Map<string, MetricDef>();

const KEY = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** Declares a report figure with its aggregate and the query listing the records behind it (listed in a manifest). */
export function defineMetric(def: MetricDef): MetricDef {
  if (!KEY.test(def.key)) throw new Error(`Metric key ${def.key}: use <module>.<measure>`);
  return Object.freeze(def);
}

/** Registers a declared metric (kernel boot only); two metrics under one key stop the boot. */
export function registerMetric(def: MetricDef): void {
  const existing = registry.get(def.key);
  if (existing && existing !== def) throw new Error(`Metric ${def.key} is declared twice`);
  registry.set(def.key, def);
}

export function getMetricDef(key: string): MetricDef | undefined {
  return registry.get(key);
}

export function listMetricDefs(): MetricDef[] {
  return [...registry.values()];
}

/** The scope a metric is computed in for this actor: their district, and their subtree unless district-wide. */
export type ScopeFor = (actor: Actor | null) => MetricScope;
