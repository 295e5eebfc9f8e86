/**
 * The village 法治 roster (法治乡村, issue #16): per village or community its 法律明白人, 法治带头人, linked
 * lawyer or adviser, grid workers and 民主法治示范村 title — and the village page every street shows, with the
 * village's point, committee and the year's disputes. Reads are scoped by the actor (a street sees its own).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { orgUnits } from '../../platform/org/index.js';
import { DEMO_VILLAGE_LEVELS, type DemoVillageLevel } from './rules.js';
import {
  type NamedPerson,
  mediationCases as c,
  mediationCommittees as m,
  mediationPoints as p,
  mediationVillageRosters as r,
} from './schema.js';

/** One village's roster as other modules read it (names and roles; telephones stay on the staff page). */
export interface VillageRoster {
  orgUnitId: string;
  code: string;
  name: string;
  /** The street (街道) the village belongs to. */
  street: string;
  lawUnderstanders: string[];
  ruleOfLawLeaders: string[];
  adviser: string | null;
  gridWorkers: string[];
  demoVillage: { level: DemoVillageLevel; label: string; year: number } | null;
}

const names = (xs: NamedPerson[]) => xs.map((x) => x.name);

/**
 * The 法律明白人, 法治带头人, adviser, grid workers and 示范村 title of every village and community in the actor's
 * scope (or of one, `orgUnitId`), ordered by code. For 普法 / 法律明白人 training (legal-education, decision 0052).
 */
export async function villageRoster(ctx: Ctx, orgUnitId?: string): Promise<VillageRoster[]> {
  const rows = await ctx.db
    .select({ r, code: orgUnits.code, name: orgUnits.name, street: sql<string>`s.name` })
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.orgUnitId))
    .innerJoin(sql`org_units s`, sql`s.id = ${orgUnits.parentId}`)
    .where(
      and(
        orgScope(ctx.actor!, r.orgUnitId, r.districtId),
        orgUnitId ? eq(r.orgUnitId, orgUnitId) : undefined,
      ),
    )
    .orderBy(asc(orgUnits.code));
  return rows.map(({ r: x, code, name, street }) => ({
    orgUnitId: x.orgUnitId,
    code,
    name,
    street,
    lawUnderstanders: names(x.lawUnderstanders),
    ruleOfLawLeaders: names(x.ruleOfLawLeaders),
    adviser: x.adviserName,
    gridWorkers: names(x.gridWorkers),
    demoVillage:
      x.demoVillageLevel && x.demoVillageYear
        ? {
            level: x.demoVillageLevel as DemoVillageLevel,
            label: DEMO_VILLAGE_LEVELS[x.demoVillageLevel as DemoVillageLevel],
            year: x.demoVillageYear,
          }
        : null,
  }));
}

/** The village page: roster (with telephones, staff only), point, committee and the year's cases. */
export async function villagePage(ctx: Ctx, orgUnitId: string, year: number) {
  const [roster] = await villageRoster(ctx, orgUnitId);
  if (!roster) throw notFound('村（社区）');
  const [full] = await ctx.db.select().from(r).where(eq(r.orgUnitId, orgUnitId));
  const [point] = await ctx.db.select().from(p).where(eq(p.orgUnitId, orgUnitId));
  const [committee] = await ctx.db.select().from(m).where(eq(m.orgUnitId, orgUnitId));
  const [cases] = await ctx.db
    .select({
      total: sql<number>`count(*)::int`,
      success: sql<number>`count(*) FILTER (WHERE ${c.result} = 'success')::int`,
      open: sql<number>`count(*) FILTER (WHERE ${c.state} IN ('registered', 'mediating'))::int`,
    })
    .from(c)
    .where(and(eq(c.orgUnitId, orgUnitId), sql`extract(year FROM ${c.registeredOn}) = ${year}`));
  const people = (xs: NamedPerson[] | undefined) =>
    (xs ?? []).map((x) => ({ name: x.name, phone: x.phone ?? null, role: x.role ?? null }));
  return {
    ...roster,
    year,
    people: {
      lawUnderstanders: people(full?.lawUnderstanders),
      ruleOfLawLeaders: people(full?.ruleOfLawLeaders),
      gridWorkers: people(full?.gridWorkers),
    },
    point: point
      ? {
          establishedOn: point.establishedOn,
          head: point.head?.name ?? null,
          speakers: names(point.speakers),
          lawyer: point.lawyerName,
        }
      : null,
    committee: committee
      ? {
          name: committee.name,
          members: committee.members.length,
          termStartOn: committee.termStartOn,
          termEndOn: committee.termEndOn,
        }
      : null,
    cases: {
      total: Number(cases?.total ?? 0),
      success: Number(cases?.success ?? 0),
      open: Number(cases?.open ?? 0),
    },
  };
}
