import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import type { FieldProblem } from '../io/index.js';
import { type LedgerEntrySpec, UNCHANGED } from '../ledgers/ledger-entry.js';
import { type UnitLedgerRow, unitLedger } from './io.js';
import { createOrgUnit, findOrgUnits, getOrgUnit, placementProblem } from './org-service.js';
import { type OrgUnitType, orgUnits } from './schema.js';

const ExportQuery = z.object({ format: LedgerFormatField });
type Prepared = { code: string; name: string; type: OrgUnitType; parentCode: string };

/**
 * The org tree from a sheet (the coordinator, org.manage): each unit under the district or a unit already there
 * or listed above it, placed as DESIGN.md §3 allows, its code new in the install. All or nothing; keyed by
 * 机构代码, so a re-imported file adds nothing; a changed unit is refused (renames are not a first-run matter).
 */
export const unitsLedger: LedgerEntrySpec<UnitLedgerRow, z.output<typeof ExportQuery>, Prepared> = {
  key: 'org.units',
  ledger: unitLedger,
  title: '机构',
  base: '/api/v1/org/units',
  tag: 'org',
  naturalKey: ['code'],
  export: { permission: 'org.manage', query: ExportQuery, rows: (ctx) => unitRows(ctx) },
  import: {
    permissions: ['org.manage'],
    changed: '已有机构不能通过导入修改',
    prepare: async (tx, ctx, rows) => {
      const district = await getOrgUnit(tx, ctx.actor!.districtId);
      const inDistrict = new Map(
        (await findOrgUnits(tx, { districtId: district.id })).map((u) => [u.code, u.type]),
      );
      const taken = await codesTaken(tx, rows);
      return {
        create: (row) => {
          const verdict = checkUnitRow(row, district.code, inDistrict, taken);
          if (!Array.isArray(verdict)) inDistrict.set(verdict.code, verdict.type);
          return verdict;
        },
        // The district written out (its code) or left blank is the same parent: nothing to change.
        change: (row, before) =>
          !before.parentCode && row.parentCode?.trim() === district.code && sameUnit(row, before)
            ? UNCHANGED
            : '已有机构不能通过导入修改',
        write: async (created) => {
          for (const unit of created) await createOrgUnit(tx, ctx, unit);
          return {};
        },
      };
    },
  },
};

/** The district's units, parents before children (a file exported here imports again as it stands). */
async function unitRows(ctx: Ctx): Promise<UnitLedgerRow[]> {
  const units = await findOrgUnits(ctx.db, { districtId: ctx.actor!.districtId });
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const depth = (path: string) => path.split('/').length;
  return units
    .filter((u) => u.type !== 'district')
    .sort((a, b) => depth(a.path) - depth(b.path))
    .map((u) => ({
      code: u.code,
      name: u.name,
      type: u.type,
      // Directly under the district: blank, as the template asks.
      parentCode: u.parentId === u.districtId ? null : (codeOf.get(u.parentId ?? '') ?? null),
    }));
}

const sameUnit = (a: UnitLedgerRow, b: UnitLedgerRow) => a.name.trim() === b.name && a.type === b.type;

/** The file's codes already used anywhere in the install (another district's unit included). */
async function codesTaken(tx: Tx, rows: readonly UnitLedgerRow[]): Promise<Set<string>> {
  const codes = rows.map((r) => r.code.trim()).filter(Boolean);
  if (codes.length === 0) return new Set();
  const found = await tx.select({ code: orgUnits.code }).from(orgUnits).where(inArray(orgUnits.code, codes));
  return new Set(found.map((r) => r.code));
}

function checkUnitRow(
  row: UnitLedgerRow,
  districtCode: string,
  inDistrict: ReadonlyMap<string, OrgUnitType>,
  taken: ReadonlySet<string>,
): FieldProblem<UnitLedgerRow>[] | Prepared {
  const problems: FieldProblem<UnitLedgerRow>[] = [];
  const code = row.code.trim();
  const type = row.type as OrgUnitType;
  if (taken.has(code)) problems.push({ field: 'code', message: `机构代码 ${code} 已被其他机构使用` });
  const parentCode = row.parentCode?.trim() || districtCode;
  const parentType = inDistrict.get(parentCode);
  if (!parentType)
    problems.push({
      field: 'parentCode',
      message: `上级机构代码 ${parentCode} 既不在本区机构中，也不在本表上方的行中`,
    });
  const misplaced = parentType && placementProblem(type, parentType);
  if (misplaced) problems.push({ field: 'type', message: misplaced });
  return problems.length ? problems : { code, name: row.name.trim(), type, parentCode };
}
