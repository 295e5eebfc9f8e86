import { eq } from 'drizzle-orm';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { type FieldProblem, type ParsedLedger, runImport } from '../../../../platform/io/index.js';
import { mayActForUnit } from '../../policy.js';
import { type OfficerLedgerRow, officerLedger } from '../../io/registry.js';
import { enforcementOfficers as o } from '../../schema/registry.js';
import { certificateDateProblems } from './certificates.js';
import { type CreateOfficerInput, insertOfficers } from './create-officer.js';
import { duplicateCertificateMessage } from './officer-records.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<OfficerLedgerRow>[];
type Prepared = CreateOfficerInput & { districtId: string };

/**
 * Imports officers with their certificates, all or nothing: each of a confirmed body the actor may act for,
 * the certificate number new in the district, the dates in order. Every bad row is listed.
 */
export async function importOfficers(
  ctx: Ctx,
  parsed: ParsedLedger<OfficerLedgerRow>,
): Promise<{ imported: number }> {
  assertCan(ctx.actor, 'enforcement.import');
  assertCan(ctx.actor, 'enforcement.manage_officers');
  const actor = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const match = unitMatcher(await confirmedBodyUnits(tx, actor.districtId));
    const holders = new Map(
      (
        await tx
          .select({ number: o.certificateNumber, name: o.name })
          .from(o)
          .where(eq(o.districtId, actor.districtId))
      ).map((r) => [r.number, r.name]),
    );
    const prepared: Prepared[] = [];
    return runImport({
      ledger: officerLedger,
      parsed,
      validateRow: (row) => {
        const checked = checkOfficerRow(row, actor, match, holders, ctx.today);
        if (Array.isArray(checked)) return checked;
        prepared.push(checked);
        return undefined;
      },
      write: async () => (await insertOfficers(tx, ctx, prepared, 'import')).length,
    });
  });
}

function checkOfficerRow(
  row: OfficerLedgerRow,
  actor: Actor,
  match: ReturnType<typeof unitMatcher>,
  holders: Map<string, string>,
  today: string,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = match(row.orgUnit);
  if (!unit) problems.push({ field: 'orgUnit', message: `“${row.orgUnit}”不是本区已确认的行政执法主体` });
  else if (!mayActForUnit(actor, unit))
    problems.push({ field: 'orgUnit', message: `只能导入本单位的执法人员，不能导入“${unit.name}”的` });
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
