import { eq } from 'drizzle-orm';
import type { InspectionResult } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { type Executor, inTransaction } from '../../../../platform/db/index.js';
import { type FieldProblem, type ParsedLedger, runImport } from '../../../../platform/io/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { type InspectionLedgerRow, inspectionLedger, parseCertificates } from '../../io/inspections.js';
import { enforcementOfficers } from '../../schema/registry.js';
import { bodyProblem, confirmedBodyUnits } from './records.js';
import { inspectionProblems, type NewInspection, writeInspections } from './record-inspection.js';

export interface InspectionImportSummary {
  imported: number;
  /** Of those, inspections without a line in a filed plan (计划外检查). */
  unplanned: number;
}

type Problems = FieldProblem<InspectionLedgerRow>[];

/** Which sheet column a field problem of `inspectionProblems` belongs to. */
const COLUMN_OF: Record<string, keyof InspectionLedgerRow & string> = {
  inspectedOn: 'inspectedOn',
  powerItemId: 'powerCode',
  officerIds: 'officerCertificates',
};

/** What every row is checked against, loaded once per import. */
interface Lookups {
  match: (text: string) => OrgUnit | undefined;
  officerByCertificate: Map<string, string>;
  powerCodes: (orgUnitId: string) => Promise<Map<string, string>>;
}

async function loadLookups(db: Executor, actor: Actor): Promise<Lookups> {
  const bodies = await confirmedBodyUnits(db, actor.districtId);
  const byText = new Map<string, OrgUnit>();
  for (const u of bodies) {
    if (u.shortName) byText.set(u.shortName.trim(), u);
    byText.set(u.name.trim(), u);
  }
  for (const u of bodies) byText.set(u.code.trim(), u);
  const officers = await db
    .select({ id: enforcementOfficers.id, certificateNumber: enforcementOfficers.certificateNumber })
    .from(enforcementOfficers)
    .where(eq(enforcementOfficers.districtId, actor.districtId));
  const codeCache = new Map<string, Promise<Map<string, string>>>();
  return {
    match: (text) => byText.get(text.trim()),
    officerByCertificate: new Map(officers.map((o) => [o.certificateNumber.trim(), o.id])),
    powerCodes: (orgUnitId) => {
      if (!codeCache.has(orgUnitId)) {
        const held = powers.findUnitPowers(db, orgUnitId, 'inspection');
        codeCache.set(
          orgUnitId,
          held.then((list) => new Map(list.map((h) => [h.code.trim(), h.id]))),
        );
      }
      return codeCache.get(orgUnitId)!;
    },
  };
}

/**
 * Imports an inspections sheet, all or nothing: each row's body must be a confirmed body the actor acts for,
 * its power a 行政检查 item of that body in force, its officers (by 执法证号) two or more of the body with a
 * certificate valid on the day; one bad row and nothing is written, with every bad row listed. Rows link to
 * their plan lines as a recorded inspection does.
 */
export async function importInspections(
  ctx: Ctx,
  parsed: ParsedLedger<InspectionLedgerRow>,
): Promise<InspectionImportSummary> {
  assertCan(ctx.actor, 'enforcement.import');
  assertCan(ctx.actor, 'enforcement.manage_inspections');
  const actor = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const lookups = await loadLookups(tx, actor);
    const prepared: NewInspection[] = [];
    let unplanned = 0;
    await runImport({
      ledger: inspectionLedger,
      parsed,
      validateRow: async (row) => {
        const checked = await checkRow(tx, row, actor, lookups, ctx.today);
        if (Array.isArray(checked)) return checked;
        prepared.push(checked);
        return undefined;
      },
      write: async () => {
        const rows = await writeInspections(tx, ctx, prepared, 'enforcement.inspection.imported');
        unplanned = rows.filter((r) => r.planItemId === null).length;
        return rows.length;
      },
    });
    return { imported: prepared.length, unplanned };
  });
}

async function checkRow(
  db: Executor,
  row: InspectionLedgerRow,
  actor: Actor,
  lookups: Lookups,
  today: string,
): Promise<Problems | NewInspection> {
  const unit = lookups.match(row.orgUnit);
  if (!unit) {
    return [{ field: 'orgUnit', message: `“${row.orgUnit}”不是本区已确认的行政执法主体` }];
  }
  const found = bodyProblem([unit], actor, unit.id);
  if (!('unit' in found)) {
    return [{ field: 'orgUnit', message: `只能导入本单位的检查记录，不能导入“${unit.name}”的记录` }];
  }
  const problems: Problems = [];
  const powerItemId = (await lookups.powerCodes(unit.id)).get(row.powerCode.trim());
  if (!powerItemId) {
    problems.push({
      field: 'powerCode',
      message: `${unit.name}的权责清单中没有编码为“${row.powerCode}”的现行行政检查事项`,
    });
  }
  const certificates = parseCertificates(row.officerCertificates);
  const unknown = certificates.filter((c) => !lookups.officerByCertificate.has(c));
  if (unknown.length > 0) {
    problems.push({ field: 'officerCertificates', message: `未找到执法证号：${unknown.join('、')}` });
  }
  const officerIds = certificates.flatMap((c) => lookups.officerByCertificate.get(c) ?? []);
  if (problems.length > 0 || !powerItemId) return problems;
  const input = { powerItemId, inspectedOn: row.inspectedOn, officerIds };
  for (const p of await inspectionProblems(db, unit.id, input, today)) {
    const field = COLUMN_OF[p.path.split('.')[0] ?? ''] ?? 'orgUnit';
    problems.push({ field, message: p.message });
  }
  if (problems.length > 0) return problems;
  return {
    ...input,
    districtId: unit.districtId,
    orgUnitId: unit.id,
    targetName: row.targetName.trim(),
    result: row.result as InspectionResult,
    note: row.note?.trim() || null,
  };
}
