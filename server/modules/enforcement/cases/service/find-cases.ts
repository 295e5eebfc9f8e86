import { and, count, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CaseListQuery } from '../../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { latestClockDueOnSql } from '../../../../platform/clocks/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { handlingClocks } from '../../procedure.js';
import { enforcementCases as c } from '../schema.js';
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
const handlingDueOn = latestClockDueOnSql({
  subjectType: CASE_SUBJECT_TYPE,
  subjectId: c.id,
  clockKeys: Object.values(handlingClocks).map((d) => d.key),
});

/**
 * One page in list order. The indexes on (org_unit_id | district_id, opened_on, id) hand the rows over
 * already in order, so a page costs its 20 rows, whatever the ledger's size.
 */
function selectPage(db: Executor, where: SQL, limit: number, offset: number) {
  return db
    .select({ ...CASE_COLUMNS, handlingDueOn })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(where)
    .orderBy(...ORDER)
    .limit(limit)
    .offset(offset);
}

/** Past this many matches the list says "10000+" instead of counting a million rows on every page. */
export const COUNT_CAP = 10_000;

/** The number of matches, counted up to the cap (an index-only scan of at most COUNT_CAP + 1 entries). */
async function countUpToCap(db: Executor, where: SQL): Promise<{ total: number; isCapped: boolean }> {
  const capped = db
    .select({ one: sql`1`.as('one') })
    .from(c)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  return n > COUNT_CAP ? { total: COUNT_CAP, isCapped: true } : { total: n, isCapped: false };
}

/** A page of the cases the actor may see (a body: its own), newest opened first, and how many match. */
export async function findCases(
  ctx: Ctx,
  query: z.output<typeof CaseListQuery>,
): Promise<{ items: CaseListRow[]; total: number; totalIsCapped: boolean }> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view');
  const where = caseConditions(actor, query);
  const [rows, counted] = await Promise.all([
    selectPage(ctx.db, where, query.pageSize, (query.page - 1) * query.pageSize),
    countUpToCap(ctx.db, where),
  ]);
  return {
    items: rows.map((r) => ({ ...withUnit(r), handlingDueOn: r.handlingDueOn })),
    total: counted.total,
    totalIsCapped: counted.isCapped,
  };
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
