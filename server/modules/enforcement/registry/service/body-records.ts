import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementBodies as b, type EnforcementBodyRow, enforcementOfficers as o } from '../schema.js';

/** A confirmed body with its unit and how many officers and valid certificates it has today. */
export interface BodyWithCounts extends EnforcementBodyRow {
  orgUnitName: string;
  orgUnitCode: string;
  officerCount: number;
  validCertificateCount: number;
}

export const bodyScope = (actor: Actor): SQL => enforcementScope(actor, b.orgUnitId, b.districtId);

/** The body list's SELECT (unit joined, counts as correlated sub-queries), for a WHERE. */
export function selectBodies(db: Executor, today: IsoDate) {
  return db
    .select({
      body: b,
      orgUnitName: orgUnits.name,
      orgUnitCode: orgUnits.code,
      officerCount: sql<number>`(SELECT count(*)::int FROM ${o} WHERE ${o.orgUnitId} = ${b.orgUnitId} AND ${o.isActive})`,
      validCertificateCount: sql<number>`(SELECT count(*)::int FROM ${o} WHERE ${o.orgUnitId} = ${b.orgUnitId} AND ${o.isActive} AND ${o.certificateValidUntil} >= ${today})`,
    })
    .from(b)
    .innerJoin(orgUnits, eq(orgUnits.id, b.orgUnitId))
    .$dynamic();
}

type BodySelection = Awaited<ReturnType<ReturnType<typeof selectBodies>['execute']>>[number];

export function withCounts(row: BodySelection): BodyWithCounts {
  return {
    ...row.body,
    orgUnitName: row.orgUnitName,
    orgUnitCode: row.orgUnitCode,
    officerCount: Number(row.officerCount),
    validCertificateCount: Number(row.validCertificateCount),
  };
}

/** One body in the actor's scope, with its counts; otherwise NOT_FOUND. */
export async function getScopedBody(
  db: Executor,
  actor: Actor,
  id: string,
  today: IsoDate,
): Promise<BodyWithCounts> {
  const [row] = await selectBodies(db, today).where(and(eq(b.id, id), bodyScope(actor)));
  if (!row) throw notFound('行政执法主体');
  return withCounts(row);
}

/** Locks a body in the actor's scope for a write. */
export async function lockScopedBody(tx: Tx, actor: Actor, id: string): Promise<EnforcementBodyRow> {
  const [row] = await tx
    .select()
    .from(b)
    .where(and(eq(b.id, id), bodyScope(actor)))
    .for('update');
  if (!row) throw notFound('行政执法主体');
  return row;
}

export const bodySubject = (row: EnforcementBodyRow) => ({
  subjectType: 'enforcement_body',
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});
