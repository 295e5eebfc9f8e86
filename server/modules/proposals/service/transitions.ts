import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  AnswerInput,
  AssignInput,
  ContactInput,
  CoViewsInput,
  DifficultInput,
  DissatisfiedInput,
  EvaluateInput,
  FollowUpInput,
  ProposalKind,
  ReturnInput,
} from '../../../../common/contracts/proposals.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { assertActsFor, mayActFor } from '../policy.js';
import { type ProposalFacts, type ProposalTransition, proposalProcedure } from '../procedure.js';
import { answerDueOn, coViewsDueOn, returnDueOn } from '../rules.js';
import {
  type ProposalItemRow,
  proposalAnswers,
  proposalAssignments,
  proposalContacts,
  proposalFollowUps,
  proposalItems,
} from '../schema.js';
import { lockScopedItem, settingsOf, toRecord, unitsById } from './records.js';

type Rec = ReturnType<typeof toRecord>;

/** The gates' facts: a meeting held (of the kinds the district counts), co-handlers' views still missing. */
async function loadFacts(tx: Tx, record: Rec): Promise<ProposalFacts> {
  const settings = await settingsOf(tx, record.districtId);
  const [contacts, pending] = await Promise.all([
    tx
      .select({ kind: proposalContacts.kind })
      .from(proposalContacts)
      .where(eq(proposalContacts.itemId, record.id)),
    tx
      .select({ id: proposalAssignments.id })
      .from(proposalAssignments)
      .where(
        and(
          eq(proposalAssignments.itemId, record.id),
          eq(proposalAssignments.status, 'active'),
          eq(proposalAssignments.role, 'co'),
          isNull(proposalAssignments.viewsOn),
        ),
      ),
  ]);
  const counted = new Set<string>(settings.meetingKinds);
  return { settings, meetingHeld: contacts.some((c) => counted.has(c.kind)), coViewsPending: pending.length };
}

/** Every step of an item through the procedure: role → form → scope → state → gates → write + audit + clocks. */
export const proposalTransitions = procedureService({
  procedure: proposalProcedure,
  lock: async (tx, ctx, actor, id, step): Promise<Rec> => {
    const form = (step.input ?? {}) as { on?: string };
    return toRecord(await lockScopedItem(tx, actor, id), ctx.today, form.on ?? ctx.today);
  },
  facts: (tx, record) => loadFacts(tx, record),
  write: (tx, ctx, { record, step }) =>
    (WRITERS[step.transition] as Writer<unknown>)(tx, ctx, record.row, step.input),
});

/** Fires one step of an item (routes, demo, tests) and returns the updated row. */
export async function fireProposalTransition(
  ctx: Ctx,
  id: string,
  transition: ProposalTransition,
  input: unknown = {},
): Promise<ProposalItemRow> {
  return (await proposalTransitions.fire(ctx, id, transition, input)).row;
}

type Writer<F> = (tx: Tx, ctx: Ctx, item: ProposalItemRow, form: F) => Promise<Rec>;

async function save(tx: Tx, ctx: Ctx, id: string, set: Partial<ProposalItemRow>): Promise<Rec> {
  const [row] = await tx
    .update(proposalItems)
    .set({ ...set, version: sql`${proposalItems.version} + 1`, updatedAt: ctx.now })
    .where(eq(proposalItems.id, id))
    .returning();
  return toRecord(row!, ctx.today);
}

const actorOf = (ctx: Ctx): Actor => ctx.actor!;

async function activeAssignments(tx: Tx, itemId: string) {
  return tx
    .select()
    .from(proposalAssignments)
    .where(and(eq(proposalAssignments.itemId, itemId), eq(proposalAssignments.status, 'active')));
}

/** The lead unit (or, for a separately assigned item, any of its units) must be the actor's to answer for it. */
async function assertHandles(
  tx: Tx,
  ctx: Ctx,
  item: ProposalItemRow,
  roles: readonly string[],
  what: string,
) {
  const active = (await activeAssignments(tx, item.id)).filter((a) => roles.includes(a.role));
  const units = await unitsById(
    tx,
    item.districtId,
    active.map((a) => a.orgUnitId),
  );
  if (![...units.values()].some((u) => mayActFor(actorOf(ctx), u)))
    throw forbidden(`只有${what}可以办理此操作`);
}

/** 交办 and 重新交办: the units, the periods fixed on the day (law by date, the district's windows). */
async function assign(
  tx: Tx,
  ctx: Ctx,
  item: ProposalItemRow,
  form: z.output<typeof AssignInput>,
  status: string,
) {
  const ids = [form.leadUnitId, ...form.otherUnitIds];
  const units = await unitsById(tx, item.districtId, ids);
  const missing = ids.findIndex((id) => !units.has(id));
  if (missing >= 0)
    throw validationFailed([
      {
        path: missing === 0 ? 'leadUnitId' : `otherUnitIds.${missing - 1}`,
        message: missing === 0 ? '主办单位不存在' : '协办单位不存在',
      },
    ]);
  const [cal, settings] = [await loadCalendar(tx), await settingsOf(tx, item.districtId)];
  await tx
    .update(proposalAssignments)
    .set({ status: 'replaced' })
    .where(and(eq(proposalAssignments.itemId, item.id), eq(proposalAssignments.status, 'active')));
  const other = form.mode === 'separate' ? 'separate' : 'co';
  await tx.insert(proposalAssignments).values(
    ids.map((orgUnitId, i) => ({
      itemId: item.id,
      districtId: item.districtId,
      orgUnitId,
      role: i === 0 ? (form.mode === 'separate' ? 'separate' : 'lead') : other,
      assignedOn: form.on,
      status: 'active',
      viewsDueOn: i > 0 && other === 'co' ? coViewsDueOn(cal, form.on, settings) : null,
    })),
  );
  return save(tx, ctx, item.id, {
    status,
    orgUnitId: form.leadUnitId,
    assignedOn: form.on,
    difficult: form.difficult,
    difficultReason: form.difficult ? form.difficultReason : null,
    answerDueOn: answerDueOn(cal, item.kind as ProposalKind, form.on, form.difficult),
    returnDueOn: returnDueOn(cal, form.on, settings),
  });
}

