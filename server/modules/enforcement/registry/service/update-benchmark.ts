import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateBenchmarkBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementBenchmarks as bm } from '../schema.js';
import { benchmarkProblems } from './benchmark-checks.js';
import {
  type BenchmarkWithRefs,
  benchmarkSubject,
  getScopedBenchmark,
  lockWritableBenchmark,
} from './benchmark-records.js';
import { contentOf } from './create-benchmark.js';
import { changesOf, givenFields } from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type UpdateBenchmarkInput = z.output<typeof UpdateBenchmarkBody>;

/**
 * Revises a benchmark. Cases already decided keep the check made at their decision; the revised bands apply
 * to decisions from now on.
 */
export async function updateBenchmark(
  ctx: Ctx,
  id: string,
  input: UpdateBenchmarkInput,
): Promise<BenchmarkWithRefs> {
  assertCan(ctx.actor, 'enforcement.manage_benchmarks');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockWritableBenchmark(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (!current.isActive) throw ruleViolation('BENCHMARK_INACTIVE', '该裁量基准已停用，不能再修改');
    const before = contentOf(current);
    const merged = contentOf({ ...before, ...givenFields(input) });
    const changes = changesOf(before, merged);
    if (Object.keys(changes.after).length === 0) return;
    const problems = await benchmarkProblems(tx, current, merged, id);
    if (problems.length > 0) throw validationFailed(problems);
    await tx
      .update(bm)
      .set({ ...merged, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(bm.id, id));
    await recordAudit(tx, ctx, {
      ...benchmarkSubject(current),
      action: 'enforcement.benchmark.updated',
      ...changes,
    });
  });
  return getScopedBenchmark(ctx.db, actor, id);
}
