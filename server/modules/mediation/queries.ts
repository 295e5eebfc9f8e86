/** The mediation reads, each scoped by the actor (a mediator sees their street or village only). */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { loadCalendar } from '../../platform/calendar/index.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { orgScope } from '../../platform/authz/index.js';
import { orgUnits } from '../../platform/org/index.js';
import {
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
  clockViews,
} from '../../platform/procedures/index.js';
import { sameParty, warningCondition } from './metrics.js';
import { mediationScope } from './policy.js';
import { caseProcedure } from './procedure.js';
import { confirmationDueOn, termEndsSoon, warningReasons } from './rules.js';
import {
  type NamedPerson,
  mediationCases as c,
  mediationCommittees as m,
  mediationPoints as p,
} from './schema.js';
import { caseTransitions, toRecord } from './service.js';

/** 王** — the surname only: parties are personal data (个人信息保护法), shown whole only on the case. */
export function maskedNames(parties: NamedPerson[]): string {
  return parties.map((x) => `${x.name.slice(0, 1)}${'*'.repeat(Math.max(1, x.name.length - 1))}`).join('、');
}

/** Coverage of the villages and communities in scope by points established on or before `asOf`, by street. */
export async function findCoverage(ctx: Ctx, asOf: string) {
  const rows = await ctx.db
    .select({
      code: sql<string>`s.code`,
      name: sql<string>`s.name`,
      units: sql<number>`count(*)::int`,
      covered: sql<number>`count(${p.id})::int`,
    })
    .from(sql`org_units v JOIN org_units s ON s.id = v.parent_id`)
    .leftJoin(p, sql`${p.orgUnitId} = v.id AND ${p.establishedOn} <= ${asOf}`)
    .where(
      and(
        sql`v.type = 'village'`,
        sql`v.district_id = ${ctx.actor!.districtId}`,
        orgScope(ctx.actor!, sql`v.id`),
      ),
    )
    .groupBy(sql`s.code, s.name, s.sort_order`)
    .orderBy(sql`s.sort_order, s.code`);
  const units = rows.reduce((a, r) => a + Number(r.units), 0);
  const covered = rows.reduce((a, r) => a + Number(r.covered), 0);
  return {
    asOf,
    units,
    covered,
    rate: units ? covered / units : 0,
    streets: rows.map((r) => ({ ...r, units: Number(r.units), covered: Number(r.covered) })),
  };
}

function summary(row: typeof c.$inferSelect, unit: string) {
  return {
    id: row.id,
    number: row.number,
    unit,
    category: row.category,
    registeredOn: row.registeredOn,
    state: row.state,
    result: row.result,
    parties: maskedNames(row.parties),
  };
}

