import { eq, sql } from 'drizzle-orm';
import type { PowerTransition } from '../../../../common/contracts/powers.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { type PowerItemRecord, powerItemProcedure } from '../procedure.js';
import { type PowerItemRow, powerItems } from '../schema.js';
import { closeInForceVersion, contentJson, insertVersion, lockScopedItem, toRecord } from './records.js';

type Rec = PowerItemRecord & { row: PowerItemRow };
type Form = { reason?: string } | undefined;

/**
 * Moves an item along its procedure (publish, revise, publish the revision, repeal, discard), with the
 * version history kept: a publication writes a new in-force version; a revision's publication marks the
 * previous version 调整 on the same day; a repeal closes the in-force version.
 */
export const itemTransitions = procedureService({
  procedure: powerItemProcedure,
  lock: async (tx, _ctx, actor, id): Promise<Rec> => toRecord(await lockScopedItem(tx, actor, id)),
  write: (tx, ctx, { record, step }) => WRITERS[step.transition](tx, ctx, record.row, step.input),
});

/** Fires one transition of an item and returns the updated row (demo, tests, revision). */
export async function fireTransition(
  ctx: Ctx,
  id: string,
  transition: PowerTransition,
  input: unknown = {},
): Promise<PowerItemRow> {
  return (await itemTransitions.fire(ctx, id, transition, input)).row;
}

type Writer = (tx: Tx, ctx: Ctx, item: PowerItemRow, form: Form) => Promise<Rec>;

async function save(tx: Tx, ctx: Ctx, id: string, set: Partial<PowerItemRow>): Promise<Rec> {
  const [row] = await tx
    .update(powerItems)
    .set({ ...set, version: sql`${powerItems.version} + 1`, updatedAt: ctx.now })
    .where(eq(powerItems.id, id))
    .returning();
  return toRecord(row!);
}

const WRITERS: Record<PowerTransition, Writer> = {
  async publish(tx, ctx, item) {
    const version = item.currentVersion + 1;
    await insertVersion(tx, item, version, contentJson(item), ctx.today, null);
    return save(tx, ctx, item.id, { status: 'published', currentVersion: version, publishedOn: ctx.today });
  },
  discard: (tx, ctx, item) => save(tx, ctx, item.id, { status: 'discarded' }),
  revise: (tx, ctx, item, form) =>
    save(tx, ctx, item.id, {
      hasPendingRevision: true,
      pendingRevision: contentJson(item),
      changeReason: form?.reason ?? null,
    }),
  async publish_revision(tx, ctx, item, form) {
    const content = contentJson(item.pendingRevision ?? item);
    const reason = form?.reason ?? item.changeReason ?? null;
    const version = item.currentVersion + 1;
    await closeInForceVersion(tx, item.id, { status: 'revised', on: ctx.today });
    await insertVersion(tx, item, version, content, ctx.today, reason);
    return save(tx, ctx, item.id, {
      ...content,
      currentVersion: version,
      hasPendingRevision: false,
      pendingRevision: null,
      publishedOn: ctx.today,
      changeReason: reason,
    });
  },
  discard_revision: (tx, ctx, item) =>
    save(tx, ctx, item.id, { hasPendingRevision: false, pendingRevision: null, changeReason: null }),
  async repeal(tx, ctx, item, form) {
    const reason = form?.reason ?? '';
    await closeInForceVersion(tx, item.id, { status: 'repealed', on: ctx.today, reason });
    return save(tx, ctx, item.id, { status: 'repealed', repealedOn: ctx.today, changeReason: reason });
  },
};

/** Opens a revision (调整) of a published item; the public keeps seeing the in-force version meanwhile. */
export function openRevision(ctx: Ctx, id: string, reason?: string): Promise<PowerItemRow> {
  return fireTransition(ctx, id, 'revise', { reason });
}
