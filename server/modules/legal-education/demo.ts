/**
 * 于洪区's 学法、普法 and 述法 (seed 一(一)二、三 and 三): the 2020 year as the seed tells it — leaders studying at
 * 常务会议, lectures and a report meeting; the 七五普法 plan finally accepted with every unit's responsibility list
 * (谁执法谁普法) generated from its powers; the 2020 述法 submitted, reviewed and evaluated — the 八五 plan with
 * its mid-term review, and the current year live to the load day (述法 open since 1 December in every state).
 * Deterministic; written through the services, so every record is audited. Decision 0050 §9.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { seededRandom } from '../../../common/random.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/index.js';
import { actingUser, demoOrgData, orgUnits } from '../../platform/org/index.js';
import { recordAudits } from '../../platform/audit/index.js';
import {
  CHECKLIST,
  DEPARTMENT_HEADS,
  DISTRICT_LEADERS,
  PLAN_TASKS,
  planActivities,
  planSessions,
} from './demo-plan.js';
import { PLAN_PERIODS } from './rules.js';
import { acceptances, activities, duties, leaders, plans, trainings } from './schema.js';
import { generateDuties, lawsEnforcedBy } from './service/popularise.js';
import { fireReportTransition, openReport } from './service/reports.js';
import { recordSession } from './service/study.js';

/** The one department whose list the demo leaves to be generated on screen. */
export const NOT_YET_LISTED = '210114-D19';

type Progress = (label: string, done: number, total: number) => void;
const at = (ctx: Ctx, actor: Actor, iso: string): Ctx =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(iso));

