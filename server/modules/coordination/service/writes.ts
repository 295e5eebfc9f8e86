import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  CreateMeetingBody,
  CreateMemberBody,
  CreateTaskBody,
} from '../../../../common/contracts/coordination.js';
import { type AuditInput, recordAudit, recordAudits } from '../../../platform/audit/index.js';
import { assertCan, orgScope } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  coordinationMeetings,
  coordinationMembers,
  coordinationPlans,
  coordinationTasks as t,
} from '../schema.js';

/** Units of the district by id (the district's own root included), to check a form's unit ids. */
async function checkUnits(tx: Tx, ctx: Ctx, ids: readonly { path: string; id: string }[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, [...new Set(ids.map((x) => x.id))]), orgScope(ctx.actor!, orgUnits.id)));
  const known = new Set(found.map((u) => u.id));
  const problems = ids
    .filter((x) => !known.has(x.id))
    .map((x) => ({ path: x.path, message: '单位不存在或不在本区' }));
  if (problems.length) throw validationFailed(problems);
}

async function assertCodeFree(tx: Tx, ctx: Ctx, code: string, path = 'code') {
  const [taken] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.districtId, ctx.actor!.districtId), eq(t.code, code)));
  if (taken) throw validationFailed([{ path, message: `任务编号${code}已存在` }]);
}

/** The year's plan row (created on first use, as the coordinator names it). */
export async function ensurePlan(
  tx: Tx,
  ctx: Ctx,
  plan: { year: number; title: string; documentNumber?: string | null; issuedOn?: string | null },
): Promise<string> {
  const districtId = ctx.actor!.districtId;
  const [existing] = await tx
    .select({ id: coordinationPlans.id })
    .from(coordinationPlans)
    .where(and(eq(coordinationPlans.districtId, districtId), eq(coordinationPlans.year, plan.year)));
  if (existing) return existing.id;
  const [row] = await tx
    .insert(coordinationPlans)
    .values({
      districtId,
      orgUnitId: districtId,
      year: plan.year,
      title: plan.title,
      documentNumber: plan.documentNumber ?? null,
      issuedOn: plan.issuedOn ?? null,
    })
    .returning({ id: coordinationPlans.id });
  await recordAudit(tx, ctx, {
    action: 'coordination.plan.created',
    subjectType: 'coordination_plan',
    subjectId: row!.id,
    orgUnitId: districtId,
    districtId,
    after: plan,
  });
  return row!.id;
}

/** 录入: one task entered by hand, in the year's plan. */
export async function createTask(ctx: Ctx, body: CreateTaskBody): Promise<string> {
  assertCan(ctx.actor, 'coordination.manage');
  if (body.dueOn < ctx.today) throw validationFailed([{ path: 'dueOn', message: '完成时限不能早于今天' }]);
  return ctx.db.transaction(async (tx) => {
    await checkUnits(tx, ctx, [
      { path: 'unitId', id: body.unitId },
      ...body.coUnitIds.map((id, i) => ({ path: `coUnitIds.${i}`, id })),
    ]);
    await assertCodeFree(tx, ctx, body.code);
    const planId = await ensurePlan(tx, ctx, {
      year: body.year,
      title: `${body.year}年法治政府建设工作要点`,
    });
    const [row] = await tx
      .insert(t)
      .values({
        districtId: ctx.actor!.districtId,
        orgUnitId: body.unitId,
        code: body.code,
        year: body.year,
        planId,
        title: body.title,
        body: body.body,
        area: body.area,
        indicatorCodes: body.indicatorCodes,
        coUnitIds: body.coUnitIds,
        milestones: body.milestones,
        assignedOn: ctx.today,
        lastActivityOn: ctx.today,
        dueOn: body.dueOn,
        state: 'open',
      })
      .returning({ id: t.id });
    await recordAudit(tx, ctx, {
      action: 'coordination.task.created',
      subjectType: 'coordination_task',
      subjectId: row!.id,
      orgUnitId: body.unitId,
      districtId: ctx.actor!.districtId,
      after: body,
    });
    return row!.id;
  });
}

/**
 * 会议纪要: a meeting with its attendance and minutes. Each decision becomes a follow-up task of its owner
 * unit (code `<meeting number>-<nn>`); the referred 督办 tasks it heard are marked heard by it.
 */
