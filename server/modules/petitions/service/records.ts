import { randomBytes } from 'node:crypto';
import { and, eq, ilike, or, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../common/calendar/index.js';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../platform/org/index.js';
import { petitionScope } from '../policy.js';
import type { PetitionRecord } from '../procedure.js';
import type { PetitionLaw } from '../rules.js';
import { type PetitionRow, petitions } from '../schema.js';

export type PetitionRec = PetitionRecord & { row: PetitionRow };

/** The procedure's view of a petition row; `stepOn` is the day the next step takes effect. */
export function toRecord(row: PetitionRow, stepOn: IsoDate): PetitionRec {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    number: row.number,
    law: row.law as PetitionLaw,
    category: row.category,
    receivedOn: row.receivedOn,
    answeredOn: row.answeredOn,
    reviewDecidedOn: row.reviewDecidedOn,
    extendedOn: row.extendedOn,
    stepOn,
    row,
  };
}

/** The petition if it is in the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedPetition(db: Executor, actor: Actor, id: string): Promise<PetitionRow> {
  const [row] = await db
    .select()
    .from(petitions)
    .where(and(eq(petitions.id, id), petitionScope(actor)));
  if (!row) throw notFound('信访事项');
  return row;
}

export async function lockScopedPetition(tx: Tx, actor: Actor, id: string): Promise<PetitionRow> {
  const [row] = await tx
    .select()
    .from(petitions)
    .where(and(eq(petitions.id, id), petitionScope(actor)))
    .for('update');
  if (!row) throw notFound('信访事项');
  return row;
}

/** A 10-character code the public tracks the petition with (no I, O, 0, 1: read over the phone). */
export function newTrackingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The next 信访件编号 of the year, XF2020-0001, serialised per district by an advisory lock. */
export async function nextPetitionNumber(tx: Tx, districtId: string, receivedOn: IsoDate): Promise<string> {
  const prefix = `XF${receivedOn.slice(0, 4)}-`;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`petitions.number.${districtId}`}))`);
  const found = await tx.execute<{ n: number }>(sql`
    SELECT coalesce(max(substring(number FROM ${prefix.length + 1}::int)::int), 0) AS n FROM ${petitions}
    WHERE ${petitions.districtId} = ${districtId} AND ${petitions.number} LIKE ${`${prefix}%`}
      AND substring(number FROM ${prefix.length + 1}::int) ~ '^[0-9]+$'`);
  return `${prefix}${String(Number(found.rows[0]?.n ?? 0) + 1).padStart(4, '0')}`;
}

/**
 * The district's petitions office (信访局): the department whose name ends in 信访局, else the district
 * itself. Where the portal's petitions arrive and what the intake clocks treat as 信访部门 (decision 0046 §3).
 */
export async function petitionsOffice(db: Executor, districtId: string): Promise<OrgUnit> {
  const units = await findOrgUnits(db, { districtId });
  const office = units.find((u) => u.type === 'department' && u.name.endsWith('信访局'));
  const district = units.find((u) => u.type === 'district');
  const found = office ?? district;
  if (!found) throw notFound('信访工作机构');
  return found;
}

export function searchCondition(q: string) {
  const like = `%${q}%`;
  return or(
    ilike(petitions.number, like),
    ilike(petitions.subject, like),
    ilike(petitions.petitionerName, like),
  );
}
