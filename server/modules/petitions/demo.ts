import { eq } from 'drizzle-orm';
import type { PetitionTransition } from '../../../common/contracts/petitions.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { actingUser, demoOrgData, getOrgUnitByCode } from '../../platform/org/index.js';
import { type DemoPetition, plan2005Text, plan2020, planCurrentYear } from './demo-plan.js';
import { legalAffairs } from '../legal-affairs/index.js';
import { petitions } from './schema.js';
import { linkLegalSupport } from './service/read.js';
import { petitionsOffice } from './service/records.js';
import { registerPetition } from './service/register.js';
import { firePetitionTransition } from './service/transitions.js';

type Progress = (label: string, done: number, total: number) => void;

function on(ctx: Ctx, actor: Actor, day: string): Ctx {
  return makeCtx(ctx.db, actor, ctx.requestId, new Date(`${day}T10:00:00+08:00`));
}

/**
 * 于洪区's petitions: a 2020 year (52, all concluded, two key cases with the legal advisers' support), one
 * 2022 petition under the 2005 信访条例, and this year to the load day in every state. Registered at the
 * 区信访局 by the 依法治区办's coordinator and moved through the procedure on each step's own day, so every
 * record sits in the audit chain and every clock ran as it would have.
 */
export async function loadPetitionsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, demoOrgData().district.code);
  if (!district) throw new Error('petitions demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: petitions.id })
    .from(petitions)
    .where(eq(petitions.districtId, district.id))
    .limit(1);
  if (existing) return;
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const office = await petitionsOffice(ctx.db, district.id);
  const units = new Map<string, string>();
  for (const code of new Set(demoOrgData().departments.map((d) => d.code))) {
    const unit = await getOrgUnitByCode(ctx.db, code);
    if (unit) units.set(code, unit.id);
  }
  const route = (code: string) => units.get(code) ?? office.id;
  const plans = [...plan2020(route), plan2005Text(route), ...planCurrentYear(ctx.today, route)];
  // The key cases link the legal-affairs demo's 重点信访案件 matters of their year (seed 一(二)二 counts them
  // among its 45 non-litigation matters): no new matter, the 2020 figures stay the seed's.
  const keyMatters = new Map<number, string[]>();
  const keyMatterOf = async (day: string) => {
    const year = Number(day.slice(0, 4));
    if (!keyMatters.has(year))
      keyMatters.set(
        year,
        (await legalAffairs.petitionCaseMatters(on(ctx, coordinator, day), year)).map((m) => m.matterNumber),
      );
    return keyMatters.get(year)!.shift() ?? null;
  };
  for (const [i, plan] of plans.entries()) {
    await loadOne(ctx, coordinator, office.id, plan, keyMatterOf);
    if (i % 10 === 0) progress('信访事项', i + 1, plans.length);
  }
  progress('信访事项', plans.length, plans.length);
}

async function loadOne(
  ctx: Ctx,
  actor: Actor,
  officeId: string,
  plan: DemoPetition,
  keyMatterOf: (day: string) => Promise<string | null>,
): Promise<void> {
  const row = await registerPetition(on(ctx, actor, plan.receivedOn), {
    channel: plan.channel,
    category: plan.category,
    receivedOn: plan.receivedOn,
    petitionerName: plan.petitionerName,
    representatives: plan.representatives,
    peopleCount: plan.peopleCount,
    subject: plan.subject,
    content: plan.content,
    number: null,
    petitionerAddress: null,
    keyCase: false,
    intakeUnitId: officeId,
  });
  for (const s of plan.steps) {
    const at = on(ctx, actor, s.on);
    if (s.transition === 'legal_support') {
      const { on: _on, ...link } = s.body;
      const number = await keyMatterOf(s.on);
      // Without the legal-affairs demo there is no matter to link: the petition stays an ordinary one.
      if (number) await linkLegalSupport(at, row.id, { ...link, number } as never);
    } else await firePetitionTransition(at, row.id, s.transition as PetitionTransition, s.body);
  }
}
