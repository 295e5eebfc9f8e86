import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { ImportResult } from '../../../../../common/contracts/kit.js';
import { OfficerExportQuery } from '../../../../../common/contracts/enforcement/registry.js';
import type { z } from 'zod';
import { findOfficersForExport } from './find-officers.js';
import { type OfficerLedgerRow, officerLedger, toOfficerLedgerRow } from '../io.js';
import { enforcementOfficers as o } from '../schema.js';
import { certificateDateProblems } from './certificates.js';
import { type CreateOfficerInput, insertOfficers } from './create-officer.js';
import { importedBodyUnit } from './units.js';
import { duplicateCertificateMessage } from './officer-records.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<OfficerLedgerRow>[];
type Prepared = CreateOfficerInput & { districtId: string };

/**
 * Imports officers with their certificates, all or nothing: each of a confirmed body the actor may act for,
 * the certificate number new in the district, the dates in order. Every bad row is listed.
 * Keyed by 执法证号: a row read back unchanged is left alone; a changed one is refused (corrected in the
 * system, where the change is audited).
 */
export const officersLedger: LedgerEntrySpec<
  OfficerLedgerRow,
  z.output<typeof OfficerExportQuery>,
  Prepared
> = {
  key: 'enforcement.officers',
  ledger: officerLedger,
  title: '执法人员',
  base: '/api/v1/enforcement/officers',
  tag: 'enforcement',
  naturalKey: ['certificateNumber'],
  exportOnly: ['isActive'],
  export: {
    permission: 'enforcement.export',
    query: OfficerExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findOfficersForExport(ctx, filters)).map((o) => toOfficerLedgerRow(o, ctx.actor!)),
  },
  import: {
    permissions: ['enforcement.import', 'enforcement.manage_officers'],
    changed: '已登记的执法人员请在系统中修改（证件换发、离岗亦在系统中办理）',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
      const holders = await certificateHolders(tx, actor.districtId);
      return {
        create: (row) => checkOfficerRow(row, actor, match, holders, ctx.today),
        write: async (created) => {
          await insertOfficers(tx, ctx, created, 'import');
          return {};
        },
      };
    },
  },
};

/** Imports the register, all or nothing, idempotent on its key (see `officersLedger`). */
export function importOfficers(ctx: Ctx, parsed: ParsedLedger<OfficerLedgerRow>): Promise<ImportResult> {
  return importLedger(officersLedger, ctx, parsed);
}

/** The district's certificate numbers, each with the name of the officer who holds it. */
async function certificateHolders(tx: Tx, districtId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ number: o.certificateNumber, name: o.name })
    .from(o)
    .where(eq(o.districtId, districtId));
  return new Map(rows.map((r) => [r.number, r.name]));
}

function checkOfficerRow(
  row: OfficerLedgerRow,
  actor: Actor,
  match: ReturnType<typeof unitMatcher>,
  holders: Map<string, string>,
  today: string,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = importedBodyUnit(row, match, actor, '执法人员', problems);
  const number = row.certificateNumber.trim();
  const holder = holders.get(number);
  if (holder)
    problems.push({ field: 'certificateNumber', message: duplicateCertificateMessage(number, holder) });
  const input = {
    name: row.name.trim(),
    idNumber: row.idNumber?.trim() || null,
    phone: row.phone?.trim() || null,
    certificateNumber: number,
    certificateIssuer: row.certificateIssuer.trim(),
    certificateIssuedOn: row.certificateIssuedOn,
    certificateValidUntil: row.certificateValidUntil,
    hasLegalQualification: row.hasLegalQualification ?? false,
  };
  for (const p of certificateDateProblems(input, today))
    problems.push({ field: p.path as keyof OfficerLedgerRow & string, message: p.message });
  if (problems.length > 0 || !unit) return problems;
  return { ...input, orgUnitId: unit.id, districtId: unit.districtId };
}
