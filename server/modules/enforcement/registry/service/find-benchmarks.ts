import { and, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  BenchmarkFilters,
  BenchmarkListQuery,
} from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { enforcementBenchmarks as bm } from '../schema.js';
import { type BenchmarkWithRefs, benchmarkScope, selectBenchmarks } from './benchmark-records.js';
import { likePattern } from './records.js';

type Filters = z.output<typeof BenchmarkFilters>;

function benchmarkConditions(actor: Actor, f: Filters): SQL {
  const where: (SQL | undefined)[] = [benchmarkScope(actor)];
  if (!f.includeInactive) where.push(eq(bm.isActive, true));
  if (f.orgUnitId) where.push(or(eq(bm.orgUnitId, f.orgUnitId), isNull(bm.orgUnitId)));
  if (f.powerItemId) where.push(eq(bm.powerItemId, f.powerItemId));
  if (f.q) {
    const p = likePattern(f.q);
    where.push(or(ilike(bm.code, p), ilike(bm.violation, p), ilike(bm.penaltyBasis, p)));
  }
  return and(...where)!;
}

/** A page of benchmarks the actor may see: their bodies' and the district-wide ones, by code. */
export async function findBenchmarks(
  ctx: Ctx,
  query: z.output<typeof BenchmarkListQuery>,
): Promise<{ items: BenchmarkWithRefs[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = benchmarkConditions(ctx.actor, query);
  const [items, totals] = await Promise.all([
    selectBenchmarks(ctx.db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    ctx.db.select({ n: count() }).from(bm).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

/** Every benchmark the filters select, for an export. */
export async function findBenchmarksForExport(ctx: Ctx, filters: Filters): Promise<BenchmarkWithRefs[]> {
  assertCan(ctx.actor, 'enforcement.export');
  return selectBenchmarks(ctx.db, benchmarkConditions(ctx.actor, filters));
}
