import type { z } from 'zod';
import type { CreatePowerItemBody } from '../../../../common/contracts/powers.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { type PowerItemRow, powerItems } from '../schema.js';
import { contentJson, takenCodes } from './records.js';
import { resolveFormUnit } from './units.js';

export type CreateItemInput = z.output<typeof CreatePowerItemBody>;

/** Drafts a new item of the power list for a department (its own, for a department officer). */
export async function createItem(ctx: Ctx, input: CreateItemInput): Promise<PowerItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.edit');
  return inTransaction(ctx.db, async (tx) => {
    const unit = await resolveFormUnit(tx, actor, input.orgUnitId);
    if ((await takenCodes(tx, unit.districtId, [input.code])).size > 0) {
      throw validationFailed([{ path: 'code', message: `事项编码 ${input.code} 已被使用` }]);
    }
    const content = contentJson(input);
    const [row] = await tx
      .insert(powerItems)
      .values({
        ...content,
        districtId: unit.districtId,
        orgUnitId: unit.id,
        code: input.code,
        status: 'draft',
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const item = row!;
    await recordAudit(tx, ctx, {
      action: 'powers.item.created',
      subjectType: 'power_item',
      subjectId: item.id,
      orgUnitId: item.orgUnitId,
      districtId: item.districtId,
      after: { code: item.code, orgUnitId: item.orgUnitId, ...content },
    });
    return item;
  });
}
