/**
 * 于洪区's grassroots mediation (seed 一(三)一): a 评理说事点 in each of the 186 villages and communities, all
 * established between mid-January and 2020-04-30 with their staff; a committee per village, community and
 * street; a year of 说事 logs and mediation cases in 2020; and this year to the load day with cases in every
 * state (decisions 0025/0026). Deterministic (seeded); written through the services, so every record is audited.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { seededRandom } from '../../../common/random.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { inTransaction, type Tx } from '../../platform/db/index.js';
import { actingUser, demoOrgData, orgUnits } from '../../platform/org/index.js';
import { startClock } from '../../platform/clocks/index.js';
import { loadCalendar } from '../../platform/calendar/index.js';
import {
  enrichCase,
  planCases,
  planCommittees,
  planLog,
  planPoints,
  planRosters,
  type DemoUnit,
} from './demo-plan.js';
import { caseProcedure } from './procedure.js';
import { confirmationDueOn, judicialConfirmationClock } from './rules.js';
import { mediationCases, mediationPoints } from './schema.js';
import {
  logMatters,
  type NewCase,
  registerCases,
  registerCommittees,
  registerPoints,
  registerRosters,
} from './service.js';
import { raiseWarnings } from './warnings.js';

type Progress = (label: string, done: number, total: number) => void;

function at(ctx: Ctx, actor: Actor, when: Date): Ctx {
  return makeCtx(ctx.db, actor, `demo-${randomUUID()}`, when);
}

export async function loadMediationDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const org = demoOrgData();
  const units = await ctx.db
    .select({ id: orgUnits.id, code: orgUnits.code, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(
      inArray(
        orgUnits.code,
        org.streets.flatMap((s) => [s.code, ...s.villages.map((v) => v.code)]),
      ),
    );
  if (units.length === 0) throw new Error('mediation demo: load the demo org first');
  const byCode = new Map(units.map((u) => [u.code, u]));
  const [existing] = await ctx.db
    .select({ id: mediationPoints.id })
    .from(mediationPoints)
    .where(eq(mediationPoints.districtId, units[0]!.districtId))
    .limit(1);
  if (existing) return;
  const streets = org.streets.map((s) => ({
    ...byCode.get(s.code)!,
    name: s.name,
    villages: s.villages.map((v): DemoUnit => ({ ...byCode.get(v.code)!, name: v.name })),
  }));
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: units[0]!.districtId });
  const rand = seededRandom(2020_0430);
  const in2020 = at(ctx, coordinator, new Date('2020-12-31T17:00:00+08:00'));
  const now = at(ctx, coordinator, ctx.now);
  const villages = streets.flatMap((s) => s.villages);

  // A second stream for what the cases and villages carry beyond the figures (demo-plan enrichCase).
  const more = seededRandom(2020_1231);
  await inTransaction(ctx.db, async (tx) => {
    const points = planPoints(villages, rand);
    await registerPoints(tx, in2020, points);
    await registerCommittees(tx, now, planCommittees(streets, ctx.today, rand));
    await registerRosters(tx, in2020, planRosters(points, more));
  });
  progress('评理说事点', 1, 3);
  for (const year of [2020, Number(ctx.today.slice(0, 4))]) {
    const writer = year === 2020 ? in2020 : now;
    const cases = planCases(villages, year, ctx.today, rand);
    await inTransaction(ctx.db, async (tx) => {
      const ids = await registerCases(
        tx,
        writer,
        cases.map((c) => enrichCase(c.row, c.unit, more)),
      );
      if (year !== 2020)
        await liveCases(
          tx,
          writer,
          cases.map((c, i) => ({ ...c.row, id: ids[i]!.id })),
        );
      const log = planLog(
        villages,
        year,
        ctx.today,
        rand,
        cases.map((c, i) => ({ ...c, id: ids[i]!.id })),
      );
      await logMatters(tx, writer, log);
    });
    progress('人民调解案件', year === 2020 ? 2 : 3, 3);
  }
}

/**
 * This year's cases as the kernel would have them: an agreement inside its 30-day window runs the judicial
 * confirmation clock (第三十三条), and an open dispute that meets a warning rule has told the street and the
 * bureau (第二十五条).
 */
async function liveCases(tx: Tx, ctx: Ctx, cases: (NewCase & { id: string })[]) {
  const cal = await loadCalendar(tx);
  for (const c of cases) {
    const open = c.state === 'agreed' && c.agreementEffectiveOn && !c.confirmationAppliedOn;
    if (open && confirmationDueOn(cal, c.agreementEffectiveOn!) >= ctx.today)
      await startClock(tx, ctx, {
        def: judicialConfirmationClock,
        subjectType: caseProcedure.subjectType,
        subjectId: c.id,
        title: `${c.number} ${c.summary}`,
        orgUnitId: c.orgUnitId,
        districtId: c.districtId,
        startedOn: c.agreementEffectiveOn!,
      });
    if ((c.state === 'registered' || c.state === 'mediating') && (c.atRisk || (c.peopleInvolved ?? 0) >= 5)) {
      const [row] = await tx.select().from(mediationCases).where(eq(mediationCases.id, c.id));
      await raiseWarnings(tx, ctx, row!);
    }
  }
}
