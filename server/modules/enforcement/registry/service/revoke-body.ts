import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RevokeBodyBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementBodies as b } from '../schema.js';
import { type BodyWithCounts, bodySubject, getScopedBody, lockScopedBody } from './body-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type RevokeBodyInput = z.output<typeof RevokeBodyBody>;

/**
 * Withdraws a body's confirmation (机构改革, 职能划转). The row stays for the record; from then on the unit
 * is no longer offered for cases, officers or catalogues.
 */
export async function revokeBody(ctx: Ctx, id: string, input: RevokeBodyInput): Promise<BodyWithCounts> {
  assertCan(ctx.actor, 'enforcement.manage_bodies');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedBody(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.revokedOn) throw ruleViolation('BODY_REVOKED', '该执法主体已撤销确认');
    if (input.revokedOn < current.confirmedOn || input.revokedOn > ctx.today) {
      throw validationFailed([
        { path: 'revokedOn', message: `撤销日期应在确认日期（${current.confirmedOn}）与今天之间` },
      ]);
    }
    await tx
      .update(b)
      .set({ revokedOn: input.revokedOn, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(b.id, id));
    await recordAudit(tx, ctx, {
      ...bodySubject(current),
      action: 'enforcement.body.revoked',
      before: { revokedOn: null },
      after: { revokedOn: input.revokedOn },
      data: { reason: input.reason },
    });
  });
  return getScopedBody(ctx.db, actor, id, ctx.today);
}
