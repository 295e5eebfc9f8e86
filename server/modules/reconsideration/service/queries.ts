import { and, desc, eq, gte, ilike, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CaseListQuery } from '../../../../common/contracts/reconsideration.js';
import { assertCan } from '../../../platform/authz/index.js';
import { type ClockRecord, findLatestClocks } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { defaultDistrictId, orgUnits } from '../../../platform/org/index.js';
import {
  type AvailableAction,
  type ClockView,
  clockViews,
  findProcedureSteps,
  type ProcedureStep,
  withUrgency,
} from '../../../platform/procedures/index.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { applicationTimeliness } from '../rules/deadlines.js';
import { type LawTextKey, lawText } from '../rules/law-texts.js';
import { caseScope, maySeeApplicantContact } from '../policy.js';
import { RECONSIDERATION_CLOCKS } from '../clocks.js';
import { caseProcedure } from '../procedure.js';
import { reconsiderationCases as cases } from '../schema.js';
import { caseTransitions } from './fire-transition.js';
import { CASE_COLUMNS, type CaseWithUnit, getScopedCase, toRecord, withUnit } from './records.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface CaseListItem {
  c: CaseWithUnit;
  clock: ClockView | null;
}

/** The clock a case waits on now: the last one still running or paused. */
async function currentClocks(ctx: Ctx, ids: string[]): Promise<Map<string, ClockView>> {
  if (ids.length === 0) return new Map();
  // One lookup per clock key (the kernel's finder); a case's open clock is the latest started one.
  const open = new Map<string, ClockRecord>();
  // The optional 补正 window (it lapses unused) is never what a case waits on.
  for (const def of RECONSIDERATION_CLOCKS.filter((d) => !d.key.includes('correction_notice'))) {
    const latest = await findLatestClocks(ctx.db, caseProcedure.subjectType, def.key, ids);
    for (const [id, c] of latest) {
      const seen = open.get(id);
      if (c.status !== 'stopped' && (!seen || c.startedOn >= seen.startedOn)) open.set(id, c);
    }
  }
  const views = await withUrgency(ctx.db, ctx.today, [...open.values()], ctx.locale);
  return new Map(views.map((v) => [v.subjectId, v]));
}

/** The staff ledger: filtered, in the actor's scope, newest first. */
export async function findCases(
  ctx: Ctx,
  q: CaseListQuery,
): Promise<{ items: CaseListItem[]; total: number }> {
  assertCan(ctx.actor, 'reconsideration.view_cases');
  const where: SQL[] = [caseScope(ctx.actor!)];
  if (q.status) where.push(eq(cases.status, q.status));
  if (q.outcome) where.push(eq(cases.outcome, q.outcome));
  if (q.actType) where.push(eq(cases.actType, q.actType));
  if (q.receivedFrom) where.push(gte(cases.receivedOn, q.receivedFrom));
  if (q.receivedTo) where.push(lte(cases.receivedOn, q.receivedTo));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(
      or(ilike(cases.caseNumber, like), ilike(cases.actDescription, like), ilike(cases.applicantName, like))!,
    );
  }
  const condition = and(...where);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select(CASE_COLUMNS)
      .from(cases)
      .innerJoin(orgUnits, eq(orgUnits.id, cases.orgUnitId))
      .where(condition)
      .orderBy(desc(cases.receivedOn), desc(cases.caseNumber))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(condition),
  ]);
  const clocks = await currentClocks(
    ctx,
    rows.map((r) => r.c.id),
  );
  return {
    items: rows.map((r) => ({ c: withUnit(r), clock: clocks.get(r.c.id) ?? null })),
    total: count?.n ?? 0,
  };
}

export interface CaseDetailData {
  c: CaseWithUnit;
  history: ProcedureStep[];
  clocks: ClockView[];
  actions: AvailableAction[];
  showContact: boolean;
  /** The last day to apply (60 days from knowing of the act), on the loaded calendar. */
  applicationLastDayOn: string | null;
}

/** One case with its history, its clocks explained, and what the actor may do next (today). */
export async function getCase(ctx: Ctx, id: string): Promise<CaseDetailData> {
  const actor = ctx.actor;
  assertCan(actor, 'reconsideration.view_cases');
  const c = await getScopedCase(ctx.db, actor, id);
  const [history, clocks, actions] = await Promise.all([
    findProcedureSteps(ctx.db, caseProcedure.key, id),
    clockViews(ctx.db, ctx.today, caseProcedure.subjectType, id, ctx.locale),
    caseTransitions.actionsFor(ctx, toRecord(c, ctx.today)),
  ]);
  const cal = await loadCalendar(ctx.db);
  const lastDay = c.actKnownOn
    ? applicationTimeliness(cal, lawText(c.lawText as LawTextKey), c.actKnownOn, c.receivedOn).lastDayOn
    : null;
  return {
    c,
    history,
    clocks,
    actions,
    showContact: maySeeApplicantContact(actor),
    applicationLastDayOn: lastDay,
  };
}

/** What the public learns from a tracking code: the procedural facts of that one case. */
export async function trackCase(ctx: Ctx, trackingCode: string) {
  const [row] = await ctx.db
    .select(CASE_COLUMNS)
    .from(cases)
    .innerJoin(orgUnits, eq(orgUnits.id, cases.orgUnitId))
    .where(eq(cases.trackingCode, trackingCode));
  if (!row) throw notFound('该查询码对应的行政复议申请');
  const clocks = await currentClocks(ctx, [row.c.id]);
  return { c: withUnit(row), clock: clocks.get(row.c.id) ?? null };
}

/** Endings published as decisions (第七十九条): decisions on the merits, terminations and rejections. */
const PUBLISHED_OUTCOMES = [
  'BIANGENG',
  'CHEXIAO',
  'QUERENWEIFA',
  'LVXING',
  'QUERENWUXIAO',
  'WEICHI',
  'BOHUIQINGQIU',
  'XIEYI',
  'PEICHANG',
  'BOHUISHENQING',
] as const;

/**
 * The decisions the portal publishes (第七十九条: as the original act was disclosed). Decision 0042 §6 reads it
 * as: every decision on the merits of an act, except 调解书 and endings without a decision; the applicant's
 * name masked and no contact data.
 */
export async function publicDecisions(ctx: Ctx, q: { page: number; pageSize: number; year?: number }) {
  const districtId = await defaultDistrictId(ctx.db);
  const where = and(
    eq(cases.districtId, districtId),
    eq(cases.status, 'concluded'),
    inArray(cases.outcome, [...PUBLISHED_OUTCOMES]),
    isNotNull(cases.decisionNumber),
    q.year
      ? and(gte(cases.concludedOn, `${q.year}-01-01`), lte(cases.concludedOn, `${q.year}-12-31`))
      : undefined,
  );
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select(CASE_COLUMNS)
      .from(cases)
      .innerJoin(orgUnits, eq(orgUnits.id, cases.orgUnitId))
      .where(where)
      .orderBy(desc(cases.concludedOn), desc(cases.decisionNumber))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  return { items: rows.map(withUnit), total: count?.n ?? 0 };
}
