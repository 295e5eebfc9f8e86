import { eq } from 'drizzle-orm';
import type { BodyAuthorityKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Ctx } from '../../../../platform/context.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { type BodyLedgerRow, bodyLedger } from '../../io/registry.js';
import { enforcementBodies as b } from '../../schema/registry.js';
import { type ConfirmBodyInput, writeBodies } from './confirm-body.js';
import { importRegister } from './import-register.js';
import { eligibleBodyUnits, unitMatcher } from './units.js';

type Problems = FieldProblem<BodyLedgerRow>[];

/**
 * Imports confirmed bodies (the coordinator's register), all or nothing: every unit a department or
 * 行政执法机构 of the district, not yet a body, at most once in the file, confirmed no later than today.
 * Every bad row is listed.
 */
export function importBodies(ctx: Ctx, parsed: ParsedLedger<BodyLedgerRow>): Promise<{ imported: number }> {
  return importRegister(ctx, parsed, {
    ledger: bodyLedger,
    permission: 'enforcement.manage_bodies',
    rowCheck: async (tx, actor) => {
      const match = unitMatcher(await eligibleBodyUnits(tx, actor.districtId));
      const existing = new Set(
        (await tx.select({ id: b.orgUnitId }).from(b).where(eq(b.districtId, actor.districtId))).map(
          (r) => r.id,
        ),
      );
      return (row): Problems | (ConfirmBodyInput & { districtId: string }) => {
        const problems: Problems = [];
        const unit = match(row.orgUnit);
        if (!unit) problems.push({ field: 'orgUnit', message: `未找到本区部门或行政执法机构“${row.orgUnit}”` });
        else if (existing.has(unit.id))
          problems.push({ field: 'orgUnit', message: `${unit.name}已登记为行政执法主体（或在文件中重复）` });
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
      };
    },
    write: (tx, prepared) => writeBodies(tx, ctx, prepared),
  });
}
