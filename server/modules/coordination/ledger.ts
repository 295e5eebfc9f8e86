import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { PLAN_AREAS, TASK_STATES } from '../../../common/contracts/coordination.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { coordinationPlans, coordinationTasks } from './schema.js';
import { findTasksForExport } from './service/queries.js';
import { unitNames } from './service/records.js';
import { ensurePlan } from './service/writes.js';

/** The 工作要点任务台账: one row per task (the .docx import produces the same rows). */
export interface TaskLedgerRow {
  code: string;
  year: number;
  planTitle: string;
  title: string;
  area: string | null;
  indicators: string | null;
  unit: string;
  coUnits: string | null;
  assignedOn: string;
  dueOn: string;
  milestones: string | null;
  state: string;
  doneOn: string | null;
}

const dict = (entries: readonly { code: string; label: string }[]) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

/** Lists in one cell are separated by 、 ， , ； or ; (as a plan writes them). */
export const splitList = (cell: string | null) =>
  (cell ?? '')
    .split(/[、，,；;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Milestones in one cell: `2026-03-31 制定方案；2026-06-30 完成评估`. */
export function parseMilestones(cell: string | null): { on: string; text: string }[] | null {
  const parts = (cell ?? '')
    .split(/[；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: { on: string; text: string }[] = [];
  for (const part of parts) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*(.+)$/.exec(part);
    if (!m) return null;
    out.push({ on: m[1]!, text: m[2]! });
  }
  return out;
}

const milestoneCell = (ms: { on: string; text: string }[]) =>
  ms.length ? ms.map((x) => `${x.on} ${x.text}`).join('；') : null;

export const taskLedger = defineLedger<TaskLedgerRow>({
  key: 'coordination.tasks',
  sheetName: '工作要点任务台账',
  columns: [
    {
      key: 'code',
      header: '任务编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      example: 'GZ2026-01',
    },
    { key: 'year', header: '年度', type: 'integer', required: true, example: '2026' },
    {
      key: 'planTitle',
      header: '工作要点名称',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '2026年于洪区法治政府建设工作要点',
    },
    {
      key: 'title',
      header: '任务内容',
      type: 'text',
      required: true,
      maxLength: 500,
      example: '完善重大行政决策程序目录管理',
    },
    { key: 'area', header: '纲要领域', type: 'enum', dict: dict(PLAN_AREAS), example: '行政决策制度体系' },
    { key: 'indicators', header: '对应指标', type: 'string', maxLength: 200, example: '3.1.2、3.2.1' },
    { key: 'unit', header: '牵头单位', type: 'string', required: true, maxLength: 100, example: '区司法局' },
    {
      key: 'coUnits',
      header: '配合单位',
      type: 'string',
      maxLength: 500,
      example: '区政府办公室、区发展和改革局',
    },
    { key: 'assignedOn', header: '下达日期', type: 'date', required: true, example: '2026-02-20' },
    { key: 'dueOn', header: '完成时限', type: 'date', required: true, example: '2026-06-30' },
    {
      key: 'milestones',
      header: '时间节点',
      type: 'text',
      maxLength: 2000,
      example: '2026-03-31 制定方案；2026-06-30 完成',
    },
    { key: 'state', header: '状态', type: 'enum', dict: dict(TASK_STATES), example: '办理中' },
    { key: 'doneOn', header: '办结日期', type: 'date', example: '' },
  ],
});

const TaskExportQuery = z.object({
  format: LedgerFormatField,
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
});

export type PreparedTask = {
  row: TaskLedgerRow;
  orgUnitId: string;
  coUnitIds: string[];
  milestones: { on: string; text: string }[];
};

/** Lookups of units by full and short name, in the importer's scope. */
export async function unitLookup(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName })
    .from(orgUnits)
    .where(and(orgScope(ctx.actor!, orgUnits.id), eq(orgUnits.districtId, ctx.actor!.districtId)));
  const map = new Map<string, string>();
  for (const u of rows) {
    map.set(u.name, u.id);
    if (u.shortName && !map.has(u.shortName)) map.set(u.shortName, u.id);
  }
  return map;
}

type Problems = FieldProblem<TaskLedgerRow>[];

/** A new row's problems, or the task to create: known units, dates in order, readable milestones. */
export function checkTaskRow(row: TaskLedgerRow, units: Map<string, string>): Problems | PreparedTask {
  const problems: Problems = [];
  const unit = units.get(row.unit.trim());
  if (!unit) problems.push({ field: 'unit', message: `“${row.unit}”不是本区的单位` });
  const coUnitIds: string[] = [];
  for (const name of splitList(row.coUnits)) {
    const id = units.get(name);
    if (!id) problems.push({ field: 'coUnits', message: `配合单位“${name}”不是本区的单位` });
    else if (id !== unit) coUnitIds.push(id);
  }
  if (row.dueOn < row.assignedOn) problems.push({ field: 'dueOn', message: '完成时限不能早于下达日期' });
  // A plan is issued in its year or at the end of the year before (the 2021 plan: 2021-01; a 2027 plan: 2026-12).
  const issuedYear = Number(row.assignedOn.slice(0, 4));
  if (issuedYear !== row.year && issuedYear !== row.year - 1)
    problems.push({ field: 'assignedOn', message: '下达日期应在任务所属年度或上一年度内' });
  const milestones = parseMilestones(row.milestones);
  if (!milestones)
    problems.push({ field: 'milestones', message: '时间节点应写作“YYYY-MM-DD 内容”，多个以分号分隔' });
  if (problems.length || !unit || !milestones) return problems;
  return { row, orgUnitId: unit, coUnitIds: [...new Set(coUnitIds)], milestones };
}

/** Writes the checked tasks under their year's plan, with one audit event each. */
export async function writeTasks(tx: Tx, ctx: Ctx, created: PreparedTask[]) {
  const districtId = ctx.actor!.districtId;
  const plans = new Map<number, string>();
  const audits: AuditInput[] = [];
  for (const p of created) {
    const { row } = p;
    if (!plans.has(row.year))
      plans.set(row.year, await ensurePlan(tx, ctx, { year: row.year, title: row.planTitle }));
    const [task] = await tx
      .insert(coordinationTasks)
      .values({
        districtId,
        orgUnitId: p.orgUnitId,
        code: row.code,
        year: row.year,
        planId: plans.get(row.year)!,
        title: row.title,
        area: row.area,
        indicatorCodes: splitList(row.indicators),
        coUnitIds: p.coUnitIds,
        milestones: p.milestones,
        assignedOn: row.assignedOn,
        lastActivityOn: row.assignedOn,
        dueOn: row.dueOn,
        state: 'open',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: coordinationTasks.id });
    audits.push({
      action: 'coordination.task.imported',
      subjectType: 'coordination_task',
      subjectId: task!.id,
      orgUnitId: p.orgUnitId,
      districtId,
      data: { code: row.code, year: row.year },
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}

/** The ledger entry: export in scope; import creates tasks, never changes one (it moves by its steps). */
export const tasksLedger: LedgerEntrySpec<TaskLedgerRow, z.output<typeof TaskExportQuery>, PreparedTask> = {
  key: 'coordination.tasks',
  ledger: taskLedger,
  title: '工作要点任务台账',
  base: '/api/v1/coordination/tasks',
  tag: 'coordination',
  naturalKey: ['code'],
  exportOnly: ['state', 'doneOn'],
  export: {
    permission: 'coordination.view',
    query: TaskExportQuery,
    rows: async (ctx, query) => {
      const tasks = await findTasksForExport(ctx, query.year);
      const names = await unitNames(
        ctx.db,
        tasks.flatMap((x) => x.coUnitIds),
      );
      const plans = await planTitles(ctx);
      return tasks.map((x) => ({
        code: x.code,
        year: x.year,
        planTitle: plans.get(x.year) ?? `${x.year}年法治政府建设工作要点`,
        title: x.title,
        area: x.area,
        indicators: x.indicatorCodes.length ? x.indicatorCodes.join('、') : null,
        unit: x.unitName,
        coUnits: x.coUnitIds.length ? x.coUnitIds.map((id) => names.get(id) ?? id).join('、') : null,
        assignedOn: x.assignedOn,
        dueOn: x.dueOn,
        milestones: milestoneCell(x.milestones),
        state: x.state,
        doneOn: x.doneOn,
      }));
    },
  },
  import: {
    permissions: ['coordination.manage'],
    changed: '已下达的任务不能通过导入修改，请在任务页面办理',
    prepare: async (tx, ctx) => {
      const units = await unitLookup(tx, ctx);
      return {
        create: (row) => checkTaskRow(row, units),
        write: (created) => writeTasks(tx, ctx, created),
      };
    },
  },
};

async function planTitles(ctx: Ctx): Promise<Map<number, string>> {
  const rows = await ctx.db
    .select({ year: coordinationPlans.year, title: coordinationPlans.title })
    .from(coordinationPlans)
    .where(eq(coordinationPlans.districtId, ctx.actor!.districtId));
  return new Map(rows.map((r) => [r.year, r.title]));
}
