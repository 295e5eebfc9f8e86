import { and, count, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CaseListQuery } from '../../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { clocks } from '../../../../platform/clocks/schema.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/client.js';
import { orgUnits } from '../../../../platform/org/schema.js';
import { handlingClocks } from '../../procedure.js';
import { enforcementCases as c } from '../../schema/cases.js';
import { CASE_COLUMNS, CASE_SUBJECT_TYPE, type CaseWithUnit, caseScope, withUnit } from './records.js';

export type CaseFilters = Omit<z.output<typeof CaseListQuery>, 'page' | 'pageSize'>;

/** A case row of a list, with the due day of its handling clock (the latest one started). */
export interface CaseListRow extends CaseWithUnit {
  handlingDueOn: string | null;
}

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * A case whose number, cause or party contains the keyword. The GIN index on `search_grams` finds the
 * candidates (as the power list does, migration 0007); ILIKE rechecks keywords longer than two characters.
 */
export function keywordCondition(q: string): SQL {
  const grams = sql`${c.searchGrams} @> fazhi_query_grams(${q}::text)`;
  if (Array.from(q.toLowerCase()).length <= 2) return grams;
  const p = likePattern(q);
  return and(or(ilike(c.caseNumber, p), ilike(c.cause, p), ilike(c.partyName, p)), grams)!;
}

/** The WHERE of a case list: the actor's scope AND the filters. */
export function caseConditions(actor: Actor, f: CaseFilters): SQL {
  const where: (SQL | undefined)[] = [caseScope(actor)];
  if (f.q) where.push(keywordCondition(f.q));
  if (f.orgUnitId) where.push(eq(c.orgUnitId, f.orgUnitId));
  if (f.kind) where.push(eq(c.kind, f.kind));
  if (f.state) where.push(eq(c.state, f.state));
  if (f.outcome) where.push(eq(c.outcome, f.outcome));
  if (f.publicationState) where.push(eq(c.publicationState, f.publicationState));
  if (f.isMajor) where.push(eq(c.isMajor, f.isMajor === 'true'));
  if (f.openedFrom) where.push(gte(c.openedOn, f.openedFrom));
  if (f.openedTo) where.push(lte(c.openedOn, f.openedTo));
  return and(...where)!;
}

const ORDER = [desc(c.openedOn), desc(c.id)] as const;

/** The due day of the case's latest handling clock (extensions included). */
const handlingDueOn = sql<string | null>`(
  SELECT ${clocks.dueOn} FROM ${clocks}
  WHERE ${clocks.subjectType} = ${CASE_SUBJECT_TYPE} AND ${clocks.subjectId} = ${c.id}::text
    AND ${clocks.clockKey} IN (${sql.join(
      Object.values(handlingClocks).map((d) => sql`${d.key}`),
      sql`, `,
    )})
  ORDER BY ${clocks.startedOn} DESC LIMIT 1)`;

/**
 * One page in list order, each row carrying the number of matches (`count(*) OVER ()`: one statement).
 * The page is chosen on narrow rows (the indexes on (org_unit_id | district_id, opened_on) serve the
 * scope and the order) and only its rows are read in full.
 */
function selectPage(db: Executor, where: SQL, limit: number, offset: number) {
  const page = db
    .select({ id: c.id, total: sql<number>`count(*) over ()`.as('total') })
    .from(c)
    .where(where)
    .orderBy(...ORDER)
    .limit(limit)
    .offset(offset)
    .as('page');
  return db
    .select({ ...CASE_COLUMNS, handlingDueOn, total: sql<number>`${page.total}`.mapWith(Number) })
    .from(page)
    .innerJoin(c, eq(c.id, page.id))
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .orderBy(...ORDER);
}

/** A page of the cases the actor may see (a body: its own), newest opened first. */
export async function findCases(
  ctx: Ctx,
  query: z.output<typeof CaseListQuery>,
): Promise<{ items: CaseListRow[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view');
  const where = caseConditions(actor, query);
  const rows = await selectPage(ctx.db, where, query.pageSize, (query.page - 1) * query.pageSize);
  // A page past the end has no row to carry the total.
  const total = rows[0]?.total ?? (query.page > 1 ? await countCases(ctx.db, where) : 0);
  return { items: rows.map((r) => ({ ...withUnit(r), handlingDueOn: r.handlingDueOn })), total };
}

async function countCases(db: Executor, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(c).where(where);
  return row?.n ?? 0;
}

/**
 * Every case the filters select, for an export (same scope and filters as the list), read in pages of
 * 1,000 by keyset (yielded a page at a time) so a large ledger streams without sitting in memory.
 */
export async function* findCasesForExport(ctx: Ctx, filters: CaseFilters): AsyncGenerator<CaseListRow[]> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.export');
  const where = caseConditions(actor, filters);
  let after: { openedOn: string; id: string } | null = null;
  for (;;) {
    const cursor: SQL | undefined = after
      ? sql`(${c.openedOn}, ${c.id}) < (${after.openedOn}::date, ${after.id}::uuid)`
      : undefined;
    const rows = await ctx.db
      .select({ ...CASE_COLUMNS, handlingDueOn })
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
      .where(and(where, cursor))
      .orderBy(...ORDER)
      .limit(1000);
    if (rows.length > 0) yield rows.map((r) => ({ ...withUnit(r), handlingDueOn: r.handlingDueOn }));
    const last = rows.at(-1);
    if (!last || rows.length < 1000) return;
    after = { openedOn: last.case.openedOn, id: last.case.id };
  }
}
