import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { forbidden, notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { type BenchmarkRow, enforcementBenchmarks as bm } from '../schema.js';
import { type HeldPower, powersById } from './powers.js';

/** A benchmark with its body (null = district-wide) and the power it belongs to. */
export interface BenchmarkWithRefs extends BenchmarkRow {
  orgUnitName: string | null;
  orgUnitCode: string | null;
  power: HeldPower | null;
}

/** The actor's bodies' benchmarks and the district-wide ones, which apply to every body. */
export function benchmarkScope(actor: Actor): SQL {
  return or(
    enforcementScope(actor, bm.orgUnitId, bm.districtId),
    and(isNull(bm.orgUnitId), eq(bm.districtId, actor.districtId)),
  )!;
}

export async function selectBenchmarks(
  db: Executor,
  where: SQL,
  page?: { limit: number; offset: number },
): Promise<BenchmarkWithRefs[]> {
  const query = db
    .select({ benchmark: bm, orgUnitName: orgUnits.name, orgUnitCode: orgUnits.code })
    .from(bm)
    .leftJoin(orgUnits, eq(orgUnits.id, bm.orgUnitId))
    .where(where)
    .orderBy(bm.code)
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const powerOf = await powersById(
    db,
    rows.map((r) => r.benchmark.powerItemId),
  );
  return rows.map((r) => ({
    ...r.benchmark,
    orgUnitName: r.orgUnitName,
    orgUnitCode: r.orgUnitCode,
    power: (r.benchmark.powerItemId && powerOf.get(r.benchmark.powerItemId)) || null,
  }));
}

export async function getScopedBenchmark(db: Executor, actor: Actor, id: string): Promise<BenchmarkWithRefs> {
  const [row] = await selectBenchmarks(db, and(eq(bm.id, id), benchmarkScope(actor))!);
  if (!row) throw notFound('裁量基准');
  return row;
}

/** Locks a benchmark the actor may change: in scope (else 404), and district-wide ones only for the coordinator. */
export async function lockWritableBenchmark(tx: Tx, actor: Actor, id: string): Promise<BenchmarkRow> {
  const [row] = await tx
    .select()
    .from(bm)
    .where(and(eq(bm.id, id), benchmarkScope(actor)))
    .for('update');
  if (!row) throw notFound('裁量基准');
  if (!row.orgUnitId) assertMaySetDistrictWide(actor);
  return row;
}

export function assertMaySetDistrictWide(actor: Actor): void {
  if (actor.role !== 'coordinator') throw forbidden('全区通用的裁量基准只能由依法治区办设置');
}

/** The benchmark holding this code in the district (other than `exceptId`), if any. */
export async function benchmarkWithCode(
  db: Executor,
  districtId: string,
  code: string,
  exceptId?: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: bm.id })
    .from(bm)
    .where(and(eq(bm.districtId, districtId), eq(bm.code, code)));
  return row && row.id !== exceptId ? row : undefined;
}

export const benchmarkSubject = (row: BenchmarkRow) => ({
  subjectType: 'enforcement_benchmark',
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});
