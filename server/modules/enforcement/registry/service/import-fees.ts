import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { ImportResult } from '../../../../../common/contracts/kit.js';
import { FeeExportQuery } from '../../../../../common/contracts/enforcement/registry.js';
import type { z } from 'zod';
import { findFeesForExport } from './find-fees.js';
import { type FeeLedgerRow, feeLedger, toFeeLedgerRow } from '../io.js';
import { enforcementFeeItems as fee } from '../schema.js';
import { type CreateFeeInput, insertFees } from './create-fee.js';
import { duplicateFeeCodeMessage } from './fee-records.js';
import { importedBodyUnit } from './units.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<FeeLedgerRow>[];
type Prepared = CreateFeeInput & { districtId: string };

/**
 * Imports the fee catalogue, all or nothing: each item of a confirmed body the actor may act for, its code
 * new in the district, published no later than today. Every bad row is listed.
 * Keyed by 收费项目编码: a row read back unchanged is left alone; a changed one is refused (corrected in the
 * system, where the change is audited).
 */
export const feesLedger: LedgerEntrySpec<FeeLedgerRow, z.output<typeof FeeExportQuery>, Prepared> = {
  key: 'enforcement.fees',
  ledger: feeLedger,
  title: '涉企收费目录',
  base: '/api/v1/enforcement/fees',
  tag: 'enforcement',
  naturalKey: ['code'],
  exportOnly: ['repealedOn'],
  export: {
    permission: 'enforcement.export',
    query: FeeExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findFeesForExport(ctx, filters)).map(toFeeLedgerRow),
  },
  import: {
    permissions: ['enforcement.import', 'enforcement.manage_fees'],
    changed: '已公布的收费项目请在系统中修改或取消',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
      const codes = await feeCodeHolders(tx, actor.districtId);
      return {
        create: (row) => checkFeeRow(row, actor, match, codes, ctx.today),
        write: async (created) => {
          await insertFees(tx, ctx, created, 'import');
          return {};
        },
      };
    },
  },
};

/** Imports the register, all or nothing, idempotent on its key (see `feesLedger`). */
export function importFees(ctx: Ctx, parsed: ParsedLedger<FeeLedgerRow>): Promise<ImportResult> {
  return importLedger(feesLedger, ctx, parsed);
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
