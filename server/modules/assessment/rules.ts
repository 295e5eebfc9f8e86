/**
 * Scoring a 三级 indicator of the 示范指标体系 from its method as data (docs/decisions/0051-assessment.md §4).
 * The tree's texts, weights and methods come from data/indicators/*.yaml (legal-rules §13.2: the experts'
 * scores and test methods are not published, so every weight and target is the district's configuration).
 */
import type { Direction, ScoringMethod, ScoreStatus } from '../../../common/contracts/assessment.js';

/** How one indicator is scored: the data row of the tree, without its texts. */
export interface ScoringSpec {
  method: ScoringMethod;
  weight: number;
  target: number | null;
  direction: Direction | null;
  /** Points taken off for each item counted (method `deduction`). */
  perItem: number | null;
}

export interface IndicatorScore {
  status: ScoreStatus;
  value: number | null;
  score: number | null;
  meetsTarget: boolean | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Does a measured value reach the target in the indicator's good direction? */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

/**
 * The points a measured value earns. threshold: all or nothing at the target; proportional: the share of the
 * target reached (for a "lower is better" rate, the share of the room left below 1); deduction: the weight
 * less `perItem` for each item counted, never below 0.
 */
export function scoreValue(spec: ScoringSpec, value: number): number {
  const { weight } = spec;
  switch (spec.method) {
    case 'threshold':
      return meetsTarget(value, spec.target ?? 0, spec.direction ?? 'higher') ? weight : 0;
    case 'proportional': {
      const target = spec.target ?? 1;
      if (meetsTarget(value, target, spec.direction ?? 'higher')) return weight;
      const share = spec.direction === 'lower' ? (1 - value) / (1 - target) : target ? value / target : 0;
      return round2(weight * Math.max(0, Math.min(1, share)));
    }
    case 'deduction':
      return round2(Math.max(0, weight - (spec.perItem ?? 1) * value));
    case 'hand':
      throw new Error('A hand-scored indicator has no computed score');
  }
}

/** The score of an automatically scored indicator from its metric's answer (undefined: module not installed). */
export function scoreFromMetric(spec: ScoringSpec, measured: { value: number; records: number } | undefined) {
  if (!measured) return { status: 'unavailable', value: null, score: null, meetsTarget: null } as const;
  // A rate over no records is no performance at all: it is neither 0 % nor full marks.
  if (measured.records === 0 && spec.method !== 'deduction')
    return { status: 'no_data', value: null, score: null, meetsTarget: null } as const;
  const score = scoreValue(spec, measured.value);
  return { status: 'scored', value: measured.value, score, meetsTarget: score >= spec.weight } as const;
}

/** The score of a hand-scored indicator; a score above the weight is refused by the service first. */
export function scoreFromHand(spec: ScoringSpec, hand: { score: number } | null): IndicatorScore {
  if (!hand) return { status: 'unscored', value: null, score: null, meetsTarget: null };
  return { status: 'scored', value: null, score: hand.score, meetsTarget: hand.score >= spec.weight };
}

const pct = (n: number) => `${round2(n * 100)}%`;

/** The formula in the words the screens show beside the score (zh-CN). */
export function formulaText(spec: ScoringSpec & { metricLabel: string | null; metricUnit?: string }): string {
  const w = spec.weight;
  const label = spec.metricLabel ?? '指标值';
  const t = spec.target ?? 0;
  const shown = spec.metricUnit === 'rate' ? pct(t) : String(t);
  switch (spec.method) {
    case 'threshold':
      return `${label}${spec.direction === 'lower' ? '≤' : '≥'}${shown} 得 ${w} 分，否则 0 分`;
    case 'proportional':
      return spec.direction === 'lower'
        ? `${label}≤${shown} 得 ${w} 分；高于时得 ${w} ×（1 − 值）÷（1 − ${shown}）`
        : `${label}≥${shown} 得 ${w} 分；不足时按 值 ÷ ${shown} 的比例得分`;
    case 'deduction':
      return `满分 ${w} 分，${label}每 1 件扣 ${spec.perItem ?? 1} 分，扣完为止`;
    case 'hand':
      return `人工评分（0–${w} 分），须附佐证材料`;
  }
}

/** Sums the scores of indicators into their parent: points earned over the weight that could be scored. */
export function sumScores(items: readonly { weight: number; score: number | null; status: ScoreStatus }[]) {
  const scored = items.filter((i) => i.status === 'scored');
  const score = round2(scored.reduce((n, i) => n + (i.score ?? 0), 0));
  const scoredWeight = round2(scored.reduce((n, i) => n + i.weight, 0));
  return {
    score,
    scoredWeight,
    rate: scoredWeight ? Math.round((score / scoredWeight) * 10_000) / 10_000 : null,
  };
}

/** The version of a tree in force for a year: the rule in force on the day applies (law by date). */
export function versionForYear<V extends { appliesFrom: number | null; appliesTo: number | null }>(
  versions: readonly V[],
  year: number,
): V | undefined {
  return versions.find(
    (v) => v.appliesFrom !== null && v.appliesFrom <= year && (v.appliesTo === null || year <= v.appliesTo),
  );
}
