/**
 * Scores a version's tree for a year, for the district or one unit: each 三级 indicator by its metric (read
 * through the kernel's metric registry by key, never another module) or by its hand score; 二级 and 一级 sum
 * their children (decision 0051 §4–5).
 */
import { and, eq } from 'drizzle-orm';
import type { IndicatorNode, ScoreStatus } from '../../../../common/contracts/assessment.js';
import type { Executor } from '../../../platform/db/index.js';
import { getMetricDef, type MetricScope } from '../../../platform/reports/index.js';
import { type IndicatorScore, scoreFromHand, scoreFromMetric, sumScores } from '../rules.js';
import { assessmentHandScores as hs } from '../schema.js';
import { type IndicatorRow, indicatorRows, presentIndicator } from './tree.js';

export interface ScoredTree {
  nodes: IndicatorNode[];
  score: number;
  scoredWeight: number;
  rate: number | null;
}

/** A metric's value and how many records stand behind it, or undefined when its module is not installed. */
async function measure(db: Executor, key: string, year: number, scope: MetricScope) {
  const def = getMetricDef(key);
  if (!def) return undefined;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [value, page] = await Promise.all([
    def.compute({ db, period, scope }),
    def.records({ db, period, scope, limit: 1, offset: 0 }),
  ]);
  return { value: value.value, records: page.total };
}

type HandRow = typeof hs.$inferSelect;

async function handScores(db: Executor, districtId: string, version: string, year: number) {
  const rows = await db
    .select()
    .from(hs)
    .where(and(eq(hs.districtId, districtId), eq(hs.versionCode, version), eq(hs.year, year)));
  return new Map(rows.map((r) => [r.indicatorCode, r]));
}

const NOT_APPLICABLE: IndicatorScore = { status: 'no_data', value: null, score: null, meetsTarget: null };

/** One 三级 indicator's score; at a unit's scope only the indicators whose metric answers per unit count. */
async function scoreLeaf(
  db: Executor,
  row: IndicatorRow,
  year: number,
  scope: MetricScope,
  hand: HandRow | undefined,
): Promise<IndicatorScore> {
  const spec = {
    method: row.method ?? 'hand',
    weight: row.weight,
    target: row.target,
    direction: row.direction,
    perItem: row.perItem,
  };
  if (scope.orgPath !== null && !row.unitScope) return NOT_APPLICABLE;
  if (spec.method === 'hand') return scoreFromHand(spec, hand ?? null);
  return scoreFromMetric(spec, await measure(db, row.metricKey ?? '', year, scope));
}

function aggregateStatus(children: IndicatorNode[]): ScoreStatus {
  if (children.some((c) => c.status === 'scored')) return 'scored';
  if (children.some((c) => c.status === 'unscored')) return 'unscored';
  if (children.length && children.every((c) => c.status === 'unavailable')) return 'unavailable';
  return 'no_data';
}

/** The whole tree scored: leaves first, then each 二级 and 一级 as the sum of its children. */
export async function scoreTree(
  db: Executor,
  districtId: string,
  version: string,
  year: number,
  scope: MetricScope,
): Promise<ScoredTree> {
  const [rows, hands] = await Promise.all([
    indicatorRows(db, districtId, version),
    handScores(db, districtId, version, year),
  ]);
  const nodes = rows.map(presentIndicator);
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  await Promise.all(
    rows
      .filter((r) => r.level === 3)
      .map(async (row) => {
        const node = byCode.get(row.code)!;
        const hand = hands.get(row.code);
        Object.assign(node, await scoreLeaf(db, row, year, scope, hand));
        node.handScore = hand
          ? {
              score: hand.score,
              note: hand.note,
              evidence: hand.evidence,
              version: hand.version,
              scoredOn: hand.scoredOn,
            }
          : null;
      }),
  );
  for (const level of [2, 1]) {
    for (const node of nodes.filter((n) => n.level === level)) {
      const children = nodes.filter((n) => n.parent === node.code);
      const sum = sumScores(
        children.map((c) => ({ weight: c.weight, score: c.score ?? null, status: c.status ?? 'no_data' })),
      );
      node.weight = children.reduce((n, c) => n + c.weight, 0);
      Object.assign(node, {
        status: aggregateStatus(children),
        score: sum.scoredWeight ? sum.score : null,
        value: sum.rate,
        meetsTarget: null,
      });
    }
  }
  const leaves = nodes.filter((n) => n.level === 3);
  const total = sumScores(
    leaves.map((n) => ({ weight: n.weight, score: n.score ?? null, status: n.status ?? 'no_data' })),
  );
  return { nodes, ...total };
}
