/**
 * 普法: the five-year plans and their acceptance checklists, each unit's responsibility list (谁执法谁普法)
 * generated from its powers and its enforcement body through those modules' index.ts, the activities with
 * their audience, and 法律明白人 training by village.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { POWER_CATEGORY_CODES } from '../../../../common/contracts/powers.js';
import type { AcceptanceBody, ActivityBody } from '../../../../common/contracts/legal-education.js';
import { recordAudit, recordAudits } from '../../../platform/audit/index.js';
import { assertCan, orgScope } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { enforcement } from '../../enforcement/index.js';
import { powers } from '../../powers/index.js';
import { dutyCode, dutyFor, lawsCited } from '../rules.js';
import { acceptances, activities, type DutyRow, duties, plans, trainings } from '../schema.js';
import { unitFor } from './units.js';

type ActivityIn = z.output<typeof ActivityBody>;
type AcceptanceIn = z.output<typeof AcceptanceBody>;

// ── Plans and acceptance ────────────────────────────────────────────────

export async function listPlans(ctx: Ctx) {
  assertCan(ctx.actor, 'legal_education.view');
  const rows = await ctx.db
    .select()
    .from(plans)
    .where(eq(plans.districtId, ctx.actor.districtId))
    .orderBy(asc(plans.fromYear));
  const checks = await ctx.db
    .select()
    .from(acceptances)
    .where(eq(acceptances.districtId, ctx.actor.districtId))
    .orderBy(desc(acceptances.stage));
  return {
    items: rows.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      fromYear: p.fromYear,
      toYear: p.toYear,
      tasks: p.tasks,
      acceptances: checks
        .filter((a) => a.planId === p.id)
        .map((a) => ({
          id: a.id,
          stage: a.stage,
          result: a.result,
          acceptedOn: a.acceptedOn,
          items: a.items,
          version: a.version,
        })),
    })),
  };
}

/** Records the checklist of a mid-term or final acceptance (If-Match); a pass needs every item met and a day. */
export async function saveAcceptance(ctx: Ctx, id: string, body: AcceptanceIn) {
  assertCan(ctx.actor, 'legal_education.accept');
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(acceptances)
      .where(and(eq(acceptances.id, id), eq(acceptances.districtId, ctx.actor!.districtId)))
      .for('update');
    if (!before) throw notFound('验收清单');
    assertSeenVersion(ctx, before);
    const byCode = new Map(body.items.map((i) => [i.code, i]));
    const unknown = body.items.findIndex((i) => !before.items.some((b) => b.code === i.code));
    if (unknown >= 0)
      throw validationFailed([{ path: `items.${unknown}.code`, message: '验收清单中没有该项目' }]);
    const items = before.items.map((b) => ({
      ...b,
      met: byCode.get(b.code)?.met ?? b.met,
      note: byCode.get(b.code)?.note ?? b.note,
    }));
    if (body.result === 'passed' && items.some((i) => !i.met))
      throw validationFailed([{ path: 'result', message: '验收清单尚有未达标项目，不能通过验收' }]);
    if (body.result !== 'open' && !body.acceptedOn)
      throw validationFailed([{ path: 'acceptedOn', message: '请填写验收日期' }]);
    if (body.acceptedOn && body.acceptedOn > ctx.today)
      throw validationFailed([{ path: 'acceptedOn', message: '验收日期不能晚于今天' }]);
    const [row] = await tx
      .update(acceptances)
      .set({
        items,
        result: body.result,
        acceptedOn: body.result === 'open' ? null : (body.acceptedOn ?? null),
        version: before.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(acceptances.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_education.acceptance.recorded',
      subjectType: 'legal_education_acceptance',
      subjectId: id,
      orgUnitId: before.orgUnitId,
      districtId: before.districtId,
      before: { result: before.result, items: before.items },
      after: { result: row!.result, items },
    });
    return row!;
  });
}

// ── Responsibility lists (谁执法谁普法) ─────────────────────────────────

const dutyOut = (d: DutyRow, unit: string) => ({
  id: d.id,
  code: d.code,
  unit,
  orgUnitId: d.orgUnitId,
  law: d.law,
  duty: d.duty,
  audience: d.audience,
  source: d.source,
  powers: d.powers,
});

