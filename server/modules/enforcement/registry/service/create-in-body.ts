import type { PgTable } from 'drizzle-orm/pg-core';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { type FieldError, validationFailed } from '../../../../platform/errors.js';
import { resolveBodyUnit } from './units.js';

type InDistrict<Input> = Input & { districtId: string };

/**
 * The form's create for a register kept per body (officers, fees): in one transaction, the body the actor may
 * act for, the item's own checks in that body's district (bad input changes nothing), then the same writer
 * the import uses. Returns the new row's id, for the caller's scoped read.
 */
export async function createInBody<Input extends { orgUnitId: string }>(
  ctx: Ctx,
  actor: Actor,
  input: Input,
  problemsOf: (tx: Tx, districtId: string) => Promise<FieldError[]> | FieldError[],
  insert: (tx: Tx, ctx: Ctx, inputs: InDistrict<Input>[], source: string) => Promise<{ id: string }[]>,
): Promise<string> {
  return inTransaction(ctx.db, async (tx) => {
    const unit = await resolveBodyUnit(tx, actor, input.orgUnitId);
    const problems = await problemsOf(tx, unit.districtId);
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await insert(tx, ctx, [{ ...input, districtId: unit.districtId }], 'form');
    return row!.id;
  });
}

/**
 * Inserts new register rows stamped with their author and time, and one `created` audit event each (with the
 * `source`: the form or the import), in the caller's transaction.
 */
export async function insertWithAudits<Table extends PgTable>(
  tx: Tx,
  ctx: Ctx,
  table: Table,
  values: Omit<Table['$inferInsert'], 'createdBy' | 'createdAt' | 'updatedAt'>[],
  auditOf: (row: Table['$inferSelect']) => Omit<AuditInput, 'data'>,
  source: string,
): Promise<Table['$inferSelect'][]> {
  if (values.length === 0) return [];
  const stamp = { createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now, updatedAt: ctx.now };
  const rows = (await tx
    .insert(table)
    .values(values.map((v) => ({ ...v, ...stamp })) as Table['$inferInsert'][])
    .returning()) as Table['$inferSelect'][];
  await recordAudits(
    tx,
    ctx,
    rows.map((row) => ({ ...auditOf(row), data: { source } })),
  );
  return rows;
}
