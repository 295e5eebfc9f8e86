import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateBodyBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementBodies as b } from '../schema.js';
import { type BodyWithCounts, bodySubject, getScopedBody, lockScopedBody } from './body-records.js';
import { changesOf, givenFields } from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type UpdateBodyInput = z.output<typeof UpdateBodyBody>;

/** Corrects a body's authority, legal basis, scope or confirmation document. */
export async function updateBody(ctx: Ctx, id: string, input: UpdateBodyInput): Promise<BodyWithCounts> {
  assertCan(ctx.actor, 'enforcement.manage_bodies');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedBody(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.revokedOn) throw ruleViolation('BODY_REVOKED', '该执法主体已撤销确认，不能再修改');
    const patch = givenFields(input);
    if (patch.confirmedOn && patch.confirmedOn > ctx.today)
      throw validationFailed([{ path: 'confirmedOn', message: '确认日期不能晚于今天' }]);
    const { before, after } = changesOf(current, patch);
    if (Object.keys(after).length === 0) return;
    await tx
      .update(b)
      .set({ ...after, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(b.id, id));
    await recordAudit(tx, ctx, {
      ...bodySubject(current),
      action: 'enforcement.body.updated',
      before,
      after,
    });
  });
  return getScopedBody(ctx.db, actor, id, ctx.today);
}