export async function createMeeting(ctx: Ctx, body: z.output<typeof CreateMeetingBody>): Promise<string> {
  assertCan(ctx.actor, 'coordination.manage');
  if (body.heldOn > ctx.today) throw validationFailed([{ path: 'heldOn', message: '会议日期不能晚于今天' }]);
  const late = body.decisions.findIndex((d) => d.dueOn < body.heldOn);
  if (late >= 0)
    throw validationFailed([{ path: `decisions.${late}.dueOn`, message: '完成时限不能早于会议日期' }]);
  const districtId = ctx.actor!.districtId;
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: coordinationMeetings.id })
      .from(coordinationMeetings)
      .where(
        and(eq(coordinationMeetings.districtId, districtId), eq(coordinationMeetings.number, body.number)),
      );
    if (taken) throw validationFailed([{ path: 'number', message: `会议编号${body.number}已存在` }]);
    await checkUnits(
      tx,
      ctx,
      body.decisions.map((d, i) => ({ path: `decisions.${i}.unitId`, id: d.unitId })),
    );
    const [meeting] = await tx
      .insert(coordinationMeetings)
      .values({
        districtId,
        orgUnitId: districtId,
        kind: body.kind,
        number: body.number,
        title: body.title,
        heldOn: body.heldOn,
        agenda: body.agenda,
        attendees: body.attendees,
        absent: body.absent,
        minutes: body.minutes,
      })
      .returning({ id: coordinationMeetings.id });
    const id = meeting!.id;
    const audits: AuditInput[] = [
      {
        action: 'coordination.meeting.recorded',
        subjectType: 'coordination_meeting',
        subjectId: id,
        orgUnitId: districtId,
        districtId,
        after: { ...body },
      },
    ];
    const year = Number(body.heldOn.slice(0, 4));
    for (const [i, decision] of body.decisions.entries()) {
      const code = `${body.number}-${String(i + 1).padStart(2, '0')}`;
      await assertCodeFree(tx, ctx, code, `decisions.${i}`);
      const [task] = await tx
        .insert(t)
        .values({
          districtId,
          orgUnitId: decision.unitId,
          code,
          year,
          meetingId: id,
          title: decision.text,
          area: 'leadership',
          assignedOn: body.heldOn,
          lastActivityOn: body.heldOn,
          dueOn: decision.dueOn,
          state: 'open',
        })
        .returning({ id: t.id });
      audits.push({
        action: 'coordination.task.created',
        subjectType: 'coordination_task',
        subjectId: task!.id,
        orgUnitId: decision.unitId,
        districtId,
        after: { code, meetingId: id, ...decision },
      });
    }
    if (body.referredTaskIds.length) {
      const heard = await tx
        .update(t)
        .set({ referredMeetingId: id, updatedAt: ctx.now })
        .where(
          and(
            eq(t.districtId, districtId),
            inArray(t.id, body.referredTaskIds),
            eq(t.escalation, 'referred'),
            isNull(t.referredMeetingId),
          ),
        )
        .returning({ id: t.id, orgUnitId: t.orgUnitId });
      if (heard.length !== new Set(body.referredTaskIds).size)
        throw validationFailed([
          { path: 'referredTaskIds', message: '所列任务须为已提请委员会且尚未上会的督办任务' },
        ]);
      for (const task of heard)
        audits.push({
          action: 'coordination.task.heard',
          subjectType: 'coordination_task',
          subjectId: task.id,
          orgUnitId: task.orgUnitId,
          districtId,
          data: { meetingId: id },
        });
    }
    await recordAudits(tx, ctx, audits);
    return id;
  });
}

export async function createMember(ctx: Ctx, body: z.output<typeof CreateMemberBody>): Promise<string> {
  assertCan(ctx.actor, 'coordination.manage');
  const districtId = ctx.actor!.districtId;
  return ctx.db.transaction(async (tx) => {
    await checkUnits(tx, ctx, [{ path: 'unitId', id: body.unitId }]);
    const [row] = await tx
      .insert(coordinationMembers)
      .values({
        districtId,
        orgUnitId: body.unitId,
        name: body.name,
        post: body.post,
        position: body.position,
        sortOrder: { director: 0, deputy: 10, office_head: 20, member: 30 }[body.post],
      })
      .returning({ id: coordinationMembers.id });
    await recordAudit(tx, ctx, {
      action: 'coordination.member.added',
      subjectType: 'coordination_member',
      subjectId: row!.id,
      orgUnitId: body.unitId,
      districtId,
      after: body,
    });
    return row!.id;
  });
}
