import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  CORRECTION_TARGETS,
  CORRECTIVE_OUTCOMES,
  CORRECTIVE_TASK_STATES,
  REVIEW_SOURCES,
} from '../../../common/contracts/corrections.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { correctionReviews, correctiveTasks } from './schema.js';
import { findTasksForExport } from './service/find-tasks.js';

/** The 纠错整改台账 as a coordinator keeps it: one row per corrective task. */
export interface TaskLedgerRow {
  number: string;
  source: string;
  sourceNumber: string;
  outcome: string;
  decidedOn: string;
  unit: string;
  targetKind: string;
  targetLabel: string;
  defect: string;
  dueOn: string;
  state: string;
  rectification: string | null;
  rectifiedOn: string | null;
  closedOn: string | null;
}

const dict = (entries: readonly { code: string; label: string }[]) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

export const taskLedger = defineLedger<TaskLedgerRow>({
  key: 'corrections.tasks',
  sheetName: '纠错整改台账',
  columns: [
    {
      key: 'number',
      header: '任务编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      example: 'ZG2024-0001',
    },
    {
      key: 'source',
      header: '纠错来源',
      type: 'enum',
      required: true,
      dict: dict(REVIEW_SOURCES),
      example: '行政诉讼',
    },
    {
      key: 'sourceNumber',
      header: '案号',
      type: 'string',
      required: true,
      maxLength: 80,
      example: '（2024）辽0114行初12号',
    },
    {
      key: 'outcome',
      header: '纠错结果',
      type: 'enum',
      required: true,
      dict: dict(CORRECTIVE_OUTCOMES),
      example: '撤销',
    },
    { key: 'decidedOn', header: '决定（判决）日期', type: 'date', required: true, example: '2024-05-20' },
    {
      key: 'unit',
      header: '责任单位',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区住房和城乡建设局',
    },
    {
      key: 'targetKind',
      header: '纠错对象类型',
      type: 'enum',
      required: true,
      dict: dict(CORRECTION_TARGETS),
      example: '行政决定',
    },
    {
      key: 'targetLabel',
      header: '纠错对象',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '于住建罚〔2024〕5号',
    },
    {
      key: 'defect',
      header: '存在问题',
      type: 'text',
      required: true,
      maxLength: 2000,
      example: '认定事实不清，证据不足',
    },
    { key: 'dueOn', header: '整改期限', type: 'date', required: true, example: '2024-07-19' },
    {
      key: 'state',
      header: '状态',
      type: 'enum',
      required: true,
      dict: dict(CORRECTIVE_TASK_STATES),
      example: '已办结',
    },
    {
      key: 'rectification',
      header: '整改情况',
      type: 'text',
      maxLength: 5000,
      example: '已重新调查取证并作出新的处理决定',
    },
    { key: 'rectifiedOn', header: '整改完成日期', type: 'date', example: '2024-07-01' },
    { key: 'closedOn', header: '办结日期', type: 'date', example: '2024-07-05' },
  ],
});

const TaskExportQuery = z.object({ format: LedgerFormatField });
type Prepared = { row: TaskLedgerRow; orgUnitId: string; districtId: string };

/** The ledger entry: export in scope; import creates past tasks, never changes one (it moves by its steps). */
export const tasksLedger: LedgerEntrySpec<TaskLedgerRow, z.output<typeof TaskExportQuery>, Prepared> = {
  key: 'corrections.tasks',
  ledger: taskLedger,
  title: '纠错整改台账',
  base: '/api/v1/corrections/tasks',
  tag: 'corrections',
  naturalKey: ['number'],
  export: {
    permission: 'corrections.view',
    query: TaskExportQuery,
    rows: async (ctx) => (await findTasksForExport(ctx)).map(toLedgerRow),
  },
  import: {
    permissions: ['corrections.import'],
    changed: '已登记的整改任务不能通过导入修改，请在整改任务页面办理',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx);
      const taken = await takenSourceNumbers(tx, ctx);
      return {
        create: (row) => checkRow(row, units, taken),
        write: (created) => writeTasks(tx, ctx, created),
      };
    },
  },
};

