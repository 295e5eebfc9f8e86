import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdatePowerItemBody } from '../../../../common/contracts/powers.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { AppError, validationFailed } from '../../../platform/errors.js';
import { GateBlockedError } from '../../../platform/procedures/index.js';
import { CONTENT_KEYS, changedFields, contentOf } from '../rules.js';
import { type PowerItemRow, powerItems } from '../schema.js';
import { contentJson, lockScopedItem, takenCodes } from './records.js';
import { resolveFormUnit } from './units.js';
import { assertSeenVersion } from '../../../platform/versions.js';

export type UpdateItemInput = z.output<typeof UpdatePowerItemBody>;

/**
 * Edits what may still change: a draft (any field, code and department included), or the revision in
 * preparation of a published item (content only; the public keeps seeing the in-force version).
 */
export async function updateItem(ctx: Ctx, id: string, patch: UpdateItemInput): Promise<PowerItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.edit');
  return inTransaction(ctx.db, async (tx) => {
    const item = await lockScopedItem(tx, actor, id);
    assertSeenVersion(ctx, item);
    if (item.status === 'draft') return updateDraft(tx, ctx, actor, item, patch);
    if (item.status === 'published' && item.hasPendingRevision) return updateRevision(tx, ctx, item, patch);
    if (item.status === 'published') {
      throw new GateBlockedError('REVISION_NOT_OPEN', '已发布的事项须先“发起修订”才能修改');
    }
    throw new AppError('TRANSITION_NOT_ALLOWED', '已取消或已作废的事项不能修改');
  });
}

/** Edits a draft in the caller's transaction (a changed row of an import): the same rules as the form. */
export async function editDraft(tx: Tx, ctx: Ctx, id: string, patch: UpdateItemInput): Promise<PowerItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.edit');
  const item = await lockScopedItem(tx, actor, id);
  if (item.status !== 'draft') throw new AppError('TRANSITION_NOT_ALLOWED', '只有草稿事项可以通过导入修改');
  return updateDraft(tx, ctx, actor, item, patch);
}

function merged(base: PowerItemRow | PowerItemRow['pendingRevision'], patch: UpdateItemInput) {
  const content = contentOf(base ?? {});
  const next: Record<string, unknown> = { ...content };
  for (const key of CONTENT_KEYS) if (patch[key] !== undefined) next[key] = patch[key];
  return { before: content, after: contentJson(next) };
}

function pick(content: object, keys: readonly string[]) {
  const source = content as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]));
}

async function updateDraft(tx: Tx, ctx: Ctx, actor: Actor, item: PowerItemRow, patch: UpdateItemInput) {
  const { before, after } = merged(item, patch);
  const changed = changedFields(before, after);
  const moves: Partial<PowerItemRow> = {};
  if (patch.code !== undefined && patch.code !== item.code) {
    if ((await takenCodes(tx, item.districtId, [patch.code])).size > 0) {
      throw validationFailed([{ path: 'code', message: `事项编码 ${patch.code} 已被使用` }]);
    }
    moves.code = patch.code;
  }
  if (patch.orgUnitId !== undefined && patch.orgUnitId !== item.orgUnitId) {
    moves.orgUnitId = (await resolveFormUnit(tx, actor, patch.orgUnitId)).id;
  }
  const [row] = await tx
    .update(powerItems)
    .set({ ...after, ...moves, version: item.version + 1, updatedAt: ctx.now })
    .where(eq(powerItems.id, item.id))
    .returning();
  const movedKeys = Object.keys(moves);
  await recordAudit(tx, ctx, {
    action: 'powers.item.updated',
    subjectType: 'power_item',
    subjectId: item.id,
    orgUnitId: row!.orgUnitId,
    districtId: item.districtId,
    before: { ...pick(before, changed), ...pick(item, movedKeys) },
    after: { ...pick(after, changed), ...moves },
  });
  return row!;
}

async function updateRevision(tx: Tx, ctx: Ctx, item: PowerItemRow, patch: UpdateItemInput) {
  const fields = [];
  if (patch.code !== undefined && patch.code !== item.code) {
    fields.push({ path: 'code', message: '修订不能更改事项编码；如需更换，请取消原事项后新建' });
  }
  if (patch.orgUnitId !== undefined && patch.orgUnitId !== item.orgUnitId) {
    fields.push({ path: 'orgUnitId', message: '修订不能更改实施主体；如需划转，请取消原事项后由新主体新建' });
  }
  if (fields.length > 0) throw validationFailed(fields);
  const { before, after } = merged(item.pendingRevision, patch);
  const changed = changedFields(before, after);
  const [row] = await tx
    .update(powerItems)
    .set({ pendingRevision: after, version: item.version + 1, updatedAt: ctx.now })
    .where(eq(powerItems.id, item.id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'powers.item.revision_updated',
    subjectType: 'power_item',
    subjectId: item.id,
    orgUnitId: item.orgUnitId,
    districtId: item.districtId,
    before: pick(before, changed),
    after: pick(after, changed),
  });
  return row!;
}
