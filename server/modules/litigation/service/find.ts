import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { LawsuitListQuery } from '../../../../common/contracts/litigation.js';
import { assertCan } from '../../../platform/authz/index.js';
import { latestClockDueOnSql } from '../../../platform/clocks/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  type AvailableAction,
  type ClockView,
  clockViews,
  findProcedureSteps,
  type ProcedureStep,
} from '../../../platform/procedures/index.js';
import { lawsuitScope } from '../policy.js';
import { answerClocks } from '../procedure.js';
import { type HearingRow, lawsuitHearings, lawsuits, type SuggestionRow } from '../schema.js';
import {
  getScopedLawsuit,
  hearingsOf,
  LAWSUIT_COLUMNS,
  type LawsuitView,
  suggestionsOf,
  toRecord,
  withUnit,
} from './records.js';
import { lawsuitTransitions } from './transitions.js';

export type LawsuitFilters = Omit<LawsuitListQuery, 'page' | 'pageSize'>;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function lawsuitConditions(actor: Actor, f: LawsuitFilters): SQL {
  const where: (SQL | undefined)[] = [lawsuitScope(actor)];
  if (f.q) where.push(or(ilike(lawsuits.caseNumber, like(f.q)), ilike(lawsuits.cause, like(f.q))));
  if (f.state) where.push(eq(lawsuits.state, f.state));
  if (f.orgUnitId) where.push(eq(lawsuits.orgUnitId, f.orgUnitId));
  if (f.year) where.push(sql`extract(year from ${lawsuits.filedOn}) = ${f.year}`);
  return and(...where)!;
}

/** Did the head appear at any hearing of the case? (the list's 负责人出庭 column) */
export const headAppearedSql = sql<boolean>`EXISTS (SELECT 1 FROM ${lawsuitHearings} h
  WHERE h.lawsuit_id = ${lawsuits.id} AND h.head_appeared)`;

export interface LawsuitListItem extends LawsuitView {
  headAppeared: boolean;
  answerDueOn: string | null;
}

/** A page of the lawsuits the actor may see, newest first. */
export async function findLawsuits(ctx: Ctx, query: LawsuitListQuery) {
  assertCan(ctx.actor, 'litigation.view');
  const where = lawsuitConditions(ctx.actor!, query);
  const answerDueOn = latestClockDueOnSql({
    subjectType: 'lawsuit',
    subjectId: lawsuits.id,
    clockKeys: answerClocks.map((c) => c.key),
  });
  const rows = await ctx.db
    .select({ ...LAWSUIT_COLUMNS, headAppeared: headAppearedSql, answerDueOn })
    .from(lawsuits)
    .innerJoin(orgUnits, eq(orgUnits.id, lawsuits.orgUnitId))
    .where(where)
    .orderBy(desc(lawsuits.filedOn), desc(lawsuits.caseNumber))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(lawsuits)
    .where(where);
  const items: LawsuitListItem[] = rows.map((r) => ({
    ...withUnit(r),
    headAppeared: Boolean(r.headAppeared),
    answerDueOn: r.answerDueOn,
  }));
  return { items, total: count?.n ?? 0 };
}

/** Every lawsuit in scope, for the ledger export. */
export async function findLawsuitsForExport(ctx: Ctx): Promise<(LawsuitView & { hearings: HearingRow[] })[]> {
  const rows = await ctx.db
    .select(LAWSUIT_COLUMNS)
    .from(lawsuits)
    .innerJoin(orgUnits, eq(orgUnits.id, lawsuits.orgUnitId))
    .where(lawsuitScope(ctx.actor!))
    .orderBy(lawsuits.caseNumber);
  const hearings = await ctx.db
    .select()
    .from(lawsuitHearings)
    .where(
      sql`${lawsuitHearings.lawsuitId} IN (SELECT id FROM ${lawsuits} WHERE ${lawsuitScope(ctx.actor!)})`,
    );
  const byCase = new Map<string, HearingRow[]>();
  for (const h of hearings) byCase.set(h.lawsuitId, [...(byCase.get(h.lawsuitId) ?? []), h]);
  return rows.map((r) => ({ ...withUnit(r), hearings: byCase.get(r.lawsuit.id) ?? [] }));
}

export interface LawsuitDetailData {
  lawsuit: LawsuitView;
  hearings: HearingRow[];
  suggestions: SuggestionRow[];
  clocks: ClockView[];
  history: ProcedureStep[];
  actions: AvailableAction[];
}

/** A lawsuit with hearings, suggestions, clocks, steps and what the actor may do next. */
export async function getLawsuit(ctx: Ctx, id: string): Promise<LawsuitDetailData> {
  assertCan(ctx.actor, 'litigation.view');
  const lawsuit = await getScopedLawsuit(ctx.db, ctx.actor!, id);
  const [hearings, suggestions, clocks, history, actions] = await Promise.all([
    hearingsOf(ctx.db, id),
    suggestionsOf(ctx.db, id),
    clockViews(ctx.db, ctx.today, 'lawsuit', id, ctx.locale),
    findProcedureSteps(ctx.db, 'litigation.lawsuit', id),
    lawsuitTransitions.actionsFor(ctx, toRecord(lawsuit, ctx.today)),
  ]);
  return { lawsuit, hearings, suggestions, clocks, history, actions };
}
