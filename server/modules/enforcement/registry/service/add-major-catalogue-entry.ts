import type { z } from 'zod';
import type { AddMajorCatalogueEntryBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { enforcementMajorCatalogue as mc } from '../schema.js';
import { entrySubject, getScopedEntry, type MajorCatalogueEntry } from './major-catalogue-records.js';
import { powerProblems, powersById } from './powers.js';
import { resolveBodyUnit } from './units.js';

/**
 * Lists a decision in a body's 重大执法决定法制审核目录 (国办发〔2018〕118号): a power of the body, or (no power)
 * every decision the description covers. Cases under it need 法制审核 before 决定 (处罚法 第五十八条).
 */
export async function addMajorCatalogueEntry(
  ctx: Ctx,
  input: z.output<typeof AddMajorCatalogueEntryBody>,
): Promise<MajorCatalogueEntry> {
  assertCan(ctx.actor, 'enforcement.manage_benchmarks');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const unit = await resolveBodyUnit(tx, actor, input.orgUnitId);
    if (input.powerItemId) {
      const power = (await powersById(tx, [input.powerItemId])).get(input.powerItemId);
      const problems = powerProblems(
        power,
        { orgUnitId: unit.id, districtId: unit.districtId },
        'powerItemId',
      );
      if (problems.length > 0) throw validationFailed(problems);
    }
    const [row] = await tx
      .insert(mc)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        powerItemId: input.powerItemId,
        description: input.description,
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      ...entrySubject(row!),
      action: 'enforcement.major_catalogue.entry_added',
      after: { powerItemId: row!.powerItemId, description: row!.description },
    });
    return row!.id;
  });
  return getScopedEntry(ctx.db, actor, id);
}
