import type { z } from 'zod';
import type { CreateFeeBody } from '../../../../../common/contracts/enforcement/registry.js';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/client.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { type FieldError, validationFailed } from '../../../../platform/errors.js';
import { enforcementFeeItems as fee, type FeeItemRow } from '../../schema/registry.js';
import {
  duplicateFeeCodeMessage,
  type FeeWithCollections,
  feeSubject,
  feeWithCode,
  getScopedFee,
} from './fee-records.js';
import { resolveBodyUnit } from './units.js';

export type CreateFeeInput = z.output<typeof CreateFeeBody>;

/** A fee item's own problems: the code free in the district, published no later than today. */
export async function feeProblems(
  db: Tx,
  districtId: string,
  input: Pick<CreateFeeInput, 'code' | 'publishedOn'>,
  today: string,
  exceptId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const holder = await feeWithCode(db, districtId, input.code, exceptId);
  if (holder) problems.push({ path: 'code', message: duplicateFeeCodeMessage(input.code, holder.name) });
  if (input.publishedOn > today) problems.push({ path: 'publishedOn', message: '公布日期不能晚于今天' });
  return problems;
}

/** Lists a fee a body charges enterprises (涉企行政事业性收费目录), with its legal basis and standard. */
export async function createFee(ctx: Ctx, input: CreateFeeInput): Promise<FeeWithCollections> {
  assertCan(ctx.actor, 'enforcement.manage_fees');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const unit = await resolveBodyUnit(tx, actor, input.orgUnitId);
    const problems = await feeProblems(tx, unit.districtId, input, ctx.today);
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await insertFees(tx, ctx, [{ ...input, districtId: unit.districtId }], 'form');
    return row!.id;
  });
  return getScopedFee(ctx.db, actor, id);
}

/** Writes checked fee items, one `created` audit event each (the form and the import). */
export async function insertFees(
  tx: Tx,
  ctx: Ctx,
  inputs: (CreateFeeInput & { districtId: string })[],
  source: string,
): Promise<FeeItemRow[]> {
  if (inputs.length === 0) return [];
  const rows = await tx
    .insert(fee)
    .values(
      inputs.map((i) => ({
        ...i,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    )
    .returning();
  const audits: AuditInput[] = rows.map((row) => ({
    ...feeSubject(row),
    action: 'enforcement.fee.created',
    after: {
      code: row.code,
      name: row.name,
      legalBasis: row.legalBasis,
      standard: row.standard,
      publishedOn: row.publishedOn,
    },
    data: { source },
  }));
  await recordAudits(tx, ctx, audits);
  return rows;
}
