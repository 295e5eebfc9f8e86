import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { type FeeLedgerRow, feeLedger } from '../../io/registry.js';
import { enforcementFeeItems as fee } from '../../schema/registry.js';
import { type CreateFeeInput, insertFees } from './create-fee.js';
import { duplicateFeeCodeMessage } from './fee-records.js';
import { importedBodyUnit, importRegister } from './import-register.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<FeeLedgerRow>[];
type Prepared = CreateFeeInput & { districtId: string };

/**
 * Imports the fee catalogue, all or nothing: each item of a confirmed body the actor may act for, its code
 * new in the district, published no later than today. Every bad row is listed.
 */
export function importFees(ctx: Ctx, parsed: ParsedLedger<FeeLedgerRow>): Promise<{ imported: number }> {
  return importRegister(ctx, parsed, {
    ledger: feeLedger,
    permission: 'enforcement.manage_fees',
    rowCheck: async (tx, actor) => {
      const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
      const codes = await feeCodeHolders(tx, actor.districtId);
      return (row) => checkFeeRow(row, actor, match, codes, ctx.today);
    },
    write: (tx, prepared) => insertFees(tx, ctx, prepared, 'import'),
  });
}

/** The district's fee codes, each with the name of the item that holds it. */
async function feeCodeHolders(tx: Tx, districtId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ code: fee.code, name: fee.name })
    .from(fee)
    .where(eq(fee.districtId, districtId));
  return new Map(rows.map((r) => [r.code, r.name]));
}

function checkFeeRow(
  row: FeeLedgerRow,
  actor: Actor,
  match: ReturnType<typeof unitMatcher>,
  codes: Map<string, string>,
  today: string,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = importedBodyUnit(row, match, actor, '收费项目', problems);
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