export async function loadEducationDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const org = demoOrgData();
  const codes = [
    org.district.code,
    ...org.departments.map((d) => d.code),
    ...org.streets.flatMap((s) => [s.code, ...s.villages.map((v) => v.code)]),
  ];
  const units = await ctx.db
    .select({ id: orgUnits.id, code: orgUnits.code, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(inArray(orgUnits.code, codes));
  if (units.length === 0) throw new Error('legal-education demo: load the demo org first');
  const byCode = new Map(units.map((u) => [u.code, u]));
  const districtId = byCode.get(org.district.code)!.districtId;
  const [existing] = await ctx.db
    .select({ id: leaders.id })
    .from(leaders)
    .where(eq(leaders.districtId, districtId))
    .limit(1);
  if (existing) return;
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId });
  const rand = seededRandom(2020_1204);
  const thisYear = Number(ctx.today.slice(0, 4));
  const root = byCode.get(org.district.code)!;

  // The roster: district leaders and department heads (each the principal leader of a unit).
  const roster = await ctx.db
    .insert(leaders)
    .values([
      ...DISTRICT_LEADERS.map((l) => ({ ...l, districtId, orgUnitId: root.id })),
      ...DEPARTMENT_HEADS.map((h, i) => ({
        code: `L${String(11 + i)}`,
        name: h.name,
        post: h.post,
        principal: true,
        districtId,
        orgUnitId: byCode.get(h.unit)!.id,
      })),
    ])
    .returning();
  const in2020 = at(ctx, coordinator, '2020-01-02T09:00:00+08:00');
  await inTransaction(ctx.db, (tx) =>
    recordAudits(
      tx,
      in2020,
      roster.map((l) => ({
        action: 'legal_education.leader.registered' as const,
        subjectType: 'legal_education_leader',
        subjectId: l.id,
        orgUnitId: l.orgUnitId,
        districtId,
      })),
    ),
  );
  const government = roster.filter((l) => l.orgUnitId === root.id && l.code !== 'L01');

  // Study sessions with attendance, 2020 and this year to the load day.
  for (const year of [2020, thisYear]) {
    const last = year === thisYear ? ctx.today : `${year}-12-31`;
    await inTransaction(ctx.db, async (tx) => {
      for (const s of planSessions(year, last, rand)) {
        const invited =
          s.invited === 'government'
            ? [...government, ...roster.filter((l) => l.orgUnitId !== root.id).slice(0, 4)]
            : roster;
        const absent = new Set(
          invited
            .slice(1)
            .filter(() => rand() < s.absent * 0.05)
            .map((l) => l.id),
        );
        const exam = s.body.kind === 'exam';
        await recordSession(
          at(ctx, coordinator, `${s.body.heldOn}T17:00:00+08:00`),
          {
            ...s.body,
            attendance: invited.map((l) => ({
              leaderId: l.id,
              present: !absent.has(l.id),
              score: exam && !absent.has(l.id) ? 80 + Math.floor(rand() * 20) : null,
            })),
          },
          tx,
        );
      }
    });
  }
  progress('领导干部学法', 1, 4);

  // The plans: 七五 accepted (mid-term 2018, final 2020-11-20), 八五 reviewed at mid-term (2023), final open.
  const [qiwu, bawu] = await ctx.db
    .insert(plans)
    .values(
      PLAN_PERIODS.map((p) => ({ ...p, tasks: [...PLAN_TASKS[p.code]], districtId, orgUnitId: root.id })),
    )
    .returning();
  const met = CHECKLIST.map((c) => ({ ...c, met: true, note: null }));
  const open = CHECKLIST.map((c, i) => ({ ...c, met: i < 4, note: i < 4 ? null : '待验收' }));
  const accepted = await ctx.db
    .insert(acceptances)
    .values([
      {
        planId: qiwu!.id,
        stage: 'midterm',
        items: met,
        result: 'passed',
        acceptedOn: '2018-11-16',
        districtId,
        orgUnitId: root.id,
      },
      {
        planId: qiwu!.id,
        stage: 'final',
        items: met,
        result: 'passed',
        acceptedOn: '2020-11-20',
        districtId,
        orgUnitId: root.id,
      },
      {
        planId: bawu!.id,
        stage: 'midterm',
        items: met,
        result: 'passed',
        acceptedOn: '2023-10-27',
        districtId,
        orgUnitId: root.id,
      },
      {
        planId: bawu!.id,
        stage: 'final',
        items: open,
        result: 'open',
        acceptedOn: null,
        districtId,
        orgUnitId: root.id,
      },
    ])
    .returning();
  await inTransaction(ctx.db, (tx) =>
    recordAudits(tx, in2020, [
      ...[qiwu!, bawu!].map((p) => ({
        action: 'legal_education.plan.registered' as const,
        subjectType: 'legal_education_plan',
        subjectId: p.id,
        orgUnitId: root.id,
        districtId,
      })),
      ...accepted.map((a) => ({
        action: 'legal_education.acceptance.recorded' as const,
        subjectType: 'legal_education_acceptance',
        subjectId: a.id,
        orgUnitId: root.id,
        districtId,
        after: { result: a.result },
      })),
    ]),
  );

  // 谁执法谁普法: each department's list generated from its published powers (in 2020, for the 七五 acceptance).
  const listedOn = new Date('2020-06-30T10:00:00+08:00');
  await inTransaction(ctx.db, async (tx) => {
    for (const d of org.departments) {
      // 区退役军人事务局 has not generated its list yet: the screen's 由权责清单生成 is left for it to use.
      if (d.code === NOT_YET_LISTED) continue;
      const unit = byCode.get(d.code)!;
      if ((await lawsEnforcedBy(tx, unit.id)).size === 0) continue;
      await generateDuties(at(ctx, coordinator, listedOn.toISOString()), unit.id, tx);
    }
    await tx
      .update(duties)
      .set({ createdAt: listedOn, updatedAt: listedOn })
      .where(eq(duties.districtId, districtId));
  });
  progress('普法责任清单', 2, 4);

  // Activities and 法律明白人 training, 2020 and this year.
  const activityUnits = [
    ...org.departments.map((d) => ({ code: d.code, kind: 'department' as const })),
    ...org.streets.map((s) => ({ code: s.code, kind: 'street' as const })),
  ];
  for (const year of [2020, thisYear]) {
    const last = year === thisYear ? ctx.today : `${year}-12-31`;
    const planned = planActivities(year, last, activityUnits, rand);
    const rows = planned.map((a) => ({
      code: a.code,
      heldOn: a.heldOn,
      theme: a.theme,
      venue: a.venue,
      title: a.title,
      audience: a.audience,
      photos: [`${a.code}-1.jpg`, `${a.code}-2.jpg`],
      districtId,
      orgUnitId: byCode.get(a.unitCode)!.id,
    }));
    const villages = org.streets.flatMap((s) => s.villages);
    const trainingDay = (i: number) =>
      `${year}-${String(3 + (i % 8)).padStart(2, '0')}-${String(10 + (i % 15))}`;
    const trained = villages
      .map((v, i) => ({
        code: `MB-${year}-${v.code}`,
        heldOn: trainingDay(i),
        trained: 2 + Math.floor(rand() * 4),
        districtId,
        orgUnitId: byCode.get(v.code)!.id,
      }))
      .filter((t) => t.heldOn <= last);
    await inTransaction(ctx.db, async (tx) => {
      const a = rows.length
        ? await tx
            .insert(activities)
            .values(rows)
            .returning({ id: activities.id, orgUnitId: activities.orgUnitId })
        : [];
      const t = trained.length
        ? await tx
            .insert(trainings)
            .values(trained)
            .returning({ id: trainings.id, orgUnitId: trainings.orgUnitId })
        : [];
      const writer = at(
        ctx,
        coordinator,
        year === thisYear ? ctx.now.toISOString() : `${year}-12-31T17:00:00+08:00`,
      );
      await recordAudits(tx, writer, [
        ...a.map((r) => ({
          action: 'legal_education.activity.logged' as const,
          subjectType: 'legal_education_activity',
          subjectId: r.id,
          orgUnitId: r.orgUnitId,
          districtId,
        })),
        ...t.map((r) => ({
          action: 'legal_education.training.recorded' as const,
          subjectType: 'legal_education_training',
          subjectId: r.id,
          orgUnitId: r.orgUnitId,
          districtId,
        })),
      ]);
    });
  }
  progress('普法活动', 3, 4);

  // 年终述法: 2020 all evaluated (January 2021); this year's opened 1 December, in every state by the load day.
  const principals = roster.filter((l) => l.principal);
  const grades = ['excellent', 'good', 'excellent', 'good', 'fair'] as const;
  for (const [i, l] of principals.entries()) {
    const id = (await openReport(at(ctx, coordinator, '2020-12-01T09:00:00+08:00'), l.id, 2020)).id;
    const submitOn = `2020-12-${String(14 + (i % 10)).padStart(2, '0')}`;
    await fireReportTransition(at(ctx, coordinator, `${submitOn}T16:00:00+08:00`), id, 'submit', {
      on: submitOn,
      body: `${l.post}${l.name}2020年度履行推进法治建设第一责任人职责情况报告：对照职责清单逐项落实，带头学法用法，依法决策，支持依法行政和公正司法。`,
      duties: [],
    });
    await fireReportTransition(at(ctx, coordinator, '2021-01-08T16:00:00+08:00'), id, 'review', {
      on: '2021-01-08',
      note: null,
    });
    await fireReportTransition(at(ctx, coordinator, '2021-01-22T16:00:00+08:00'), id, 'evaluate', {
      on: '2021-01-22',
      grade: grades[i % grades.length],
      note: null,
    });
  }
  const opensOn = `${thisYear}-12-01`;
  if (ctx.today >= opensOn) {
    const now = at(ctx, coordinator, ctx.now.toISOString());
    for (const [n, l] of principals.entries()) {
      const id = (await openReport(at(ctx, coordinator, `${opensOn}T09:00:00+08:00`), l.id, thisYear)).id;
      // The district's two (区委书记, 区长) reported first and are evaluated: a running review clock on the
      // district's root unit would show the district as one of the 数据大屏's departments.
      const i = l.orgUnitId === root.id ? 2 : n;
      if (i % 4 === 3) continue; // still drafting
      await fireReportTransition(now, id, 'submit', {
        on: ctx.today > opensOn ? prevDay(ctx.today, opensOn) : ctx.today,
        body: `${l.post}${l.name}${thisYear}年度述法报告。`,
        duties: [],
      });
      if (i % 4 === 1) await fireReportTransition(now, id, 'review', { on: ctx.today, note: null });
      if (i % 4 === 2) {
        await fireReportTransition(now, id, 'review', { on: ctx.today, note: null });
        await fireReportTransition(now, id, 'evaluate', { on: ctx.today, grade: 'good', note: null });
      }
    }
  }
  progress('年终述法', 4, 4);
}

/** The day before `day`, not before `floor` (a submission recorded after the fact, within the season). */
function prevDay(day: string, floor: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const iso = d.toISOString().slice(0, 10);
  return iso < floor ? floor : iso;
}
