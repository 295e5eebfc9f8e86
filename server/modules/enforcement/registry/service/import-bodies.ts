import { eq } from 'drizzle-orm';
import type { BodyAuthorityKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Ctx } from '../../../../platform/context.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { ImportResult } from '../../../../../common/contracts/kit.js';
import { BodyExportQuery } from '../../../../../common/contracts/enforcement/registry.js';
import type { z } from 'zod';
import { findBodiesForExport } from './find-bodies.js';
import { type BodyLedgerRow, bodyLedger, toBodyLedgerRow } from '../io.js';
import { enforcementBodies as b } from '../schema.js';
import { type ConfirmBodyInput, writeBodies } from './confirm-body.js';
import { eligibleBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<BodyLedgerRow>[];

/**
 * Imports confirmed bodies (the coordinator's register), all or nothing: every unit a department or
 * 行政执法机构 of the district, not yet a body, at most once in the file, confirmed no later than today. Every bad row is listed.
 * Keyed by 执法主体: a row read back unchanged is left alone; a changed one is refused (corrected in the
 * system, where the change is audited).
 */
export const bodiesLedger: LedgerEntrySpec<
  BodyLedgerRow,
  z.output<typeof BodyExportQuery>,
  ConfirmBodyInput & { districtId: string }
> = {
  key: 'enforcement.bodies',
  ledger: bodyLedger,
  title: '行政执法主体',
  base: '/api/v1/enforcement/bodies',
  tag: 'enforcement',
  naturalKey: ['orgUnit'],
  exportOnly: ['revokedOn', 'officerCount', 'validCertificateCount'],
  export: {
    permission: 'enforcement.export',
    query: BodyExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findBodiesForExport(ctx, filters)).map(toBodyLedgerRow),
  },
  import: {
    permissions: ['enforcement.import', 'enforcement.manage_bodies'],
    changed: '已确认的行政执法主体请在系统中更正或撤销确认',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const match = unitMatcher(await eligibleBodyUnits(tx, actor.districtId));
      const existing = new Set(
        (await tx.select({ id: b.orgUnitId }).from(b).where(eq(b.districtId, actor.districtId))).map(
          (r) => r.id,
        ),
      );
      return {
        create: (row): Problems | (ConfirmBodyInput & { districtId: string }) => {
          const problems: Problems = [];
          const unit = match(row.orgUnit);
          if (!unit)
            problems.push({ field: 'orgUnit', message: `未找到本区部门或行政执法机构“${row.orgUnit}”` });
          else if (existing.has(unit.id))
            problems.push({
              field: 'orgUnit',
              message: `${unit.name}已登记为行政执法主体（或在文件中重复）`,
            });
          if (row.confirmedOn > ctx.today)
            problems.push({ field: 'confirmedOn', message: '确认日期不能晚于今天' });
          if (problems.length > 0 || !unit) return problems;
          // A unit listed twice in the file is refused on its second row.
          existing.add(unit.id);
          return {
            districtId: unit.districtId,
            orgUnitId: unit.id,
            authorityKind: row.authorityKind as BodyAuthorityKind,
            legalBasis: row.legalBasis.trim(),
            scope: row.scope.trim(),
            confirmedOn: row.confirmedOn,
            confirmationDocument: row.confirmationDocument?.trim() || null,
          };
        },
        write: async (created) => {
          await writeBodies(tx, ctx, created);
          return {};
        },
      };
    },
  },
};

/** Imports the register, all or nothing, idempotent on its key (see `bodiesLedger`). */
export function importBodies(ctx: Ctx, parsed: ParsedLedger<BodyLedgerRow>): Promise<ImportResult> {
  return importLedger(bodiesLedger, ctx, parsed);
}