const WRITERS: { [K in ProposalTransition]: Writer<never> } = {
  assign: (tx, ctx, item, form: z.output<typeof AssignInput>) => assign(tx, ctx, item, form, 'handling'),
  reassign: (tx, ctx, item, form: z.output<typeof AssignInput>) => assign(tx, ctx, item, form, 'handling'),
  async return(tx, ctx, item, form: z.output<typeof ReturnInput>) {
    await assertHandles(tx, ctx, item, ['lead', 'separate'], '承办单位');
    await tx
      .update(proposalAssignments)
      .set({ status: 'returned', returnedOn: form.on, returnReason: form.reason })
      .where(and(eq(proposalAssignments.itemId, item.id), eq(proposalAssignments.status, 'active')));
    return save(tx, ctx, item.id, { status: 'returned', answerDueOn: null, returnDueOn: null });
  },
  async mark_difficult(tx, ctx, item, form: z.output<typeof DifficultInput>) {
    const cal = await loadCalendar(tx);
    return save(tx, ctx, item.id, {
      difficult: true,
      difficultReason: form.reason,
      answerDueOn: answerDueOn(cal, item.kind as ProposalKind, item.assignedOn!, true),
    });
  },
  async co_views(tx, ctx, item, form: z.output<typeof CoViewsInput>) {
    const [co] = (await activeAssignments(tx, item.id)).filter(
      (a) => a.role === 'co' && a.orgUnitId === form.unitId,
    );
    if (!co) throw validationFailed([{ path: 'unitId', message: '该单位不是本件的协办单位' }]);
    const units = await unitsById(tx, item.districtId, [co.orgUnitId]);
    assertActsFor(actorOf(ctx), units.get(co.orgUnitId), '该协办单位或交办机关');
    await tx
      .update(proposalAssignments)
      .set({ viewsOn: form.on, views: form.views })
      .where(eq(proposalAssignments.id, co.id));
    return save(tx, ctx, item.id, {});
  },
  async contact(tx, ctx, item, form: z.output<typeof ContactInput>) {
    await assertHandles(tx, ctx, item, ['lead', 'separate'], '承办单位');
    await tx.insert(proposalContacts).values({
      itemId: item.id,
      districtId: item.districtId,
      orgUnitId: item.orgUnitId,
      on: form.on,
      kind: form.kind,
      who: form.who,
      note: form.note,
    });
    return save(tx, ctx, item.id, {});
  },
  async answer(tx, ctx, item, form: z.output<typeof AnswerInput>) {
    await assertHandles(tx, ctx, item, ['lead', 'separate'], '主办单位');
    await tx.insert(proposalAnswers).values({
      itemId: item.id,
      districtId: item.districtId,
      orgUnitId: item.orgUnitId,
      round: item.round,
      on: form.on,
      documentNumber: form.documentNumber,
      signer: form.signer,
      resultClass: form.resultClass,
      text: form.text,
      disclosed: form.disclosed,
      withholdReason: form.disclosed ? null : form.withholdReason,
    });
    return save(tx, ctx, item.id, {
      status: 'answered',
      resultClass: form.resultClass,
      evaluation: null,
      firstAnsweredOn: item.firstAnsweredOn ?? form.on,
    });
  },
  async evaluate(tx, ctx, item, form: z.output<typeof EvaluateInput>) {
    await evaluateRound(tx, item, form.evaluation, form.on, form.note);
    return save(tx, ctx, item.id, { status: 'closed', evaluation: form.evaluation });
  },
  async dissatisfied(tx, ctx, item, form: z.output<typeof DissatisfiedInput>) {
    await evaluateRound(tx, item, 'dissatisfied', form.on, form.note);
    return save(tx, ctx, item.id, { status: 'handling', evaluation: 'dissatisfied', round: item.round + 1 });
  },
  async follow_up(tx, ctx, item, form: z.output<typeof FollowUpInput>) {
    await assertHandles(tx, ctx, item, ['lead', 'separate'], '承办单位');
    await tx.insert(proposalFollowUps).values({
      itemId: item.id,
      districtId: item.districtId,
      on: form.on,
      note: form.note,
      done: form.done,
    });
    return save(tx, ctx, item.id, { followUpDone: form.done });
  },
};

async function evaluateRound(
  tx: Tx,
  item: ProposalItemRow,
  evaluation: string,
  on: string,
  note: string | null,
) {
  await tx
    .update(proposalAnswers)
    .set({ evaluation, evaluatedOn: on, evaluationNote: note })
    .where(and(eq(proposalAnswers.itemId, item.id), eq(proposalAnswers.round, item.round)));
}
