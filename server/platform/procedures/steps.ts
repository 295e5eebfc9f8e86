import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { Executor, Tx } from '../db/client.js';
import { procedureSteps } from './schema.js';
import type { ProcedureStep } from './types.js';

export interface StepInput {
  procedureKey: string;
  subjectId: string;
  transition: string;
  fromState: string;
  toState: string;
  input: unknown;
  orgUnitId: string;
  districtId: string;
}

/** Records one applied transition in the record's procedural history, in the caller's transaction. */
export async function recordStep(tx: Tx, ctx: Ctx, step: StepInput): Promise<ProcedureStep> {
  const [row] = await tx
    .insert(procedureSteps)
    .values({
      ...step,
      input: step.input === undefined ? null : JSON.parse(JSON.stringify(step.input)),
      actorUserId: ctx.actor?.userId ?? null,
      occurredAt: ctx.now,
    })
    .returning();
  return toStep(row!);
}

/** A step that happened before it was recorded here (a ledger import, the demo): who and when are given. */
export interface HistoricalStep extends StepInput {
  actorUserId: string | null;
  occurredAt: Date;
}

/**
 * Records many steps at once, in the caller's transaction, for imports and the demo that bring a
 * history in bulk. Chunked: one INSERT carries at most 1,000 rows (PostgreSQL caps bind parameters).
 */
export async function recordHistoricalSteps(tx: Tx, steps: readonly HistoricalStep[]): Promise<void> {
  for (let i = 0; i < steps.length; i += 1000) {
    const chunk = steps.slice(i, i + 1000).map((step) => ({
      ...step,
      input: step.input === undefined ? null : step.input,
    }));
    await tx.insert(procedureSteps).values(chunk);
  }
}

/** A record's procedural history under one procedure, oldest first (what gates and history views read). */
export async function findProcedureSteps(
  db: Executor,
  procedureKey: string,
  subjectId: string,
): Promise<ProcedureStep[]> {
  const rows = await db
    .select()
    .from(procedureSteps)
    .where(and(eq(procedureSteps.procedureKey, procedureKey), eq(procedureSteps.subjectId, subjectId)))
    .orderBy(asc(procedureSteps.id));
  return rows.map(toStep);
}

function toStep(row: typeof procedureSteps.$inferSelect): ProcedureStep {
  return {
    id: row.id,
    transition: row.transition,
    fromState: row.fromState,
    toState: row.toState,
    actorUserId: row.actorUserId,
    occurredAt: row.occurredAt.toISOString(),
    input: row.input,
  };
}
