import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { type OfficerLedgerRow, officerLedger } from '../../io/registry.js';
import { enforcementOfficers as o } from '../../schema/registry.js';
import { certificateDateProblems } from './certificates.js';
import { type CreateOfficerInput, insertOfficers } from './create-officer.js';
import { importedBodyUnit, importRegister } from './import-register.js';
import { duplicateCertificateMessage } from './officer-records.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<OfficerLedgerRow>[];
type Prepared = CreateOfficerInput & { districtId: string };

/**
 * Imports officers with their certificates, all or nothing: each of a confirmed body the actor may act for,
 * the certificate number new in the district, the dates in order. Every bad row is listed.
 */
export function importOfficers(
  ctx: Ctx,
  parsed: ParsedLedger<OfficerLedgerRow>,
): Promise<{ imported: number }> {
  return importRegister(ctx, parsed, {
    ledger: officerLedger,
    permission: 'enforcement.manage_officers',
    rowCheck: async (tx, actor) => {
      const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
      const holders = await certificateHolders(tx, actor.districtId);
      return (row) => checkOfficerRow(row, actor, match, holders, ctx.today);
    },
    write: (tx, prepared) => insertOfficers(tx, ctx, prepared, 'import'),
  });
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
