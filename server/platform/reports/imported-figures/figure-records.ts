/** Reading and writing the imported figures: in the reader's scope, each write with its audit event. */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type AuditInput, recordAudits } from '../../audit/index.js';
import { orgScope } from '../../authz/index.js';
import type { Actor, Ctx } from '../../context.js';
import type { Executor, Tx } from '../../db/client.js';
import { orgUnits } from '../../org/schema.js';
import type { MetricScope } from '../define-metric.js';
import { metricScopeCondition } from '../scope-sql.js';
import { reportedFigures as f } from './schema.js';

export interface PreparedFigure {
  districtId: string;
  orgUnitId: string;
  year: number;
  figureKey: string;
  value: number;
  source: string;
  note: string | null;
}

export interface FigureRecord {
  id: string;
  unitCode: string;
  unitName: string;
  year: number;
  figureKey: string;
  value: number;
  source: string;
  note: string | null;
  importedAt: string;
}

/** The figures in the actor's scope (a department its own units, a district-wide role the district). */
export async function findFigures(
  db: Executor,
  actor: Actor,
  filter: { year?: number; figureKey?: string },
): Promise<FigureRecord[]> {
  const where: SQL[] = [eq(f.districtId, actor.districtId), orgScope(actor, f.orgUnitId, f.districtId)];
  if (filter.year) where.push(eq(f.year, filter.year));
  if (filter.figureKey) where.push(eq(f.figureKey, filter.figureKey));
  const rows = await db
    .select({
      id: f.id,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      year: f.year,
      figureKey: f.figureKey,
      value: f.value,
      source: f.source,
      note: f.note,
      importedAt: f.importedAt,
    })
    .from(f)
    .innerJoin(orgUnits, eq(orgUnits.id, f.orgUnitId))
    .where(and(...where))
    .orderBy(asc(f.year), asc(orgUnits.code), asc(f.figureKey));
  return rows.map((r) => ({ ...r, value: Number(r.value), importedAt: r.importedAt.toISOString() }));
}

/** A figure of a report's scope: the sum over the units in it, with every source it was taken from. */
export interface ScopedFigure {
  value: number;
  sources: string[];
  /** How many units' rows make it up. */
  units: number;
}

/**
 * The imported figures of a year for a report's scope (the district: every unit of it; a department: its
 * subtree), summed per key — as the record-based figures count every unit in scope. A key no unit imported
 * is absent from the map (the report says so; it is not 0).
 */
export async function readImportedFigures(
  db: Executor,
  scope: MetricScope,
  year: number,
  keys: readonly string[],
): Promise<Map<string, ScopedFigure>> {
  const found = new Map<string, ScopedFigure>();
  if (keys.length === 0) return found;
  const result = await db.execute<{ key: string; value: string; sources: string[]; units: number }>(sql`
    SELECT ${f.figureKey} AS key, sum(${f.value})::text AS value,
           array_agg(DISTINCT ${f.source} ORDER BY ${f.source}) AS sources, count(*)::int AS units
      FROM ${f}
     WHERE ${f.year} = ${year}
       AND ${inArray(f.figureKey, [...keys])}
       AND ${metricScopeCondition(scope, f.orgUnitId, f.districtId)}
     GROUP BY 1`);
  for (const row of result.rows)
    found.set(row.key, { value: Number(row.value), sources: row.sources, units: Number(row.units) });
  return found;
}

const audited = (p: PreparedFigure) => ({
  subjectType: 'reported_figure',
  orgUnitId: p.orgUnitId,
  districtId: p.districtId,
});

/** Writes an import's new and corrected figures with one audit event each (the caller's transaction). */
export async function writeFigures(
  tx: Tx,
  ctx: Ctx,
  created: readonly PreparedFigure[],
  changed: readonly PreparedFigure[],
): Promise<void> {
  const importedBy = ctx.actor?.userId ?? null;
  const inserted = created.length
    ? await tx
        .insert(f)
        .values(created.map((p) => ({ ...p, value: String(p.value), importedBy })))
        .returning({ id: f.id })
    : [];
  const events: AuditInput[] = created.map((p, i) => ({
    action: 'reports.figure.imported',
    subjectId: inserted[i]!.id,
    ...audited(p),
    after: { year: p.year, figureKey: p.figureKey, value: p.value, source: p.source, note: p.note },
  }));
  for (const p of changed) {
    const [before] = await tx
      .select()
      .from(f)
      .where(and(eq(f.orgUnitId, p.orgUnitId), eq(f.year, p.year), eq(f.figureKey, p.figureKey)))
      .for('update');
    if (!before) continue; // read as existing a moment ago; the unique key keeps it there
    await tx
      .update(f)
      .set({ value: String(p.value), source: p.source, note: p.note, importedBy, importedAt: new Date() })
      .where(eq(f.id, before.id));
    events.push({
      action: 'reports.figure.corrected',
      subjectId: before.id,
      ...audited(p),
      after: { year: p.year, figureKey: p.figureKey, value: p.value, source: p.source, note: p.note },
      before: { value: Number(before.value), source: before.source, note: before.note },
    });
  }
  await recordAudits(tx, ctx, events);
}
