import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import { ensureCalendarSeeded, loadCalendar } from '../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import { build2020Plan, buildCurrentPlan, type DemoCase } from './demo-plan.js';
import { reconsiderationCases } from './schema.js';
import { fireCaseTransition } from './service/fire-transition.js';
import { insertCase } from './service/register-case.js';
import { inTransaction } from '../../platform/db/index.js';
import { corrections } from '../corrections/index.js';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor | null, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

/** INVENTED applicants (the seed gives only the count): surnames and given names cycled. */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['建华', '秀英', '志强', '丽娟', '海涛', '玉兰', '国庆', '桂芝'];

/**
 * 于洪区's reconsideration cases (seed 一(七)二 "共受理行政复议案件31件，已全部审结"): the 31 of 2020 under the
 * 2017 text, each through the procedure so its steps, clocks and audit events exist; then this year's cases
 * to the load day under the 2023 text, in every stage. Applicants and acts are INVENTED.
 */
export async function loadReconsiderationDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('reconsideration demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: reconsiderationCases.id })
    .from(reconsiderationCases)
    .where(eq(reconsiderationCases.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const cal = await loadCalendar(ctx.db);
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const year = Number(ctx.today.slice(0, 4));
  const current = year > 2020 && cal.hasYear(year) ? buildCurrentPlan(cal, ctx.today) : [];
  // In receipt order, so the 案号 follow the days the applications came in.
  const byReceipt = (a: DemoCase, b: DemoCase) => a.receivedOn.localeCompare(b.receivedOn);
  const plan = [...build2020Plan(cal), ...current].sort(byReceipt);
  for (const [i, p] of plan.entries()) {
    await loadCase(ctx, district.id, coordinator, p, i);
    progress('行政复议', i + 1, plan.length);
  }
}

async function loadCase(ctx: Ctx, districtId: string, actor: Actor, p: DemoCase, i: number) {
  const unit = await getOrgUnitByCode(ctx.db, p.respondentCode);
  if (!unit) throw new Error(`reconsideration demo: no unit ${p.respondentCode}`);
  const applicantName = `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`;
  const day = at(ctx, actor, p.receivedOn);
  const row = await inTransaction(ctx.db, (tx) =>
    insertCase(
      tx,
      day,
      districtId,
      {
        applicantType: 'natural_person',
        applicantName,
        applicantIdNumber: null,
        applicantPhone: `1390000${String(1000 + i).padStart(4, '0')}`,
        applicantAddress: null,
        respondentUnitId: unit.id,
        actType: p.actType,
        actDescription: p.act,
        actDocumentNumber: null,
        actOn: null,
        actKnownOn: p.receivedOn,
        actAmountYuan: p.actAmountYuan,
        actOnTheSpot: false,
        disclosureTrackingCode: null,
        requestText: '请求撤销该行政行为。',
        reasons: null,
        channel: p.channel,
        receivedOn: p.receivedOn,
        oralRecord: p.channel === 'oral' ? '申请人当场口头申请，已制作笔录并经申请人核对签字。' : null,
      },
      p.channel === 'online' ? 'reconsideration.case.submitted' : 'reconsideration.case.registered',
    ),
  );
  for (const s of p.steps) {
    const body = { on: s.on, ...s.body };
    if ('addressee' in body && body.addressee === 'respondent') body.addressee = unit.name;
    await fireCaseTransition(at(ctx, actor, s.on), row.id, s.transition, body);
  }
  const decided = p.steps.find((s) => s.transition === 'decide');
  if (decided) await rectify(ctx, actor, districtId, row.caseNumber, decided.on);
}

/**
 * The corrective task a correcting decision opened (corrections module): the respondent's rectification 20 days
 * after the decision and its acceptance 10 days later, as far as the load day reaches — so past years' tasks are
 * closed and only this year's recent ones are open (a living demo, not years-old overdue work; decision 0026).
 */
async function rectify(ctx: Ctx, actor: Actor, districtId: string, caseNumber: string, decidedOn: IsoDate) {
  const task = await corrections.findTaskBySource(ctx.db, {
    districtId,
    kind: 'reconsideration',
    number: caseNumber,
  });
  if (!task) return;
  const submittedOn = addDays(decidedOn, 20);
  if (submittedOn > ctx.today) return;
  await corrections.fireTaskTransition(at(ctx, actor, submittedOn), task.id, 'submit', {
    rectification: '已按行政复议决定撤销（变更）原行政行为并重新作出处理，相关人员已开展执法规范化学习。',
    rectifiedOn: submittedOn,
  });
  const acceptedOn = addDays(submittedOn, 10);
  if (acceptedOn <= ctx.today)
    await corrections.fireTaskTransition(at(ctx, actor, acceptedOn), task.id, 'accept', { note: null });
}

const addDays = (day: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(day) + days);