function toLedgerRow(task: Awaited<ReturnType<typeof findTasksForExport>>[number]): TaskLedgerRow {
  return {
    number: task.number,
    source: task.review.sourceKind,
    sourceNumber: task.review.sourceNumber,
    outcome: task.review.correctiveOutcome ?? '',
    decidedOn: task.review.decidedOn,
    unit: task.unitName,
    targetKind: task.targetKind,
    targetLabel: task.targetLabel,
    defect: task.defect,
    dueOn: task.dueOn,
    state: task.state,
    rectification: task.rectification,
    rectifiedOn: task.rectifiedOn,
    closedOn: task.closedOn,
  };
}

type Problems = FieldProblem<TaskLedgerRow>[];

/** A new row's problems, or what to write: the unit in scope, a case not already reviewed, a coherent state. */
function checkRow(
  row: TaskLedgerRow,
  units: Map<string, { id: string; districtId: string }>,
  taken: Set<string>,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = units.get(row.unit.trim());
  if (!unit) problems.push({ field: 'unit', message: `“${row.unit}”不是您管辖的单位` });
  if (taken.has(`${row.source}:${row.sourceNumber}`))
    problems.push({ field: 'sourceNumber', message: '该案号已登记复议或诉讼结果，不能再导入' });
  if (row.dueOn < row.decidedOn)
    problems.push({ field: 'dueOn', message: '整改期限不能早于决定（判决）日期' });
  const written = (row.rectification ?? '').trim() !== '';
  if (row.state !== 'open' && !written)
    problems.push({ field: 'rectification', message: '已提交或办结的任务须填写整改情况' });
  if (written && !row.rectifiedOn)
    problems.push({ field: 'rectifiedOn', message: '填写了整改情况的，须填写整改完成日期' });
  if (row.state === 'closed' && !row.closedOn)
    problems.push({ field: 'closedOn', message: '已办结的任务须填写办结日期' });
  if (row.state !== 'closed' && row.closedOn)
    problems.push({ field: 'closedOn', message: '未办结的任务不应填写办结日期' });
  if (row.rectifiedOn && row.rectifiedOn < row.decidedOn)
    problems.push({ field: 'rectifiedOn', message: '整改完成日期不能早于决定（判决）日期' });
  if (problems.length || !unit) return problems;
  return { row, orgUnitId: unit.id, districtId: unit.districtId };
}

async function unitsByName(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(and(orgScope(ctx.actor!, orgUnits.id), eq(orgUnits.districtId, ctx.actor!.districtId)));
  return new Map(rows.map((u) => [u.name, u]));
}

async function takenSourceNumbers(tx: Tx, ctx: Ctx): Promise<Set<string>> {
  const rows = await tx
    .select({ kind: correctionReviews.sourceKind, number: correctionReviews.sourceNumber })
    .from(correctionReviews)
    .where(eq(correctionReviews.districtId, ctx.actor!.districtId));
  return new Set(rows.map((r) => `${r.kind}:${r.number}`));
}

/** Inserts each past task with its review, and one audit event per task. */
async function writeTasks(tx: Tx, ctx: Ctx, created: Prepared[]) {
  const audits: AuditInput[] = [];
  for (const p of created) {
    const { row } = p;
    const [review] = await tx
      .insert(correctionReviews)
      .values({
        districtId: p.districtId,
        orgUnitId: p.orgUnitId,
        sourceKind: row.source,
        sourceNumber: row.sourceNumber,
        outcomeCode: row.outcome,
        correctiveOutcome: row.outcome,
        decidedOn: row.decidedOn,
      })
      .returning({ id: correctionReviews.id });
    const [task] = await tx
      .insert(correctiveTasks)
      .values({
        districtId: p.districtId,
        orgUnitId: p.orgUnitId,
        reviewId: review!.id,
        number: row.number,
        state: row.state,
        targetKind: row.targetKind,
        targetLabel: row.targetLabel,
        defect: row.defect,
        dueOn: row.dueOn,
        dueBasis: '台账导入',
        rectification: row.rectification,
        rectifiedOn: row.rectifiedOn,
        closedOn: row.closedOn,
        imported: true,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: correctiveTasks.id });
    audits.push({
      action: 'corrections.task.imported',
      subjectType: 'corrective_task',
      subjectId: task!.id,
      orgUnitId: p.orgUnitId,
      districtId: p.districtId,
      data: { number: row.number, sourceNumber: row.sourceNumber },
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}
