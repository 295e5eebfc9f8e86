import type { z } from 'zod';
import type { CreateFeeBody } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldError } from '../../../../platform/errors.js';
import { enforcementFeeItems as fee, type FeeItemRow } from '../schema.js';
import {
  duplicateFeeCodeMessage,
  type FeeWithCollections,
  feeSubject,
  feeWithCode,
  getScopedFee,
} from './fee-records.js';
import { createInBody, insertWithAudits } from './create-in-body.js';

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
  const problemsOf = (tx: Tx, districtId: string) => feeProblems(tx, districtId, input, ctx.today);
  const id = await createInBody(ctx, actor, input, problemsOf, insertFees);
  return getScopedFee(ctx.db, actor, id);
}

/** Writes checked fee items, one `created` audit event each (the form and the import). */
export function insertFees(
  tx: Tx,
  ctx: Ctx,
  inputs: (CreateFeeInput & { districtId: string })[],
  source: string,
): Promise<FeeItemRow[]> {
  const auditOf = (row: FeeItemRow) => ({
    ...feeSubject(row),
    action: 'enforcement.fee.created' as const,
    after: {
      code: row.code,
      name: row.name,
      legalBasis: row.legalBasis,
      standard: row.standard,
      publishedOn: row.publishedOn,
    },
  });
  return insertWithAudits(tx, ctx, fee, inputs, auditOf, source);
}
