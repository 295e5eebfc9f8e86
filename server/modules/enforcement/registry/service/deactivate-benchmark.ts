import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementBenchmarks as bm } from '../schema.js';
import {
  type BenchmarkWithRefs,
  benchmarkSubject,
  getScopedBenchmark,
  lockWritableBenchmark,
} from './benchmark-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/** Retires a benchmark (superseded or repealed basis); cases that used it keep the reference. */
export async function deactivateBenchmark(ctx: Ctx, id: string): Promise<BenchmarkWithRefs> {
  assertCan(ctx.actor, 'enforcement.manage_benchmarks');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockWritableBenchmark(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (!current.isActive) throw ruleViolation('BENCHMARK_INACTIVE', '该裁量基准已停用');
    await tx
      .update(bm)
      .set({ isActive: false, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(bm.id, id));
    await recordAudit(tx, ctx, {
      ...benchmarkSubject(current),
      action: 'enforcement.benchmark.deactivated',
      before: { isActive: true },
      after: { isActive: false },
    });
  });
  return getScopedBenchmark(ctx.db, actor, id);
}
