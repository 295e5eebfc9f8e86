import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { LinkBody, ProposalSettings } from '../../../../common/contracts/proposals.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../platform/versions.js';
import { proposalItems, proposalLinks, proposalSettings } from '../schema.js';
import { lockScopedItem } from './records.js';

/**
 * Records that the item started a major decision or a work-plan task (decision 0040 §7). The target module
 * does not exist yet: the link is typed (module key + id, or free text) so both sides can show it later.
 */
export async function addLink(ctx: Ctx, id: string, body: z.output<typeof LinkBody>): Promise<void> {
  const actor = ctx.actor;
  assertCan(actor, 'proposals.handle');
  await ctx.db.transaction(async (tx) => {
    const item = await lockScopedItem(tx, actor, id);
    const [link] = await tx
      .insert(proposalLinks)
      .values({ itemId: id, districtId: item.districtId, ...body })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'proposals.item.linked',
      subjectType: 'proposal_item',
      subjectId: id,
      orgUnitId: item.orgUnitId,
      districtId: item.districtId,
      after: { linkId: link!.id, ...body },
    });
  });
}

/** Sets the district's settings (applied to steps taken from now on; fixed dates of past steps stay). */
export async function saveSettings(ctx: Ctx, settings: ProposalSettings): Promise<void> {
  const actor = ctx.actor;
  assertCan(actor, 'proposals.settings');
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ version: proposalSettings.version })
      .from(proposalSettings)
      .where(eq(proposalSettings.districtId, actor.districtId))
      .for('update');
    assertSeenVersion(ctx, before);
    const { version, setWhere } = versionedUpsert(ctx, proposalSettings.version);
    const written = await tx
      .insert(proposalSettings)
      .values({ districtId: actor.districtId, settings })
      .onConflictDoUpdate({
        target: proposalSettings.districtId,
        set: { settings, updatedAt: ctx.now, version },
        setWhere,
      })
      .returning({ version: proposalSettings.version });
    assertUpserted(ctx, written);
    await recordAudit(tx, ctx, {
      action: 'proposals.settings.updated',
      subjectType: 'proposal_settings',
      subjectId: actor.districtId,
      districtId: actor.districtId,
      after: settings,
    });
  });
}

/** The items linked to a record of another module (a work-plan task's page lists them). */
export async function itemsLinkedTo(
  db: Executor,
  districtId: string,
  target: { module: string; id: string },
): Promise<{ id: string; kind: string; number: string; title: string }[]> {
  return db
    .selectDistinct({
      id: proposalItems.id,
      kind: proposalItems.kind,
      number: proposalItems.number,
      title: proposalItems.title,
    })
    .from(proposalLinks)
    .innerJoin(proposalItems, eq(proposalItems.id, proposalLinks.itemId))
    .where(
      and(
        eq(proposalLinks.districtId, districtId),
        eq(proposalLinks.targetModule, target.module),
        eq(proposalLinks.targetId, target.id),
      ),
    )
    .orderBy(proposalItems.number);
}
