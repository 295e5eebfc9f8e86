import { eq } from 'drizzle-orm';
import type { InspectionResult } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { z } from 'zod';
import {
  InspectionExportQuery,
  InspectionImportResult,
} from '../../../../../common/contracts/enforcement/inspections.js';
import { findInspectionsForExport } from './find-inspections.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { type InspectionLedgerRow, inspectionLedger, parseCertificates, toLedgerRow } from '../io.js';
import { enforcementOfficers } from '../../registry/schema.js';
import { bodyProblem, confirmedBodyUnits } from './records.js';
import { inspectionProblems, type NewInspection, writeInspections } from './record-inspection.js';

export type InspectionImportSummary = InspectionImportResult;

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
 * The inspections ledger (行政检查台账) as a declared ledger. An inspection has no number, so it is known by
 * its body, its 检查事项, its day and its target: re-importing a sheet changes nothing. A new row's body must
 * be a confirmed body the actor acts for, its power a 行政检查 item of that body in force, its officers (by
 * 执法证号) two or more of the body with a certificate valid on the day; rows link to their plan lines as a
 * recorded inspection does. A row that differs from the inspection on record is refused: a recorded
 * inspection is a fact of the day, corrected in the system.
 */
export const inspectionsLedger: LedgerEntrySpec<
  InspectionLedgerRow,
  z.output<typeof InspectionExportQuery>,
  NewInspection
> = {
  key: 'enforcement.inspections',
  ledger: inspectionLedger,
  title: '行政检查台账',
  base: '/api/v1/enforcement/inspections',
  tag: 'enforcement',
  naturalKey: ['orgUnit', 'powerCode', 'inspectedOn', 'targetName'],
  exportOnly: ['powerName', 'officerNames', 'isUnplanned'],
  export: {
    permission: 'enforcement.export',
    query: InspectionExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findInspectionsForExport(ctx, filters)).map(toLedgerRow),
  },
  import: {
    permissions: ['enforcement.import', 'enforcement.manage_inspections'],
    changed: '已登记的检查记录不能通过导入改写，请在系统中更正',
    result: InspectionImportResult,
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const lookups = await loadLookups(tx, actor);
      return {
        create: (row) => checkRow(tx, row, actor, lookups, ctx.today),
        write: async (created) => {
          const rows = await writeInspections(tx, ctx, created, 'enforcement.inspection.imported');
          return { unplanned: rows.filter((r) => r.planItemId === null).length };
        },
      };
    },
  },
};

/** Imports an inspections sheet, all or nothing, idempotent (see `inspectionsLedger`). */
export function importInspections(
  ctx: Ctx,
  parsed: ParsedLedger<InspectionLedgerRow>,
): Promise<InspectionImportSummary> {
  return importLedger(inspectionsLedger, ctx, parsed) as Promise<InspectionImportSummary>;
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
