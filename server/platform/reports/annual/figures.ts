/**
 * The live values of a report's figures: each metric computed once for the report's scope and period, its
 * breakdown cells alongside (`key:cell`), and last year's value for the comparison every figure shows.
 */
import type { Executor } from '../../db/client.js';
import { getMetricDef, type MetricScope, type Period } from '../define-metric.js';
import { type FigureValues, parseFigureId } from './sentence.js';

export interface FigureValue {
  value: number;
  unit: string;
}

export interface ComputedFigures {
  values: Map<string, FigureValue>;
  /** Figures named by a sentence whose metric is not installed (or whose cell the metric does not have). */
  unknown: string[];
}

const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const periodOfYear = yearPeriod;

/** Computes the figures `ids` (`key` or `key:cell`) for one scope and period. */
export async function computeFigures(
  db: Executor,
  scope: MetricScope,
  period: Period,
  ids: Iterable<string>,
): Promise<ComputedFigures> {
  const wanted = [...new Set(ids)];
  const keys = [...new Set(wanted.map((id) => parseFigureId(id).key))];
  const values = new Map<string, FigureValue>();
  // One metric after another: the engine also runs inside a transaction (sign-off, the demo), whose single
  // connection must not be handed concurrent queries.
  for (const key of keys) {
    const def = getMetricDef(key);
    if (!def) continue;
    const result = await def.compute({ db, period, scope });
    values.set(key, { value: result.value, unit: def.unit });
    // A rate's cells are the counts it divides (逾期备案 3 件), not rates.
    const cellUnit = def.unit === 'rate' ? 'count' : def.unit;
    for (const cell of Object.keys(def.breakdown?.labels ?? {}))
      values.set(`${key}:${cell}`, { value: result.breakdown?.[cell] ?? 0, unit: cellUnit });
  }
  return { values, unknown: wanted.filter((id) => !values.has(id)) };
}

/** The same figures for the year before, for the "last year / change" each figure shows. */
export async function computePreviousYear(
  db: Executor,
  scope: MetricScope,
  year: number,
  ids: Iterable<string>,
): Promise<FigureValues> {
  return (await computeFigures(db, scope, yearPeriod(year - 1), ids)).values;
}

/** A figure as a check message names it: the metric's label, and its cell's ("本年新收…数量（信函）"). */
export function figureLabel(id: string): string {
  const { key, cell } = parseFigureId(id);
  const def = getMetricDef(key);
  if (!def) return id;
  const cellLabel = cell ? def.breakdown?.labels[cell] : undefined;
  return cell ? `${def.label}（${cellLabel ?? cell}）` : def.label;
}
