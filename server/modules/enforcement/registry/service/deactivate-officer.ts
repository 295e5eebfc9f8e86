import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DeactivateOfficerBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementOfficers as o } from '../schema.js';
import {
  getScopedOfficer,
  lockScopedOfficer,
  type OfficerWithUnit,
  officerSubject,
} from './officer-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/**
 * Takes an officer off enforcement duty (调离、退休、证件注销): they can no longer be named on a case; the
 * row stays, as closed cases name them.
 */
export async function deactivateOfficer(
  ctx: Ctx,
  id: string,
  input: z.output<typeof DeactivateOfficerBody>,
): Promise<OfficerWithUnit> {
  assertCan(ctx.actor, 'enforcement.manage_officers');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedOfficer(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (!current.isActive) throw ruleViolation('OFFICER_INACTIVE', '该执法人员已停用');
    await tx
      .update(o)
      .set({ isActive: false, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(o.id, id));
    await recordAudit(tx, ctx, {
      ...officerSubject(current),
      action: 'enforcement.officer.deactivated',
      before: { isActive: true },
      after: { isActive: false },
      data: { reason: input.reason },
    });
  });
  return getScopedOfficer(ctx.db, actor, id);
}