export async function listDuties(ctx: Ctx, q: { page: number; pageSize: number; orgUnitId?: string }) {
  assertCan(ctx.actor, 'legal_education.view');
  const where = and(
    orgScope(ctx.actor, duties.orgUnitId, duties.districtId),
    q.orgUnitId ? eq(duties.orgUnitId, q.orgUnitId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ d: duties, unit: orgUnits.name })
      .from(duties)
      .innerJoin(orgUnits, eq(orgUnits.id, duties.orgUnitId))
      .where(where)
      .orderBy(asc(orgUnits.code), desc(duties.powers), asc(duties.law))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(duties).where(where),
  ]);
  return {
    items: rows.map((r) => dutyOut(r.d, r.unit)),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The laws a unit enforces: those its published powers cite (with how many), then its enforcement body's basis. */
export async function lawsEnforcedBy(tx: Tx, orgUnitId: string): Promise<Map<string, number>> {
  const held = (
    await Promise.all(POWER_CATEGORY_CODES.map((c) => powers.findUnitPowers(tx, orgUnitId, c)))
  ).flat();
  const laws = new Map<string, number>();
  for (const p of held) for (const law of lawsCited(p.legalBasis)) laws.set(law, (laws.get(law) ?? 0) + 1);
  const body = await enforcement.findConfirmedBody(tx, orgUnitId);
  for (const law of lawsCited(body?.legalBasis ?? null)) if (!laws.has(law)) laws.set(law, 0);
  return laws;
}

/**
 * Generates a unit's list: one duty per law it enforces. Idempotent: a law already listed (by its code) is
 * kept as it is (a unit may have reworded it); a law no longer enforced stays until the unit removes it.
 */
export async function generateDuties(ctx: Ctx, orgUnitId: string, tx0?: Tx) {
  assertCan(ctx.actor, 'legal_education.popularise');
  const run = async (tx: Tx) => {
    const unit = await unitFor(tx, ctx.actor!, orgUnitId, 'orgUnitId');
    const laws = await lawsEnforcedBy(tx, unit.id);
    if (laws.size === 0)
      throw validationFailed([
        { path: 'orgUnitId', message: `${unit.name}没有已公布的权责事项或执法依据，无法生成普法责任清单` },
      ]);
    const existing = await tx.select({ code: duties.code }).from(duties).where(eq(duties.orgUnitId, unit.id));
    const known = new Set(existing.map((e) => e.code));
    const fresh = [...laws]
      .map(([law, n]) => ({ law, n, code: dutyCode(unit.code, law) }))
      .filter((l) => !known.has(l.code));
    const inserted = fresh.length
      ? await tx
          .insert(duties)
          .values(
            fresh.map((l) => ({
              ...dutyFor(l.law, unit.name),
              code: l.code,
              law: l.law,
              powers: l.n,
              source: 'generated',
              districtId: unit.districtId,
              orgUnitId: unit.id,
            })),
          )
          .returning()
      : [];
    await recordAudits(
      tx,
      ctx,
      inserted.map((d) => ({
        action: 'legal_education.duty.generated' as const,
        subjectType: 'legal_education_duty',
        subjectId: d.id,
        orgUnitId: d.orgUnitId,
        districtId: d.districtId,
        after: { law: d.law, duty: d.duty },
      })),
    );
    const all = await tx
      .select()
      .from(duties)
      .where(eq(duties.orgUnitId, unit.id))
      .orderBy(desc(duties.powers), asc(duties.law));
    return { created: inserted.length, kept: known.size, items: all.map((d) => dutyOut(d, unit.name)) };
  };
  return tx0 ? run(tx0) : inTransaction(ctx.db, run);
}

// ── Activities ─────────────────────────────────────────────────────────

const activityOut = (a: typeof activities.$inferSelect, unit: string) => ({
  id: a.id,
  code: a.code,
  heldOn: a.heldOn,
  theme: a.theme,
  venue: a.venue,
  title: a.title,
  audience: a.audience,
  unit,
  photos: a.photos,
  version: a.version,
});

export async function logActivity(ctx: Ctx, body: ActivityIn) {
  assertCan(ctx.actor, 'legal_education.popularise');
  if (body.heldOn > ctx.today) throw validationFailed([{ path: 'heldOn', message: '活动日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const unit = await unitFor(tx, ctx.actor!, body.orgUnitId, 'orgUnitId');
    const [dup] = await tx
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.districtId, unit.districtId), eq(activities.code, body.code)));
    if (dup) throw validationFailed([{ path: 'code', message: `活动编号 ${body.code} 已存在` }]);
    const [row] = await tx
      .insert(activities)
      .values({ ...body, districtId: unit.districtId })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_education.activity.logged',
      subjectType: 'legal_education_activity',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return activityOut(row!, unit.name);
  });
}

