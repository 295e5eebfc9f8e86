import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';
import { isDistrictWide } from '../authz/scope.js';
import { defaultDistrictId } from '../org/default-district.js';
import { AppError, notFound, unauthenticated } from '../errors.js';
import {
  getMetricDef,
  type MetricDef,
  type MetricScope,
  type Period,
  type RecordPage,
} from './define-metric.js';

export interface MetricAnswer {
  key: string;
  value: number;
  breakdown?: Record<string, number>;
}

/** District-wide roles and the public see the whole district; others their own subtree. */
export async function metricScopeFor(db: Executor, actor: Actor | null): Promise<MetricScope> {
  if (!actor) return { districtId: await defaultDistrictId(db), orgPath: null };
  return { districtId: actor.districtId, orgPath: isDistrictWide(actor) ? null : actor.orgPath };
}

/** Period from `from`/`to` or a whole `year`; the current year when neither is given. */
export function resolvePeriod(q: { from?: string; to?: string; year?: number }, today: string): Period {
  if (q.from || q.to) {
    const from = q.from ?? `${(q.to ?? today).slice(0, 4)}-01-01`;
    const to = q.to ?? `${from.slice(0, 4)}-12-31`;
    if (from > to)
      throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', [
        { path: 'querystring.from', message: '开始日期不能晚于结束日期' },
      ]);
    return { from, to };
  }
  const year = q.year ?? Number(today.slice(0, 4));
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Who asks: a user, the public (null), or the trusted CLI/report engine ('system', district scope). */
export type MetricReader = Actor | null | 'system';

function requireMetric(key: string, reader: MetricReader): MetricDef {
  const def = getMetricDef(key);
  if (!def) throw notFound(`指标 ${key}`);
  if (reader === null && !def.isPublic) throw unauthenticated();
  return def;
}

/** A figure, exactly in the shape of shared/seed-figures.md: `{ key, value, breakdown? }`. */
export async function computeMetric(
  db: Executor,
  reader: MetricReader,
  key: string,
  period: Period,
): Promise<MetricAnswer> {
  const def = requireMetric(key, reader);
  const scope = await metricScopeFor(db, reader === 'system' ? null : reader);
  const result = await def.compute({ db, period, scope });
  if (!result.breakdown) return { key, value: result.value };
  // The answer lists the cells that have records; the catalogue (/api/v1/metrics) lists every code.
  const breakdown = Object.fromEntries(Object.entries(result.breakdown).filter(([, n]) => n !== 0));
  return { key, value: result.value, breakdown };
}

/** The records behind a figure (or one breakdown cell): the drill-down every report figure links to. */
export async function metricRecords(
  db: Executor,
  actor: Actor | null,
  key: string,
  period: Period,
  page: { cell?: string; limit: number; offset: number },
): Promise<RecordPage> {
  if (!actor) throw unauthenticated();
  const def = requireMetric(key, actor);
  if (page.cell && def.breakdown && !(page.cell in def.breakdown.labels)) {
    throw new AppError('VALIDATION_FAILED', `分项 ${page.cell} 不存在`, [
      { path: 'querystring.cell', message: '不是该指标的分项代码' },
    ]);
  }
  return def.records({ db, period, scope: await metricScopeFor(db, actor), ...page });
}
