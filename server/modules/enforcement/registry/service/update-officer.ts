import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateOfficerBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementOfficers as o } from '../schema.js';
import { certificateDateProblems } from './certificates.js';
import {
  certificateHolder,
  duplicateCertificateMessage,
  getScopedOfficer,
  lockScopedOfficer,
  type OfficerWithUnit,
  officerAuditView,
  officerSubject,
} from './officer-records.js';
import { changesOf, givenFields } from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type UpdateOfficerInput = z.output<typeof UpdateOfficerBody>;

/** Corrects an officer or records a renewed certificate (new number, issuer, dates). */
export async function updateOfficer(
  ctx: Ctx,
  id: string,
  input: UpdateOfficerInput,
): Promise<OfficerWithUnit> {
  assertCan(ctx.actor, 'enforcement.manage_officers');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedOfficer(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (!current.isActive) throw ruleViolation('OFFICER_INACTIVE', '该执法人员已停用，不能再修改');
    const { before, after } = changesOf(current, givenFields(input));
    if (Object.keys(after).length === 0) return;
    const problems = certificateDateProblems({ ...current, ...after }, ctx.today);
    if (after.certificateNumber) {
      const holder = await certificateHolder(tx, current.districtId, after.certificateNumber, id);
      if (holder)
        problems.push({
          path: 'certificateNumber',
          message: duplicateCertificateMessage(after.certificateNumber, holder.name),
        });
    }
    if (problems.length > 0) throw validationFailed(problems);
    await tx
      .update(o)
      .set({ ...after, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(o.id, id));
    await recordAudit(tx, ctx, {
      ...officerSubject(current),
      action: 'enforcement.officer.updated',
      before: officerAuditView(before),
      after: officerAuditView(after),
    });
  });
  return getScopedOfficer(ctx.db, actor, id);
}
