/**
 * Year over year (pure, decision 0037): the change of each stated figure against last year, and the sanity check
 * that flags a figure moving by more than the template's factor — a typo, an import counted twice, a unit lost.
 */
import type { ReportCheck } from './define-statement.js';
import { formatFigure } from './sentence.js';

export interface FigureChange {
  /** This year minus last year, in the figure's own unit (a rate: in fractions, 0.05 = 5 个百分点). */
  absolute: number;
  /** The change as a share of last year's value (0.25 = +25%); null when last year was 0. */
  percent: number | null;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The change of a figure against last year, or null when last year has no value. */
export function changeOf(value: number, previous: number | null | undefined): FigureChange | null {
  if (previous === null || previous === undefined) return null;
  return {
    absolute: round4(value - previous),
    percent: previous === 0 ? null : round4((value - previous) / Math.abs(previous)),
  };
}

/** How far a figure may move before the checks mention it (`yearOnYear` of the template version). */
export interface YearOnYearRule {
  /** A ratio between the two years above this is mentioned (3 = tripled or fell to a third). */
  factor: number;
  /** Counts and amounts below this in both years are left alone (2 → 7 is not news); rates have no floor. */
  floor: number;
}

export interface StatedFigure {
  id: string;
  /** How the message names it (the metric's label). */
  label: string;
  value: number;
  previous: number | null;
  unit: string;
}

function movedTooFar(f: StatedFigure, rule: YearOnYearRule): boolean {
  // Last year 0: the ledger starts this year (the records begin), not a jump worth asking about.
  if (f.previous === null || f.previous === 0) return false;
  const [low, high] = [Math.min(f.value, f.previous), Math.max(f.value, f.previous)];
  if (f.unit !== 'rate' && high < rule.floor) return false;
  if (high === 0) return false;
  return low <= 0 || high / low > rule.factor;
}

const show = (n: number, unit: string) => formatFigure(n, undefined, unit);

/** An `info` check for each stated figure that changed by more than the factor against last year. */
export function yearOnYearChecks(figures: readonly StatedFigure[], rule: YearOnYearRule): ReportCheck[] {
  const seen = new Set<string>();
  return figures.flatMap((f) => {
    if (seen.has(f.id) || !movedTooFar(f, rule)) return [];
    seen.add(f.id);
    return [
      {
        level: 'info' as const,
        message: `${f.label} 本年为 ${show(f.value, f.unit)}，上年为 ${show(f.previous ?? 0, f.unit)}，变化超过 ${rule.factor} 倍，请核实`,
        keys: [f.id.split(':')[0] as string],
      },
    ];
  });
}
