/** The mediation reads, each scoped by the actor (a mediator sees their street or village only). */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { loadCalendar } from '../../platform/calendar/index.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { orgScope } from '../../platform/authz/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { sameParty } from './metrics.js';
import { mediationScope } from './policy.js';
import { CASE_STATES } from './procedure.js';
import {
  CASE_CATEGORIES,
  CASE_RESULTS,
  CASE_SOURCES,
  confirmationDueOn,
  WARNING_RULES,
  warningReasons,
} from './rules.js';
import { type NamedPerson, mediationCases as c, mediationPoints as p } from './schema.js';

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
    category: CASE_CATEGORIES[row.category as keyof typeof CASE_CATEGORIES] ?? row.category,
    registeredOn: row.registeredOn,
    state: CASE_STATES[row.state as keyof typeof CASE_STATES] ?? row.state,
    result: row.result ? CASE_RESULTS[row.result as keyof typeof CASE_RESULTS] : null,
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
  return {
    ...summary(x, row.unit),
    parties: x.parties.map((p) => p.name).join('、'),
    summary: x.summary,
    source: CASE_SOURCES[x.source as keyof typeof CASE_SOURCES] ?? x.source,
    mediators: x.mediators,
    agreementForm: x.agreementForm,
    agreementTerms: x.agreementTerms,
    agreementEffectiveOn: x.agreementEffectiveOn,
    confirmationDueOn: x.agreementEffectiveOn ? confirmationDueOn(cal, x.agreementEffectiveOn) : null,
    confirmationAppliedOn: x.confirmationAppliedOn,
    confirmedOn: x.confirmedOn,
    revisitedOn: x.revisitedOn,
    closedOn: x.closedOn,
    warnings: reasons.map((r) => WARNING_RULES[r].label),
  };
}
