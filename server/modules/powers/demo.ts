import { and, asc, eq } from 'drizzle-orm';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { actingUser, demoOrgData, getOrgUnitByCode } from '../../platform/org/index.js';
import { contentOf } from './rules.js';
import {
  MAIN_PUBLICATION,
  planPowerList,
  powersDemoData,
  SEED_DEPARTMENTS,
  SEED_ITEMS,
  SUPPLEMENT_PUBLICATION,
} from './demo-plan.js';
import type { PowerLedgerRow } from './io.js';
import { powerItems } from './schema.js';
import { createItem, fireTransition, importItems, openRevision, updateItem } from './service/index.js';

type Progress = (label: string, done: number, total: number) => void;

function on(ctx: Ctx, actor: Actor, day: string): Ctx {
  return makeCtx(ctx.db, actor, ctx.requestId, new Date(`${day}T09:00:00+08:00`));
}

function parsed(rows: PowerLedgerRow[]) {
  return { rows, rowNumbers: rows.map((_, i) => i + 2), errors: [] };
}

/**
 * 于洪区's 2020 power list: 35 departments whose items in force on 2020-12-31 total exactly 1590 (seed
 * 一(五)二), published on the website on 2020-06-30 with an October supplement; plus what must not change
 * the figures — items repealed in November, revisions (counted once), drafts. Loaded through the services
 * (one import transaction per department), so every item sits in the audit chain.
 */
export async function loadPowersDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, demoOrgData().district.code);
  if (!district) throw new Error('powers demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: powerItems.id })
    .from(powerItems)
    .where(eq(powerItems.districtId, district.id))
    .limit(1);
  if (existing) return;
  const data = powersDemoData();
  const plans = planPowerList(data);
  const inForce = plans.reduce((n, p) => n + p.published.length, 0);
  if (plans.length !== SEED_DEPARTMENTS || inForce !== SEED_ITEMS) {
    throw new Error(`powers demo: ${plans.length} departments / ${inForce} items, expected 35 / 1590`);
  }
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const total = plans.length + 3;
  for (const [i, plan] of plans.entries()) {
    const main = [...plan.published.filter((r) => r.publishedOn === MAIN_PUBLICATION), ...plan.toRepeal];
    await importItems(on(ctx, coordinator, MAIN_PUBLICATION), parsed(main));
    progress('权责清单', i + 1, total);
  }
  const supplement = plans.flatMap((p) =>
    p.published.filter((r) => r.publishedOn === SUPPLEMENT_PUBLICATION),
  );
  await importItems(on(ctx, coordinator, SUPPLEMENT_PUBLICATION), parsed(supplement));
  progress('权责清单（调整）', plans.length + 1, total);
  await reviseAndRepeal(
    ctx,
    coordinator,
    plans.flatMap((p) => p.toRepeal.map((r) => r.code)),
  );
  progress('权责清单（调整）', plans.length + 2, total);
  await draftNewItems(ctx, district.id, coordinator, plans);
  progress('权责清单（草稿）', total, total);
}

async function publishedItems(db: Db, districtId: string) {
  return db
    .select({ id: powerItems.id, code: powerItems.code, category: powerItems.category })
    .from(powerItems)
    .where(and(eq(powerItems.districtId, districtId), eq(powerItems.status, 'published')))
    .orderBy(asc(powerItems.code));
}

const REVISED_COUNT = 10;

/** Ten penalty items revised in September (new version in force, old one 已调整); the extras repealed in November. */
async function reviseAndRepeal(ctx: Ctx, coordinator: Actor, repealCodes: string[]): Promise<void> {
  const all = await publishedItems(ctx.db, coordinator.districtId);
  const byCode = new Map(all.map((r) => [r.code, r.id]));
  const penalties = all.filter((r) => r.category === 'penalty');
  const step = Math.floor(penalties.length / REVISED_COUNT);
  for (let k = 0; k < REVISED_COUNT; k++) {
    const item = penalties[k * step]!;
    const reason = '依据上位法修改，调整实施依据和办理时限';
    await openRevision(on(ctx, coordinator, '2020-09-01'), item.id, reason);
    await updateItem(on(ctx, coordinator, '2020-09-01'), item.id, {
      timeLimit: '自立案之日起九十日内作出处理决定；案情复杂的，经负责人批准可延长三十日',
    });
    await fireTransition(on(ctx, coordinator, '2020-09-10'), item.id, 'publish_revision', { reason });
  }
  for (const code of repealCodes) {
    const id = byCode.get(code);
    if (!id) throw new Error(`powers demo: repeal target ${code} missing`);
    await fireTransition(on(ctx, coordinator, '2020-11-20'), id, 'repeal', {
      reason: '根据上级关于取消和下放一批行政许可事项的决定，本事项不再保留',
    });
  }
  // One revision still in preparation at year end: the public keeps seeing the version in force.
  const pending = penalties[1];
  if (pending)
    await openRevision(on(ctx, coordinator, '2020-12-21'), pending.id, '拟根据新修订的行政处罚法调整');
}

/** New items in preparation at year end; the market regulator's officer drafts its own. */
async function draftNewItems(
  ctx: Ctx,
  districtId: string,
  coordinator: Actor,
  plans: ReturnType<typeof planPowerList>,
) {
  const market = await getOrgUnitByCode(ctx.db, '210114-D22');
  const marketOfficer = market
    ? await actingUser(ctx.db, { role: 'department_officer', orgUnitId: market.id, districtId }).catch(
        () => null,
      )
    : null;
  for (const plan of plans) {
    const unit = await getOrgUnitByCode(ctx.db, plan.code);
    if (!unit) continue;
    for (const row of plan.drafts) {
      const actor = marketOfficer && marketOfficer.orgUnitId === unit.id ? marketOfficer : coordinator;
      const content = contentOf(row);
      await createItem(on(ctx, actor, '2020-12-15'), {
        ...content,
        exerciseLevel: 'county',
        category: row.category as typeof content.category,
        code: row.code,
        orgUnitId: unit.id,
        // A draft is often incomplete: the responsibility is still being worked out.
        responsibility: null,
      });
    }
  }
}