/** Corrects an activity (If-Match). */
export async function updateActivity(ctx: Ctx, id: string, body: ActivityIn) {
  assertCan(ctx.actor, 'legal_education.popularise');
  if (body.heldOn > ctx.today) throw validationFailed([{ path: 'heldOn', message: '活动日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(activities)
      .where(and(eq(activities.id, id), orgScope(ctx.actor!, activities.orgUnitId, activities.districtId)))
      .for('update');
    if (!before) throw notFound('普法活动');
    assertSeenVersion(ctx, before);
    if (body.code !== before.code) throw validationFailed([{ path: 'code', message: '活动编号不能修改' }]);
    const unit = await unitFor(tx, ctx.actor!, body.orgUnitId, 'orgUnitId');
    const [row] = await tx
      .update(activities)
      .set({ ...body, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(activities.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_education.activity.updated',
      subjectType: 'legal_education_activity',
      subjectId: id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      before,
      after: body,
    });
    return activityOut(row!, unit.name);
  });
}

export async function listActivities(
  ctx: Ctx,
  q: { page: number; pageSize: number; year?: number; theme?: string },
) {
  assertCan(ctx.actor, 'legal_education.view');
  const where = and(
    orgScope(ctx.actor, activities.orgUnitId, activities.districtId),
    q.year ? sql`extract(year from ${activities.heldOn}) = ${q.year}` : undefined,
    q.theme ? eq(activities.theme, q.theme) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ a: activities, unit: orgUnits.name })
      .from(activities)
      .innerJoin(orgUnits, eq(orgUnits.id, activities.orgUnitId))
      .where(where)
      .orderBy(desc(activities.heldOn), desc(activities.code))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(activities).where(where),
  ]);
  return {
    items: rows.map((r) => activityOut(r.a, r.unit)),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The charts' data: activities and audience by month and by unit; 法律明白人 trained by street. */
export async function activityChart(ctx: Ctx, year: number) {
  assertCan(ctx.actor, 'legal_education.view');
  const scope = orgScope(ctx.actor, activities.orgUnitId, activities.districtId);
  const inYear = sql`extract(year from ${activities.heldOn}) = ${year}`;
  const [months, units, trained] = await Promise.all([
    ctx.db.execute<{ m: number; n: number; a: number }>(sql`
      SELECT extract(month from ${activities.heldOn})::int AS m, count(*)::int AS n, coalesce(sum(${activities.audience}), 0)::int AS a
      FROM ${activities} WHERE ${scope} AND ${inYear} GROUP BY 1`),
    ctx.db.execute<{ unit: string; n: number; a: number }>(sql`
      SELECT u.name AS unit, count(*)::int AS n, coalesce(sum(${activities.audience}), 0)::int AS a
      FROM ${activities} JOIN org_units u ON u.id = ${activities.orgUnitId}
      WHERE ${scope} AND ${inYear} GROUP BY u.name ORDER BY 3 DESC LIMIT 20`),
    ctx.db.execute<{ unit: string; n: number }>(sql`
      SELECT p.name AS unit, coalesce(sum(${trainings.trained}), 0)::int AS n
      FROM ${trainings} JOIN org_units u ON u.id = ${trainings.orgUnitId} JOIN org_units p ON p.id = u.parent_id
      WHERE ${orgScope(ctx.actor, trainings.orgUnitId, trainings.districtId)}
        AND extract(year from ${trainings.heldOn}) = ${year}
      GROUP BY p.name, p.sort_order ORDER BY p.sort_order`),
  ]);
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const row = months.rows.find((r) => Number(r.m) === i + 1);
    return { month: i + 1, activities: Number(row?.n ?? 0), audience: Number(row?.a ?? 0) };
  });
  return {
    year,
    byMonth,
    byUnit: units.rows.map((r) => ({ unit: r.unit, activities: Number(r.n), audience: Number(r.a) })),
    trained: trained.rows.map((r) => ({ unit: r.unit, trained: Number(r.n) })),
  };
}
