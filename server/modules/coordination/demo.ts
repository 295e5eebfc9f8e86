import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import type { TaskTransition } from '../../../common/contracts/coordination.js';
import { ensureCalendarSeeded } from '../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { importLedger } from '../../platform/ledgers/index.js';
import { actingUser, getOrgUnitByCode, orgUnits } from '../../platform/org/index.js';
import {
  CURRENT_MEETING,
  CURRENT_TASKS,
  type CurrentTask,
  MEETING_2020,
  MEMBERS,
  PLAN_2020,
  PLAN_2021,
} from './demo-plan.js';
import { type TaskLedgerRow, tasksLedger } from './ledger.js';
import { taskCode } from './rules.js';
import { coordinationTasks } from './schema.js';
import { fireTaskTransition } from './service/transitions.js';
import { createMeeting, createMember } from './service/writes.js';

const at = (ctx: Ctx, actor: Actor, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

type Plan = {
  year: number;
  title: string;
  assignedOn: string;
  tasks: readonly Omit<
    TaskLedgerRow,
    'code' | 'year' | 'planTitle' | 'assignedOn' | 'milestones' | 'state' | 'doneOn'
  >[];
};

function rowsOf(plan: Plan): TaskLedgerRow[] {
  return plan.tasks.map((task, i) => ({
    code: taskCode(plan.year, i + 1),
    year: plan.year,
    planTitle: plan.title,
    title: task.title,
    area: task.area,
    indicators: task.indicators,
    unit: task.unit,
    coUnits: task.coUnits,
    assignedOn: plan.assignedOn,
    dueOn: task.dueOn,
    milestones: null,
    state: 'open',
    doneOn: null,
  }));
}

/**
 * The committee (seed 一(一)), the 2020 and 2021 plans (seed 三 and 四) with every task done, and this year's
 * plan live relative to the load day: tasks in every state and on every step of the 督办 ladder.
 */
export async function loadCoordinationDemo(ctx: Ctx): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('coordination demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: coordinationTasks.id })
    .from(coordinationTasks)
    .where(eq(coordinationTasks.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const as = (day: IsoDate) => at(ctx, coordinator, day);
  const ids = await unitIds(ctx, district.id);

  const setup = as('2020-01-06');
  for (const m of MEMBERS)
    await createMember(setup, { name: m.name, post: m.post, position: m.position, unitId: ids.get(m.unit)! });

  await loadPastPlan(ctx, coordinator, PLAN_2020);
  await createMeeting(as(MEETING_2020.heldOn), {
    ...MEETING_2020,
    decisions: MEETING_2020.decisions.map((d) => ({
      text: d.text,
      unitId: ids.get(d.unit)!,
      dueOn: d.dueOn,
    })),
    referredTaskIds: [],
  });
  const decision = await taskByCode(ctx, district.id, `${MEETING_2020.number}-01`);
  await closeTask(
    ctx,
    coordinator,
    decision,
    MEETING_2020.decisions[0]!.doneOn,
    '已形成示范创建任务清单并报委员会办公室。',
  );
  await loadPastPlan(ctx, coordinator, PLAN_2021);

  const year = Number(ctx.today.slice(0, 4));
  if (year > 2021) await loadCurrentYear(ctx, coordinator, district.id, year, ids);
}

async function unitIds(ctx: Ctx, districtId: string): Promise<Map<string, string>> {
  const rows = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.districtId, districtId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function taskByCode(ctx: Ctx, districtId: string, code: string): Promise<string> {
  const [row] = await ctx.db
    .select({ id: coordinationTasks.id })
    .from(coordinationTasks)
    .where(and(eq(coordinationTasks.districtId, districtId), eq(coordinationTasks.code, code)));
  if (!row) throw new Error(`coordination demo: no task ${code}`);
  return row.id;
}

async function importRows(ctx: Ctx, rows: TaskLedgerRow[]) {
  await importLedger(tasksLedger, ctx, { rows, rowNumbers: rows.map((_, i) => i + 2), errors: [] });
}

/** Completion report on its day, accepted two working days or so later (never after the year's end). */
async function closeTask(ctx: Ctx, actor: Actor, id: string, doneOn: IsoDate, text: string) {
  await fireTaskTransition(at(ctx, actor, doneOn), id, 'submit', { text, reportedOn: doneOn, links: [] });
  const acceptOn = minDay(plusDays(doneOn, 2), `${doneOn.slice(0, 4)}-12-31`);
  await fireTaskTransition(at(ctx, actor, acceptOn), id, 'accept', {});
}

async function loadPastPlan(ctx: Ctx, actor: Actor, plan: typeof PLAN_2020 | typeof PLAN_2021) {
  const districtId = actor.districtId;
  await importRows(at(ctx, actor, plan.assignedOn), rowsOf(plan as Plan));
  for (const [i, task] of plan.tasks.entries()) {
    const id = await taskByCode(ctx, districtId, taskCode(plan.year, i + 1));
    await closeTask(ctx, actor, id, task.doneOn, task.report);
  }
}

async function loadCurrentYear(
  ctx: Ctx,
  actor: Actor,
  districtId: string,
  year: number,
  ids: Map<string, string>,
) {
  const today = ctx.today;
  const start = `${year}-01-05`;
  const assignedOn = maxDay(start, plusDays(today, -130));
  /** A day `n` days from today, kept between the assignment and today. */
  const day = (n: number) => minDay(today, maxDay(assignedOn, plusDays(today, n)));
  const title = `${year}年于洪区法治政府建设工作要点`;
  const rows: TaskLedgerRow[] = CURRENT_TASKS.map((task, i) => ({
    code: taskCode(year, i + 1),
    year,
    planTitle: title,
    title: task.title,
    area: task.area,
    indicators: task.indicators,
    unit: task.unit,
    coUnits: task.coUnits,
    assignedOn,
    // This year's plan ends with the year: a task due "in 40 days" in December is due on 12-31.
    dueOn: minDay(`${year}-12-31`, maxDay(assignedOn, plusDays(today, task.due))),
    milestones: null,
    state: 'open',
    doneOn: null,
  }));
  await importRows(at(ctx, actor, assignedOn), rows);
  let referred: string | null = null;
  for (const [i, task] of CURRENT_TASKS.entries()) {
    const id = await taskByCode(ctx, districtId, taskCode(year, i + 1));
    const dueOn = rows[i]!.dueOn;
    if (await stepTask(ctx, actor, id, task, dueOn, day)) referred = id;
  }
  const heldOn = day(CURRENT_MEETING.held);
  await createMeeting(at(ctx, actor, heldOn), {
    kind: 'committee',
    number: `WYH${year}-1`,
    title: `于洪区法治建设委员会${year}年第一次会议`,
    heldOn,
    agenda: `一、听取${year}年工作要点落实情况汇报\n二、听取提请委员会督办事项情况\n三、研究部署法治政府建设示范创建迎检工作`,
    attendees: ['刘志强', '孙建国', '周文博', '陈立新', '高云峰', '马俊杰', '吴海涛'],
    absent: ['郑丽华'],
    minutes: `会议听取了${year}年工作要点落实情况，对逾期未完成、经约谈仍未整改到位的任务提请委员会研究，责成责任单位限期完成并书面报告。`,
    decisions: [
      {
        text: CURRENT_MEETING.decision,
        unitId: ids.get('区应急管理局')!,
        dueOn: plusDays(heldOn, CURRENT_MEETING.decisionDue),
      },
    ],
    referredTaskIds: referred ? [referred] : [],
  });
}

/** Takes one of this year's tasks through the steps its spec names, each on its day. True if it was referred. */
async function stepTask(
  ctx: Ctx,
  actor: Actor,
  id: string,
  task: CurrentTask,
  dueOn: IsoDate,
  day: (n: number) => IsoDate,
): Promise<boolean> {
  const fire = (transition: TaskTransition, on: IsoDate, input: unknown) =>
    fireTaskTransition(at(ctx, actor, on), id, transition, input);
  const report = (text: string, on: IsoDate) => ({ text, reportedOn: on, links: [] });
  if (task.progress !== undefined)
    await fire(
      'progress',
      day(task.progress),
      report('已制定工作方案，正在按计划推进。', day(task.progress)),
    );
  // The 督办 steps only where the task is behind on their day (a demo loaded early in a year has nothing to chase).
  const behind = (n: number) => day(n) > dueOn;
  let level = 0;
  if (task.remind !== undefined) {
    await fire('remind', day(task.remind), { note: '请抓紧推进并报送进展' });
    level = 1;
  }
  if (level === 1 && task.notice !== undefined && behind(task.notice)) {
    await fire('notice', day(task.notice), {
      documentNumber: `于法治办督〔${dueOn.slice(0, 4)}〕${10 + Math.abs(task.notice)}号`,
    });
    level = 2;
  }
  if (level === 2 && task.interview !== undefined && behind(task.interview)) {
    const on = day(task.interview);
    await fire('interview', on, {
      interviewedOn: on,
      interviewee: '单位主要负责人',
      record: '约谈单位主要负责人，指出任务逾期问题，要求制定整改措施、明确完成时间。',
    });
    level = 3;
  }
  if (task.answer !== undefined)
    await fire(
      'progress',
      day(task.answer),
      report('已按约谈要求制定整改措施，预计一个月内完成。', day(task.answer)),
    );
  if (level === 3 && task.refer !== undefined && behind(task.refer)) {
    await fire('refer', day(task.refer), { note: '经约谈仍未完成，提请委员会研究' });
    return true;
  }
  if (task.submit !== undefined) {
    await fire('submit', day(task.submit), report('任务已完成，相关制度文件已印发。', day(task.submit)));
    if (task.accept !== undefined) await fire('accept', day(task.accept), {});
  }
  return false;
}

const plusDays = (d: IsoDate, n: number) => fromDayNumber(toDayNumber(d) + n);
const maxDay = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const minDay = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
