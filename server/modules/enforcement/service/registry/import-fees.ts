import { eq } from 'drizzle-orm';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { type FieldProblem, type ParsedLedger, runImport } from '../../../../platform/io/index.js';
import { mayActForUnit } from '../../policy.js';
import { type FeeLedgerRow, feeLedger } from '../../io/registry.js';
import { enforcementFeeItems as fee } from '../../schema/registry.js';
import { type CreateFeeInput, insertFees } from './create-fee.js';
import { duplicateFeeCodeMessage } from './fee-records.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<FeeLedgerRow>[];
type Prepared = CreateFeeInput & { districtId: string };

/**
 * Imports the fee catalogue, all or nothing: each item of a confirmed body the actor may act for, its code
 * new in the district, published no later than today. Every bad row is listed.
 */
export async function importFees(
  ctx: Ctx,
  parsed: ParsedLedger<FeeLedgerRow>,
): Promise<{ imported: number }> {
  assertCan(ctx.actor, 'enforcement.import');
  assertCan(ctx.actor, 'enforcement.manage_fees');
  const actor = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
    const codes = new Map(
      (
        await tx
          .select({ code: fee.code, name: fee.name })
          .from(fee)
          .where(eq(fee.districtId, actor.districtId))
      ).map((r) => [r.code, r.name]),
    );
    const prepared: Prepared[] = [];
    return runImport({
      ledger: feeLedger,
      parsed,
      validateRow: (row) => {
        const checked = checkFeeRow(row, actor, match, codes, ctx.today);
        if (Array.isArray(checked)) return checked;
        prepared.push(checked);
        return undefined;
      },
      write: async () => (await insertFees(tx, ctx, prepared, 'import')).length,
    });
  });
}

function checkFeeRow(
  row: FeeLedgerRow,
  actor: Actor,
  match: ReturnType<typeof unitMatcher>,
  codes: Map<string, string>,
  today: string,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = match(row.orgUnit);
  if (!unit) problems.push({ field: 'orgUnit', message: `“${row.orgUnit}”不是本区已确认的行政执法主体` });
  else if (!mayActForUnit(actor, unit))
    problems.push({ field: 'orgUnit', message: `只能导入本单位的收费项目，不能导入“${unit.name}”的` });
  const code = row.code.trim();
  const holder = codes.get(code);
  if (holder) problems.push({ field: 'code', message: duplicateFeeCodeMessage(code, holder) });
  if (row.publishedOn > today) problems.push({ field: 'publishedOn', message: '公布日期不能晚于今天' });
  if (problems.length > 0 || !unit) return problems;
  return {
    orgUnitId: unit.id,
    districtId: unit.districtId,
    code,
    name: row.name.trim(),
    legalBasis: row.legalBasis.trim(),
    standard: row.standard.trim(),
    publishedOn: row.publishedOn,
  };
}
