import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementMajorCatalogue as mc, type MajorCatalogueRow } from '../schema.js';
import { type HeldPower, powersById } from './powers.js';

export interface MajorCatalogueEntry extends MajorCatalogueRow {
  orgUnitName: string;
  orgUnitCode: string;
  power: HeldPower | null;
}

export const catalogueScope = (actor: Actor): SQL => enforcementScope(actor, mc.orgUnitId, mc.districtId);

export async function selectCatalogue(
  db: Executor,
  where: SQL,
  page?: { limit: number; offset: number },
): Promise<MajorCatalogueEntry[]> {
  const query = db
    .select({ entry: mc, orgUnitName: orgUnits.name, orgUnitCode: orgUnits.code })
    .from(mc)
    .innerJoin(orgUnits, eq(orgUnits.id, mc.orgUnitId))
    .where(where)
    .orderBy(orgUnits.sortOrder, mc.createdAt, mc.id)
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const powerOf = await powersById(
    db,
    rows.map((r) => r.entry.powerItemId),
  );
  return rows.map((r) => ({
    ...r.entry,
    orgUnitName: r.orgUnitName,
    orgUnitCode: r.orgUnitCode,
    power: (r.entry.powerItemId && powerOf.get(r.entry.powerItemId)) || null,
  }));
}

export async function getScopedEntry(db: Executor, actor: Actor, id: string): Promise<MajorCatalogueEntry> {
  const [row] = await selectCatalogue(db, and(eq(mc.id, id), catalogueScope(actor))!);
  if (!row) throw notFound('重大执法决定目录事项');
  return row;
}

export const entrySubject = (row: MajorCatalogueRow) => ({
  subjectType: 'enforcement_major_catalogue',
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});
