import { eq } from 'drizzle-orm';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../../platform/context.js';
import { actingUser, orgUnits } from '../../../platform/org/index.js';
import { corrections } from '../../corrections/index.js';
import { appealEndsOn } from '../procedure.js';
import { lawsuits } from '../schema.js';
import { registerLawsuit } from '../service/register.js';
import { recordSuggestion, replySuggestion } from '../service/suggestions.js';
import { fireLawsuitTransition } from '../service/transitions.js';
import { currentSuits, daysBefore, type PlannedLawsuit, SUITS_2020 } from './plan.js';

type Progress = (label: string, done: number, total: number) => void;

const later = (a: string, b: string) => (a > b ? a : b);
const dayAfter = (day: string) => daysBefore(day, -1);

/**
 * The litigation demo: 2020's suits and the current year's, each registered and moved step by step on its own
 * day by the coordinator (the 司法局 organises the government's 行政应诉), so clocks, history, corrective tasks
 * and audit events are those the screens would have made. Nothing is dated after the load day.
 */
export async function loadLitigationDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const [existing] = await ctx.db.select({ id: lawsuits.id }).from(lawsuits).limit(1);
  if (existing) return;
  const coordinator = await actingUser(ctx.db, { role: 'coordinator' });
  const cal = await loadCalendar(ctx.db);
  const year = Number(ctx.today.slice(0, 4));
  const plan = [...SUITS_2020, ...(cal.hasYear(year) && year > 2020 ? currentSuits(ctx.today) : [])];
  let done = 0;
  for (const suit of plan) {
    await walk(ctx, coordinator, suit);
    progress('行政应诉案件', ++done, plan.length);
  }
}

async function walk(base: Ctx, actor: Actor, suit: PlannedLawsuit): Promise<void> {
  const today = base.today;
  const on = (day: string) => makeCtx(base.db, actor, base.requestId, new Date(`${day}T10:00:00+08:00`));
  const [unit] = await base.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, suit.unit));
  if (!unit) throw new Error(`litigation demo: no unit ${suit.unit}`);
  const lawsuit = await registerLawsuit(on(suit.servedOn), {
    caseNumber: suit.caseNumber,
    court: suit.court,
    orgUnitId: unit.id,
    plaintiffName: suit.plaintiffName,
    plaintiffKind: suit.plaintiffKind,
    cause: suit.cause,
    actChallenged: suit.actChallenged,
    actKind: suit.actKind,
    actRef: suit.actRef ?? null,
    powerId: null,
    filedOn: suit.filedOn,
    servedOn: suit.servedOn,
    afterReconsideration: Boolean(suit.afterReconsideration),
    reconsiderationNumber: suit.afterReconsideration?.number ?? null,
    reconsiderationResult: suit.afterReconsideration?.result ?? null,
    simplified: false,
  });
  const fire = (day: string, transition: Parameters<typeof fireLawsuitTransition>[2], input: object) =>
    fireLawsuitTransition(on(day), lawsuit.id, transition, input);
  if (!suit.answeredOn) return;
  await fire(suit.answeredOn, 'answer', {
    answeredOn: suit.answeredOn,
    evidence: '行政行为卷宗、调查笔录、送达回证等证据材料',
    basis: '作出行政行为所依据的法律、法规及规范性文件',
  });
  for (const h of suit.hearings ?? [])
    await fire(h.on, 'record_hearing', {
      heldOn: h.on,
      instance: 'first',
      headAppeared: Boolean(h.head),
      headName: h.head?.name ?? null,
      headPosition: h.head?.position ?? null,
      headLevel: h.head?.level ?? null,
      proofOfPosition: Boolean(h.head),
      courtRequested: Boolean(h.courtRequested),
      staffName: h.head ? null : (h.staff ?? null),
    });
  const j = suit.judgment;
  if (!j) return;
  await fire(j.servedOn, 'judge_first', {
    judgmentType: j.type,
    judgedOn: j.on,
    servedOn: j.servedOn,
    summary: j.summary ?? null,
    performBy: j.performBy ?? null,
  });
  if (suit.suggestion) await suggestion(on, lawsuit.id, suit.suggestion);
  if (suit.appeal) {
    await fire(suit.appeal.on, 'appeal', {
      appealedBy: suit.appeal.by,
      appealedOn: suit.appeal.on,
      secondCaseNumber: suit.appeal.number,
      secondCourt: '沈阳市中级人民法院',
    });
    if (!suit.second) return;
    await fire(suit.second.on, 'judge_second', {
      result: suit.second.result,
      judgmentType: suit.second.type ?? null,
      judgedOn: suit.second.on,
    });
  } else {
    if (!suit.effectiveOn) return;
    // The appeal window, counted on the calendar, decides the first day the decision can be in effect.
    const ends = appealEndsOn(await loadCalendar(base.db), j.type, j.servedOn);
    const effectiveOn = ends ? later(suit.effectiveOn, dayAfter(ends)) : later(suit.effectiveOn, j.servedOn);
    if (effectiveOn > today) return;
    await fire(effectiveOn, 'take_effect', { effectiveOn });
    suit.effectiveOn = effectiveOn;
  }
  await rectify(on, lawsuit, suit, today);
  if (!suit.closedOn) return;
  const closedOn = later(suit.closedOn, suit.effectiveOn!);
  if (closedOn > today) return;
  await fire(closedOn, 'close', { closedOn, performance: suit.performance ?? null });
}

/** The corrective task the decision opened: the rectification written, and accepted when the plan says so. */
async function rectify(
  on: (day: string) => Ctx,
  lawsuit: { id: string; districtId: string; caseNumber: string },
  suit: PlannedLawsuit,
  today: string,
): Promise<void> {
  const r = suit.rectification;
  if (!r) return;
  const task = await corrections.findTaskBySource(on(today).db, {
    districtId: lawsuit.districtId,
    kind: 'litigation',
    number: lawsuit.caseNumber,
  });
  if (!task) return;
  const submittedOn = later(r.on, suit.effectiveOn!);
  if (submittedOn > today) return;
  await corrections.fireTaskTransition(on(submittedOn), task.id, 'submit', {
    rectification: r.text,
    rectifiedOn: submittedOn,
  });
  if (!r.acceptedOn) return;
  const acceptedOn = later(r.acceptedOn, submittedOn);
  if (acceptedOn <= today)
    await corrections.fireTaskTransition(on(acceptedOn), task.id, 'accept', { note: null });
}

async function suggestion(
  on: (day: string) => Ctx,
  lawsuitId: string,
  s: NonNullable<PlannedLawsuit['suggestion']>,
): Promise<void> {
  const id = await recordSuggestion(on(s.on), lawsuitId, { receivedOn: s.on, content: s.content });
  if (s.reply)
    await replySuggestion(on(s.reply.on), lawsuitId, id, { repliedOn: s.reply.on, reply: s.reply.text });
}
