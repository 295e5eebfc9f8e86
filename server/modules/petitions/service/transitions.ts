import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { IsoDate } from '../../../../common/calendar/index.js';
import type {
  PETITION_TRANSITION_INPUTS,
  PetitionDiversion,
  PetitionTransition,
} from '../../../../common/contracts/petitions.js';
import { extendClock, findClocksForSubject } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../platform/errors.js';
import { getOrgUnit } from '../../../platform/org/index.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { type PetitionClockName, petitionClock, petitionProcedure } from '../procedure.js';
import { type ModuleLink, type PetitionRow, petitions } from '../schema.js';
import { checkedLink } from './links.js';
import { lockScopedPetition, type PetitionRec, toRecord } from './records.js';

/** The module a diversion's link points into (litigation and arbitration are outside the platform). */
const DIVERSION_MODULE: Record<PetitionDiversion, ModuleLink['module']> = {
  litigation: 'litigation',
  reconsideration: 'reconsideration',
  arbitration: 'arbitration',
  administrative: 'other',
  other: 'other',
};

type Forms = { [K in PetitionTransition]: z.output<(typeof PETITION_TRANSITION_INPUTS)[K]> };
type Writer<K extends PetitionTransition> = (
  tx: Tx,
  ctx: Ctx,
  r: PetitionRec,
  form: Forms[K],
) => Promise<Partial<PetitionRow>>;

/**
 * Moves a petition along its procedure. The form's `on` is the day the step took legal effect (default
 * today, never in the future); the clocks of the petition's 信访 text move on it.
 */
export const petitionTransitions = procedureService({
  procedure: petitionProcedure,
  async lock(tx, ctx, actor, id, step): Promise<PetitionRec> {
    const on = step.input.on ?? ctx.today;
    if (on > ctx.today) throw validationFailed([{ path: 'on', message: '办理日期不能晚于今天' }]);
    return toRecord(await lockScopedPetition(tx, actor, id), on);
  },
  write: (tx, ctx, { record, to, step }) =>
    (WRITERS[step.transition] as Writer<PetitionTransition>)(tx, ctx, record, step.input as never).then(
      (set) => save(tx, ctx, record, { ...set, status: to }),
    ),
});

/** Fires one transition of a petition and returns the updated row (demo, tests). */
export async function firePetitionTransition(
  ctx: Ctx,
  id: string,
  transition: PetitionTransition,
  body: unknown = {},
): Promise<PetitionRow> {
  return (await petitionTransitions.fire(ctx, id, transition, body)).row;
}

async function save(tx: Tx, ctx: Ctx, r: PetitionRec, set: Partial<PetitionRow>): Promise<PetitionRec> {
  const [row] = await tx
    .update(petitions)
    .set({ ...set, version: r.row.version + 1, updatedAt: ctx.now })
    .where(eq(petitions.id, r.id))
    .returning();
  return toRecord(row!, r.stepOn);
}

/** The running clock of that name on this petition (its text's), or null. */
async function runningClock(tx: Tx, r: PetitionRec, name: PetitionClockName) {
  const def = petitionClock(r.law, name);
  if (!def) return null;
  const clocks = await findClocksForSubject(tx, petitionProcedure.subjectType, r.id);
  return clocks.findLast((c) => c.clockKey === def.key && c.status !== 'stopped') ?? null;
}

/** Was the act on `on` within the named clock's due date? null when that clock never ran. */
async function onTime(tx: Tx, r: PetitionRec, name: PetitionClockName, on: IsoDate) {
  const clock = await runningClock(tx, r, name);
  return clock?.dueOn ? on <= clock.dueOn : null;
}

/** Telling the petitioner (accept, refuse, divert): on time against the notice clock when it ran. */
async function notice(tx: Tx, r: PetitionRec, noticeOn: IsoDate) {
  if (noticeOn < r.stepOn)
    throw validationFailed([{ path: 'noticeOn', message: '告知信访人的日期不能早于受理日期' }]);
  return { noticeOn, noticeOnTime: await onTime(tx, r, 'notice', noticeOn) };
}

const WRITERS: { [K in PetitionTransition]: Writer<K> } = {
  // The petitions office routes to any organ of the district (条例 第二十二条), whatever its own scope.
  async route(tx, _ctx, r, form) {
    const unit = await getOrgUnit(tx, form.handlingUnitId).catch(() => null);
    if (!unit || unit.districtId !== r.districtId)
      throw validationFailed([{ path: 'handlingUnitId', message: '承办机关不存在或不是本区的机关' }]);
    return { orgUnitId: unit.id, routedOn: r.stepOn, routeMode: form.mode };
  },
  // Back to the petitions office, which routes it again (条例 第二十三条第三款).
  object_assignment: async (_tx, _ctx, r, form) => ({
    orgUnitId: r.row.intakeUnitId,
    objectedOn: r.stepOn,
    objectionReason: form.reason,
  }),
  accept: async (tx, _ctx, r, form) => ({
    acceptedOn: r.stepOn,
    ...(await notice(tx, r, form.noticeOn ?? r.stepOn)),
  }),
  not_accept: async (tx, _ctx, r, form) => ({
    notAcceptedReason: form.reason,
    closedOn: r.stepOn,
    ...(await notice(tx, r, r.stepOn)),
  }),
  // 诉访分离 (条例 第三十一条): the route the matter goes to; a 复议 case named is checked in that module.
  divert: async (tx, ctx, r, form) => ({
    diversion: form.diversion,
    diversionLink: await checkedLink(
      tx,
      ctx,
      {
        ...form.link,
        module: DIVERSION_MODULE[form.diversion],
        note: form.link?.note ?? form.note ?? null,
      },
      'link.number',
    ),
    closedOn: r.stepOn,
    ...(await notice(tx, r, r.stepOn)),
  }),
  async extend(tx, ctx, r, form) {
    const clock = await runningClock(tx, r, 'handling');
    if (!clock) throw ruleViolation('HANDLING_CLOCK_NOT_RUNNING', '办理期限未在计时，无需延长');
    // Basis: 条例 第三十四条 / 2005 条例 第三十三条 — the cap (+30 days once) is the clock's own.
    await extendClock(tx, ctx, clock.id, { on: r.stepOn, reason: form.reason });
    return { extendedOn: r.stepOn, extensionReason: form.reason };
  },
  answer: async (tx, _ctx, r, form) => ({
    answeredOn: r.stepOn,
    outcome: form.outcome,
    opinionNumber: form.opinionNumber ?? null,
    opinionSummary: form.summary,
    answeredOnTime: await onTime(tx, r, 'handling', r.stepOn),
  }),
  request_review: async (_tx, _ctx, r) => ({ reviewRequestedOn: r.stepOn }),
  decide_review: async (_tx, _ctx, r, form) => ({ reviewDecidedOn: r.stepOn, reviewResult: form.result }),
  request_reexam: async (_tx, _ctx, r) => ({ reexamRequestedOn: r.stepOn }),
  decide_reexam: async (_tx, _ctx, r, form) => ({
    reexamDecidedOn: r.stepOn,
    reexamResult: form.result,
    closedOn: r.stepOn,
  }),
  close: async (_tx, _ctx, r) => ({ closedOn: r.stepOn }),
};
