import type { z } from 'zod';
import type { CreateBenchmarkBody } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { type BenchmarkRow, enforcementBenchmarks as bm } from '../schema.js';
import { type BenchmarkContent, benchmarkProblems } from './benchmark-checks.js';
import {
  assertMaySetDistrictWide,
  type BenchmarkWithRefs,
  benchmarkSubject,
  getScopedBenchmark,
} from './benchmark-records.js';
import { insertWithAudits } from './create-in-body.js';
import { resolveBodyUnit } from './units.js';

export type CreateBenchmarkInput = z.output<typeof CreateBenchmarkBody>;

/** The benchmark's owner: a body the actor may act for, or the district (coordinator only). */
export async function benchmarkOwner(tx: Tx, actor: Actor, orgUnitId: string | null) {
  if (orgUnitId === null) {
    assertMaySetDistrictWide(actor);
    return { orgUnitId: null, districtId: actor.districtId };
  }
  const unit = await resolveBodyUnit(tx, actor, orgUnitId);
  return { orgUnitId: unit.id, districtId: unit.districtId };
}

export function contentOf(input: BenchmarkContent): BenchmarkContent {
  return {
    powerItemId: input.powerItemId,
    code: input.code,
    violation: input.violation,
    violationBasis: input.violationBasis,
    penaltyBasis: input.penaltyBasis,
    ranges: input.ranges.map((r) => ({ ...r })),
  };
}

/** Sets a discretion benchmark (裁量基准, 处罚法 第三十四条) for a body, or district-wide. */
export async function createBenchmark(ctx: Ctx, input: CreateBenchmarkInput): Promise<BenchmarkWithRefs> {
  assertCan(ctx.actor, 'enforcement.manage_benchmarks');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const owner = await benchmarkOwner(tx, actor, input.orgUnitId);
    const content = contentOf(input);
    const problems = await benchmarkProblems(tx, owner, content);
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await insertBenchmarks(tx, ctx, [{ ...owner, content }], 'form');
    return row!.id;
  });
  return getScopedBenchmark(ctx.db, actor, id);
}

/** Writes checked benchmarks, one `created` audit event each (the form and the import). */
export function insertBenchmarks(
  tx: Tx,
  ctx: Ctx,
  entries: { orgUnitId: string | null; districtId: string; content: BenchmarkContent }[],
  source: string,
): Promise<BenchmarkRow[]> {
  const values = entries.map((e) => ({ ...e.content, orgUnitId: e.orgUnitId, districtId: e.districtId }));
  const auditOf = (row: BenchmarkRow) => ({
    ...benchmarkSubject(row),
    action: 'enforcement.benchmark.created' as const,
    after: contentOf(row),
  });
  return insertWithAudits(tx, ctx, bm, values, auditOf, source);
}
