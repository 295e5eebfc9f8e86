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
import { inTransaction } from '../../platform/db/index.js';
import { actingUser, demoOrgData, orgUnits } from '../../platform/org/index.js';
import { planCases, planCommittees, planLog, planPoints, type DemoUnit } from './demo-plan.js';
import { mediationPoints } from './schema.js';
import { logMatters, registerCases, registerCommittees, registerPoints } from './service.js';

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

  await inTransaction(ctx.db, async (tx) => {
    await registerPoints(tx, in2020, planPoints(villages, rand));
    await registerCommittees(tx, now, planCommittees(streets, ctx.today, rand));
  });
  progress('评理说事点', 1, 3);
  for (const year of [2020, Number(ctx.today.slice(0, 4))]) {
    const writer = year === 2020 ? in2020 : now;
    const cases = planCases(villages, year, ctx.today, rand);
    await inTransaction(ctx.db, async (tx) => {
      const ids = await registerCases(
        tx,
        writer,
        cases.map((c) => c.row),
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
