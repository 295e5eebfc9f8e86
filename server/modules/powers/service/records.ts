import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { itemScope } from '../policy.js';
import type { PowerItemRecord } from '../procedure.js';
import { contentOf } from '../rules.js';
import { type PowerItemContentJson, type PowerItemRow, powerItems, powerItemVersions } from '../schema.js';

/** An item row with its implementing department's name and code, as lists and details show it. */
export interface PowerItemWithUnit extends PowerItemRow {
  orgUnitName: string;
  orgUnitCode: string;
}

export const ITEM_COLUMNS = {
  item: powerItems,
  orgUnitName: orgUnits.name,
  orgUnitCode: orgUnits.code,
};

export function withUnit(row: {
  item: PowerItemRow;
  orgUnitName: string;
  orgUnitCode: string;
}): PowerItemWithUnit {
  return { ...row.item, orgUnitName: row.orgUnitName, orgUnitCode: row.orgUnitCode };
}

/** The item if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedItem(db: Executor, actor: Actor, id: string): Promise<PowerItemWithUnit> {
  const [row] = await db
    .select(ITEM_COLUMNS)
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(and(eq(powerItems.id, id), itemScope(actor)));
  if (!row) throw notFound('权责清单事项');
  return withUnit(row);
}

/** Locks the item row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedItem(tx: Tx, actor: Actor, id: string): Promise<PowerItemRow> {
  const [row] = await tx
    .select()
    .from(powerItems)
    .where(and(eq(powerItems.id, id), itemScope(actor)))
    .for('update');
  if (!row) throw notFound('权责清单事项');
  return row;
}

/** The procedure's view of an item row. */
export function toRecord(row: PowerItemRow): PowerItemRecord & { row: PowerItemRow } {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    legalBasis: row.legalBasis,
    process: row.process,
    responsibility: row.responsibility,
    hasPendingRevision: row.hasPendingRevision,
    pendingRevision: row.pendingRevision ?? null,
    row,
  };
}

export function contentJson(source: Parameters<typeof contentOf>[0]): PowerItemContentJson {
  return contentOf(source);
}

/** Writes a new in-force version of an item (its first publication, or a published revision). */
export async function insertVersion(
  tx: Tx,
  item: Pick<PowerItemRow, 'id' | 'districtId' | 'orgUnitId' | 'code'>,
  version: number,
  content: PowerItemContentJson,
  publishedOn: string,
  reason: string | null,
): Promise<void> {
  await tx.insert(powerItemVersions).values(versionValues(item, version, content, publishedOn, reason));
}

export function versionValues(
  item: Pick<PowerItemRow, 'id' | 'districtId' | 'orgUnitId' | 'code'>,
  version: number,
  content: PowerItemContentJson,
  publishedOn: string,
  reason: string | null,
): typeof powerItemVersions.$inferInsert {
  return {
    itemId: item.id,
    districtId: item.districtId,
    orgUnitId: item.orgUnitId,
    version,
    code: item.code,
    name: content.name,
    category: content.category,
    snapshot: { code: item.code, ...content },
    publishedOn,
    status: 'in_force',
    reason,
  };
}

/** Closes the in-force version of an item: superseded by a revision, or repealed. */
export async function closeInForceVersion(
  tx: Tx,
  itemId: string,
  how: { status: 'revised'; on: string } | { status: 'repealed'; on: string; reason: string },
): Promise<void> {
  const set =
    how.status === 'revised'
      ? { status: 'revised', supersededOn: how.on }
      : { status: 'repealed', repealedOn: how.on, reason: how.reason };
  await tx
    .update(powerItemVersions)
    .set(set)
    .where(and(eq(powerItemVersions.itemId, itemId), eq(powerItemVersions.status, 'in_force')));
}

/** Is the code already taken by a live item of the district (a dropped draft gives its code back)? */
export async function takenCodes(
  db: Executor,
  districtId: string,
  codes: readonly string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: powerItems.code })
    .from(powerItems)
    .where(
      and(
        eq(powerItems.districtId, districtId),
        ne(powerItems.status, 'discarded'),
        inArray(powerItems.code, [...codes]),
      ),
    );
  return new Set(rows.map((r) => r.code));
}

/** Stamps the write on the row. */
export function touched(ctx: Ctx) {
  return { updatedAt: ctx.now };
}