export async function findCases(
  ctx: Ctx,
  q: { page: number; pageSize: number; year?: number; state?: string },
) {
  const where = and(
    mediationScope(ctx.actor!, c),
    q.year ? sql`extract(year FROM ${c.registeredOn}) = ${q.year}` : undefined,
    q.state ? eq(c.state, q.state) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ c, unit: orgUnits.name })
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
      .where(where)
      .orderBy(desc(c.registeredOn), desc(c.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(c).where(where),
  ]);
  return {
    items: rows.map((r) => summary(r.c, r.unit)),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A case for its page: the facts (parties whole: staff in scope), the clock, the steps and what may come next. */
export async function getCase(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select({ c, unit: orgUnits.name, others: sql<number>`${sameParty()}` })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(and(eq(c.id, id), mediationScope(ctx.actor!, c)));
  if (!row) throw notFound('调解案件');
  const x = row.c;
  const cal = await loadCalendar(ctx.db);
  // The case itself plus the others naming one of its parties.
  const reasons = warningReasons({
    atRisk: x.atRisk,
    peopleInvolved: x.peopleInvolved,
    sameParty: Number(row.others) + 1,
  });
  const record = { ...toRecord(x), stepOn: ctx.today };
  const [actions, clocks, steps] = await Promise.all([
    caseTransitions.actionsFor(ctx, record),
    clockViews(ctx.db, ctx.today, caseProcedure.subjectType, x.id, ctx.locale),
    findProcedureSteps(ctx.db, caseProcedure.key, x.id),
  ]);
  return {
    ...summary(x, row.unit),
    version: x.version,
    parties: x.parties.map((p) => p.name).join('、'),
    summary: x.summary,
    source: x.source,
    mediators: x.mediators,
    agreementForm: x.agreementForm,
    agreementTerms: x.agreementTerms,
    responsibility: x.responsibility,
    performanceManner: x.performanceManner,
    performanceDueOn: x.performanceDueOn,
    agreementEffectiveOn: x.agreementEffectiveOn,
    confirmationDueOn: x.agreementEffectiveOn ? confirmationDueOn(cal, x.agreementEffectiveOn) : null,
    confirmationAppliedOn: x.confirmationAppliedOn,
    confirmedOn: x.confirmedOn,
    revisitedOn: x.revisitedOn,
    closedOn: x.closedOn,
    amountYuan: x.amountYuan,
    peopleInvolved: x.peopleInvolved,
    courtTransfer: x.courtTransfer,
    courtTransferOn: x.courtTransferOn,
    courtName: x.courtName,
    courtResult: x.courtResult,
    courtResultOn: x.courtResultOn,
    warnings: reasons,
    // Every step the case could still take, with why one is not open now (a phone's step list).
    actions: presentActions(actions),
    clocks: clocks.map(presentClock),
    history: steps.map((s) => presentStep(caseProcedure, s, ctx.locale)),
  };
}

/** 诉调对接: the cases transferred from or to the court, with dates and results, newest first. */
export async function findCourtTransfers(ctx: Ctx, year?: number) {
  const rows = await ctx.db
    .select({ c, unit: orgUnits.name })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(
      and(
        mediationScope(ctx.actor!, c),
        sql`${c.courtTransfer} IS NOT NULL`,
        year ? sql`extract(year FROM ${c.courtTransferOn}) = ${year}` : undefined,
      ),
    )
    .orderBy(desc(c.courtTransferOn), desc(c.number))
    .limit(500);
  return {
    items: rows.map(({ c: x, unit }) => ({
      ...summary(x, unit),
      direction: x.courtTransfer!,
      court: x.courtName,
      transferredOn: x.courtTransferOn,
      courtResult: x.courtResult,
      courtResultOn: x.courtResultOn,
    })),
  };
}

/** The committees in scope with their size, women members and term (第八、九条). */
export async function findCommittees(ctx: Ctx) {
  const rows = await ctx.db
    .select({ m, unit: orgUnits.name })
    .from(m)
    .innerJoin(orgUnits, eq(orgUnits.id, m.orgUnitId))
    .where(mediationScope(ctx.actor!, m))
    .orderBy(asc(m.number));
  return {
    items: rows.map(({ m: x, unit }) => ({
      id: x.id,
      number: x.number,
      name: x.name,
      unit,
      level: x.level,
      members: x.members.length,
      women: x.members.filter((p) => p.gender === 'female').length,
      head: x.members[0]?.name ?? null,
      termStartOn: x.termStartOn,
      termEndOn: x.termEndOn,
      endsSoon: termEndsSoon(x.termEndOn, ctx.today),
    })),
  };
}

/**
 * The street and district view of a year: disputes by category and by month, success rate and open
 * warnings per street, and point coverage per street (at the year's end or today).
 */
export async function findStats(ctx: Ctx, year: number) {
  const inYear = and(mediationScope(ctx.actor!, c), sql`extract(year FROM ${c.registeredOn}) = ${year}`);
  const [byCategory, byMonth, byStreet] = await Promise.all([
    ctx.db
      .select({ key: c.category, n: sql<number>`count(*)::int` })
      .from(c)
      .where(inYear)
      .groupBy(c.category)
      .orderBy(sql`count(*) DESC`),
    ctx.db
      .select({ key: sql<number>`extract(month FROM ${c.registeredOn})::int`, n: sql<number>`count(*)::int` })
      .from(c)
      .where(inYear)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    ctx.db
      .select({
        street: sql<string>`s.name`,
        cases: sql<number>`count(*)::int`,
        concluded: sql<number>`count(*) FILTER (WHERE ${c.result} IS NOT NULL)::int`,
        success: sql<number>`count(*) FILTER (WHERE ${c.result} = 'success')::int`,
        warningsOpen: sql<number>`count(*) FILTER (WHERE ${c.state} IN ('registered', 'mediating') AND ${warningCondition()})::int`,
      })
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
      .innerJoin(sql`org_units s`, sql`s.id = ${orgUnits.parentId}`)
      .where(inYear)
      .groupBy(sql`s.name, s.sort_order`)
      .orderBy(sql`s.sort_order`),
  ]);
  const asOf = `${year}-12-31` < ctx.today ? `${year}-12-31` : ctx.today;
  const coverage = await findCoverage(ctx, asOf);
  return {
    year,
    byCategory: byCategory.map((r) => ({ key: r.key, n: Number(r.n) })),
    byMonth: byMonth.map((r) => ({ month: Number(r.key), n: Number(r.n) })),
    byStreet: byStreet.map((r) => ({
      street: r.street,
      cases: Number(r.cases),
      successRate: Number(r.concluded) ? Number(r.success) / Number(r.concluded) : 0,
      warningsOpen: Number(r.warningsOpen),
    })),
    coverage,
  };
}
