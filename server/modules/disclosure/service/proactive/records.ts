import { and, eq } from 'drizzle-orm';
import type { IsoDate, WorkCalendar } from '../../../../../common/calendar/index.js';
import type {
  ProactiveCategory,
  PublicationChannel,
  Table2Kind,
} from '../../../../../common/contracts/disclosure/proactive.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { disclosureProactiveItems as items, type ProactiveItemRow } from '../../schema/proactive.js';
import { proactiveScope } from './policy.js';
import { isOnPortal, publicationDeadline } from './rules.js';

/** A register row with its unit's name and code, as lists and details show it. */
export interface ProactiveItemWithUnit extends ProactiveItemRow {
  orgUnitName: string;
  orgUnitCode: string;
}

export const ITEM_COLUMNS = { item: items, orgUnitName: orgUnits.name, orgUnitCode: orgUnits.code };

export function withUnit(row: {
  item: ProactiveItemRow;
  orgUnitName: string;
  orgUnitCode: string;
}): ProactiveItemWithUnit {
  return { ...row.item, orgUnitName: row.orgUnitName, orgUnitCode: row.orgUnitCode };
}

/** The entry's facts as typed (what the audit event records). */
export interface EntryContent {
  category: ProactiveCategory;
  table2Kind: Table2Kind | null;
  title: string;
  documentNumber: string | null;
  formedOn: IsoDate;
  publishedOn: IsoDate;
  channels: PublicationChannel[];
  url: string | null;
  summary: string | null;
}

export function contentOf(row: EntryContent): EntryContent {
  return {
    category: row.category,
    table2Kind: row.table2Kind ?? null,
    title: row.title,
    documentNumber: row.documentNumber ?? null,
    formedOn: row.formedOn,
    publishedOn: row.publishedOn,
    channels: [...row.channels],
    url: row.url ?? null,
    summary: row.summary ?? null,
  };
}

/** The columns derived from the content: the 20 WD due date, the late flag, the portal flag. */
export function derivedColumns(cal: WorkCalendar, content: EntryContent) {
  const deadline = publicationDeadline(cal, content);
  return { dueOn: deadline.dueOn, isLate: deadline.isLate, isOnPortal: isOnPortal(content.channels) };
}

/** The entry if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedItem(db: Executor, actor: Actor, id: string): Promise<ProactiveItemWithUnit> {
  const [row] = await db
    .select(ITEM_COLUMNS)
    .from(items)
    .innerJoin(orgUnits, eq(orgUnits.id, items.orgUnitId))
    .where(and(eq(items.id, id), proactiveScope(actor)));
  if (!row) throw notFound('主动公开信息');
  return withUnit(row);
}

/** Locks the entry for a write, scope-checked. */
export async function lockScopedItem(tx: Tx, actor: Actor, id: string): Promise<ProactiveItemRow> {
  const [row] = await tx
    .select()
    .from(items)
    .where(and(eq(items.id, id), proactiveScope(actor)))
    .for('update');
  if (!row) throw notFound('主动公开信息');
  return row;
}

export function subjectOf(row: ProactiveItemRow) {
  return {
    subjectType: 'disclosure_proactive_item',
    subjectId: row.id,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
  };
}
