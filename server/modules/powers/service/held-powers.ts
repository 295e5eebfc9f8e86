import { and, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { powerItems } from '../schema.js';

/** What another module needs to know of a power it exercises: whose it is, its kind, whether in force. */
export interface HeldPower {
  id: string;
  orgUnitId: string;
  districtId: string;
  code: string;
  name: string;
  category: string;
  /** 实施依据, as published in the power list (a decision document cites it). */
  legalBasis: string | null;
  isInForce: boolean;
}

/** The powers with these ids (missing ids are simply absent). In force = published and not repealed. */
export async function findHeldPowers(db: Executor, ids: readonly string[]): Promise<HeldPower[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: powerItems.id,
      orgUnitId: powerItems.orgUnitId,
      districtId: powerItems.districtId,
      code: powerItems.code,
      name: powerItems.name,
      category: powerItems.category,
      legalBasis: powerItems.legalBasis,
      status: powerItems.status,
    })
    .from(powerItems)
    .where(inArray(powerItems.id, [...ids]));
  return rows.map(({ status, ...row }) => ({ ...row, isInForce: status === 'published' }));
}

/** The in-force powers of one unit in one category (e.g. a body's 行政检查 items for its inspection plan). */
export async function findUnitPowers(
  db: Executor,
  orgUnitId: string,
  category: string,
): Promise<HeldPower[]> {
  const rows = await db
    .select({ id: powerItems.id })
    .from(powerItems)
    .where(
      and(
        eq(powerItems.orgUnitId, orgUnitId),
        eq(powerItems.category, category),
        eq(powerItems.status, 'published'),
      ),
    );
  return findHeldPowers(
    db,
    rows.map((r) => r.id),
  );
}

/**
 * The name of the power an id column points at, as SQL, for another module's report query that lists or
 * orders rows by their power (power_items is this module's table: other modules never name it).
 */
export function powerNameSql(powerItemId: SQLWrapper): SQL<string> {
  return sql<string>`(SELECT ${powerItems.name} FROM ${powerItems} WHERE ${powerItems.id} = ${powerItemId})`;
}

/**
 * The powers of a district whose 设定依据 names a law (by its title, with or without 《》): what the legal-basis
 * links list when the law is amended or repealed (issue #13; decision 0048 §6).
 */
export async function findPowersCitingLaw(
  db: Executor,
  districtId: string,
  lawTitle: string,
): Promise<{ id: string; code: string; name: string; legalBasis: string | null; isInForce: boolean }[]> {
  const title = lawTitle.replace(/^《|》$/g, '');
  const rows = await db
    .select({
      id: powerItems.id,
      code: powerItems.code,
      name: powerItems.name,
      legalBasis: powerItems.legalBasis,
      status: powerItems.status,
    })
    .from(powerItems)
    .where(and(eq(powerItems.districtId, districtId), sql`strpos(${powerItems.legalBasis}, ${title}) > 0`));
  return rows.map(({ status, ...row }) => ({ ...row, isInForce: status === 'published' }));
}
