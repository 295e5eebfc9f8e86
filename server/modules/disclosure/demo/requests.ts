import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import { PortalRequestBody, RegisterRequestBody } from '../../../../common/contracts/disclosure/requests.js';
import { ensureCalendarSeeded, loadCalendar } from '../../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../../platform/context.js';
import { actingUser, getOrgUnitByCode } from '../../../platform/org/index.js';
import { disclosureRequests } from '../schema/requests.js';
import { fireRequestTransition, registerRequest, submitOnlineRequest } from '../service/requests/index.js';
import { buildCurrentYearPlan, type CurrentYearRequest } from './current-year-plan.js';
import { workingDaysOf } from './proactive.js';
import { buildDemoPlan, type DemoRequest } from './requests-plan.js';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor | null, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

/**
 * 于洪区 2020 (seed 一(六)三 "受理信息公开申请43件，其中：信函受理35件，网络受理2件，当面受理6件…现已全部办结"):
 * 43 requests received and concluded in 2020, through the services and the procedure, so clocks, steps and
 * audit events exist; then this year's requests to the day the demo loads, in every state. Applicants, numbers and texts are INVENTED; the counts and channels are the seed's.
 */
export async function loadRequestsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('requests demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: disclosureRequests.id })
    .from(disclosureRequests)
    .where(eq(disclosureRequests.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const cal = await loadCalendar(ctx.db);
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const units = new Map<string, string>();
  const unitId = async (code: string) => {
    if (!units.has(code)) units.set(code, (await getOrgUnitByCode(ctx.db, code))!.id);
    return units.get(code)!;
  };
  const plan = buildDemoPlan(cal);
  const current = currentYearPlan(ctx, cal);
  const total = plan.length + current.length;
  for (const [i, p] of plan.entries()) {
    await loadOne(ctx, cal, coordinator, await unitId(p.unitCode), p);
    progress('依申请公开', i + 1, total);
  }
  for (const [i, p] of current.entries()) {
    await loadCurrent(ctx, coordinator, await unitId(p.unitCode), p);
    progress('依申请公开', plan.length + i + 1, total);
  }
}

/**
 * This year's requests up to the day the demo loads (the ctx's clock). None while the year's holiday
 * notice is not loaded: the statutory gates refuse to guess working days (decision 0016).
 */
function currentYearPlan(ctx: Ctx, cal: WorkCalendar): CurrentYearRequest[] {
  const year = Number(ctx.today.slice(0, 4));
  if (year <= 2020 || !cal.hasYear(year)) return [];
  return buildCurrentYearPlan(cal, workingDaysOf(cal, year, ctx.today), workingDaysOf(cal, 2020).length);
}

/** Registers one request of this year and takes its steps so far, each on its own date. */
async function loadCurrent(ctx: Ctx, actor: Actor, orgUnitId: string, p: CurrentYearRequest) {
  const id = await intake(ctx, actor, orgUnitId, p);
  for (const s of p.steps) {
    await fireRequestTransition(at(ctx, actor, s.on), id, s.transition, { on: s.on, ...s.body });
  }
}

async function loadOne(ctx: Ctx, cal: WorkCalendar, actor: Actor, orgUnitId: string, p: DemoRequest) {
  const id = await intake(ctx, actor, orgUnitId, p);
  const step = (transition: Parameters<typeof fireRequestTransition>[2], day: IsoDate, body: object) =>
    fireRequestTransition(at(ctx, actor, day), id, transition, { on: day, ...body });
  const wd = (from: IsoDate, n: number) => addWorkingDays(cal, from, n);
  let base = p.receivedOn;
  if (p.special === 'correction') {
    const asked = wd(base, 3);
    await step('request_correction', asked, {
      deadlineOn: wd(asked, 10),
      note: '请补充所需信息的具体名称、文号或形成时间，以便检索。',
    });
    base = wd(asked, 4);
    await step('receive_correction', base, { note: '申请人补充了文件名称和形成年份' });
  }
  if (p.special === 'third_party') {
    const sent = wd(base, 4);
    await step('consult_third_party', sent, { thirdPartyName: '沈阳示例物业服务有限公司（虚构）' });
    await step('receive_consultation', wd(sent, 9), {
      opinion: 'objection',
      note: '第三方以涉及商业秘密为由不同意公开',
    });
  }
  if (p.special === 'extension') {
    const approved = wd(base, 17);
    await step('extend_reply', approved, {
      reason: '春节假期延长及疫情防控期间档案查阅受限，需延长答复期限',
      notifiedOn: approved,
    });
  }
  const replyOn =
    p.special === 'extension'
      ? wd(base, 26)
      : p.special === 'third_party'
        ? wd(base, 18)
        : wd(base, p.replyAfter);
  if (p.outcome === 'other') {
    await step('withdraw', replyOn, { reason: '申请人书面撤回申请' });
  } else {
    await step('reply', replyOn, { outcome: p.outcome, ...p.grounds });
  }
}

async function intake(
  ctx: Ctx,
  actor: Actor,
  orgUnitId: string,
  p: Omit<DemoRequest, 'outcome' | 'replyAfter' | 'special' | 'grounds'>,
): Promise<string> {
  const form = {
    orgUnitId,
    ...p.applicant,
    informationDescription: p.description,
    deliveryMethod: p.deliveryMethod,
  };
  if (p.channel === 'online') {
    // Online applicants ask for the reply by e-mail, so they give an address (the portal form requires it).
    const online = { ...form, applicantEmail: `applicant${p.receivedOn.replaceAll('-', '')}@example.cn` };
    const s = await submitOnlineRequest(at(ctx, null, p.receivedOn), PortalRequestBody.parse(online));
    return s.request.id;
  }
  const row = await registerRequest(
    at(ctx, actor, p.receivedOn),
    RegisterRequestBody.parse({
      ...form,
      channel: p.channel,
      mailKind: p.mailKind,
      arrivedOn: p.receivedOn,
      signedOn: p.mailKind === 'registered' ? p.receivedOn : null,
      confirmedOn: p.mailKind === 'ordinary' ? p.receivedOn : null,
    }),
  );
  return row.id;
}
