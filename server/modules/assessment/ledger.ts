/**
 * The indicator trees as a ledger (指标体系台账): one row per indicator of a version, keyed by 版本 + 指标编号.
 * A changed row updates the district's configuration (weights, targets, methods are the district's; decision
 * 0051 §2); hand scores already recorded stay as they were given.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DIRECTIONS, SCORING_METHODS } from '../../../common/contracts/assessment.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { assessmentIndicators as ind } from './schema.js';
import { indicatorRows } from './service/tree.js';
import { levelOf, parentOf, versionFile, versionFiles } from './service/versions.js';

export interface IndicatorLedgerRow {
  version: string;
  code: string;
  name: string;
  weight: number | null;
  method: string | null;
  metric: string | null;
  target: number | null;
  direction: string | null;
  perItem: number | null;
  unitScope: boolean;
  confirmed: boolean;
}

export const METHOD_LABELS: Record<(typeof SCORING_METHODS)[number], string> = {
  threshold: '达标得分',
  proportional: '按比例得分',
  deduction: '按件扣分',
  hand: '人工评分',
};
const DIRECTION_LABELS: Record<(typeof DIRECTIONS)[number], string> = {
  higher: '越高越好',
  lower: '越低越好',
};

export const indicatorLedger = defineLedger<IndicatorLedgerRow>({
  key: 'assessment.indicators',
  sheetName: '考评指标体系',
  columns: [
    {
      key: 'version',
      header: '版本代码',
      type: 'string',
      required: true,
      maxLength: 60,
      example: 'demonstration-2021',
    },
    {
      key: 'code',
      header: '指标编号',
      type: 'string',
      required: true,
      maxLength: 20,
      example: '4.1.1',
      note: '一级“4”、二级“4.1”、三级“4.1.1”',
    },
    {
      key: 'name',
      header: '指标名称',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '行政执法决定按期公示',
    },
    {
      key: 'weight',
      header: '分值',
      type: 'decimal',
      min: 0,
      max: 100,
      example: '10',
      note: '仅三级指标填写',
    },
    { key: 'method', header: '评分方法', type: 'enum', dict: METHOD_LABELS, example: '按比例得分' },
    {
      key: 'metric',
      header: '数据指标',
      type: 'string',
      maxLength: 80,
      example: 'enforcement.publication_on_time_rate',
      note: '自动评分的指标键（/api/v1/metrics）',
    },
    { key: 'target', header: '目标值', type: 'decimal', example: '1', note: '比率填 0–1' },
    { key: 'direction', header: '方向', type: 'enum', dict: DIRECTION_LABELS, example: '越高越好' },
    { key: 'perItem', header: '每件扣分', type: 'decimal', min: 0, example: '1' },
    { key: 'unitScope', header: '按单位评分', type: 'boolean', required: true, example: '是' },
    {
      key: 'confirmed',
      header: '内容已确认',
      type: 'boolean',
      required: true,
      example: '否',
      note: '否：文本为本区理解（未公开）',
    },
  ],
});

const Query = z.object({ format: LedgerFormatField, version: z.string().max(60).optional() });
type Prepared = { row: IndicatorLedgerRow; id?: string };

const toRow = (r: typeof ind.$inferSelect): IndicatorLedgerRow => ({
  version: r.versionCode,
  code: r.code,
  name: r.name,
  weight: r.level === 3 ? r.weight : null,
  method: r.method,
  metric: r.metricKey,
  target: r.target,
  direction: r.direction,
  perItem: r.perItem,
  unitScope: r.unitScope,
  confirmed: r.confirmed,
});

/** Every version's indicators of the actor's district (the tree is the district's, not a unit's). */
async function exportRows(ctx: Ctx, q: z.output<typeof Query>) {
  const codes = q.version ? [q.version] : versionFiles().map((f) => f.version);
  const lists = await Promise.all(codes.map((v) => indicatorRows(ctx.db, ctx.actor!.districtId, v)));
  return lists.flat().map(toRow);
}

type Problem = { field: keyof IndicatorLedgerRow & string; message: string };

/** What a row must say to be scored: a 三级 its method and weight, an automatic method its metric. */
function rowProblems(row: IndicatorLedgerRow, known: Set<string>): Problem[] {
  const problems: Problem[] = [];
  if (!versionFile(row.version))
    problems.push({ field: 'version', message: `没有版本“${row.version}”（data/indicators）` });
  if (!/^\d+(\.\d+){0,2}$/.test(row.code))
    problems.push({ field: 'code', message: '指标编号应为 1、1.1 或 1.1.1 的形式' });
  const parent = parentOf(row.code);
  if (parent && !known.has(`${row.version}|${parent}`))
    problems.push({ field: 'code', message: `上级指标 ${parent} 不存在（请先列出上级指标）` });
  if (levelOf(row.code) === 3) {
    if (!row.method) problems.push({ field: 'method', message: '三级指标须填写评分方法' });
    if (row.weight === null || row.weight <= 0)
      problems.push({ field: 'weight', message: '三级指标须填写分值' });
    if (row.method && row.method !== 'hand' && !row.metric)
      problems.push({ field: 'metric', message: '自动评分须填写数据指标' });
    if ((row.method === 'threshold' || row.method === 'proportional') && row.target === null)
      problems.push({ field: 'target', message: '须填写目标值' });
  } else if (row.method || row.weight) {
    problems.push({ field: 'method', message: '一级、二级指标的分值为下级之和，不填评分方法和分值' });
  }
  return problems;
}

function values(row: IndicatorLedgerRow) {
  const leaf = levelOf(row.code) === 3;
  return {
    level: levelOf(row.code),
    name: row.name,
    confirmed: row.confirmed,
    weight: leaf ? (row.weight ?? 0) : 0,
    method: leaf ? (row.method as (typeof SCORING_METHODS)[number]) : null,
    metricKey: leaf && row.method !== 'hand' ? row.metric : null,
    target: row.target,
    direction:
      (row.direction as (typeof DIRECTIONS)[number] | null) ??
      (leaf && row.method !== 'hand' && row.method !== 'deduction' ? 'higher' : null),
    perItem: row.perItem,
    unitScope: row.unitScope,
  };
}

/** Writes new and changed indicators with one audit event each. */
async function writeIndicators(tx: Tx, ctx: Ctx, created: Prepared[], changed: Prepared[]) {
  const actor = ctx.actor!;
  const root = actor.districtId;
  const inserted = created.length
    ? await tx
        .insert(ind)
        .values(
          created.map((p) => ({
            ...values(p.row),
            districtId: root,
            orgUnitId: root,
            versionCode: p.row.version,
            code: p.row.code,
          })),
        )
        .returning({ id: ind.id })
    : [];
  for (const p of changed)
    await tx
      .update(ind)
      .set({ ...values(p.row), updatedAt: ctx.now })
      .where(eq(ind.id, p.id!));
  const audit = (
    action: 'assessment.indicator.imported' | 'assessment.indicator.updated',
    id: string,
    row: IndicatorLedgerRow,
  ) => ({
    action,
    subjectType: 'assessment_indicator',
    subjectId: id,
    orgUnitId: root,
    districtId: root,
    after: row,
  });
  await recordAudits(tx, ctx, [
    ...inserted.map((r, i) => audit('assessment.indicator.imported', r.id, created[i]!.row)),
    ...changed.map((p) => audit('assessment.indicator.updated', p.id!, p.row)),
  ]);
  return {};
}

/** The ledger entry: export, template and import of the indicator trees (idempotent on 版本 + 指标编号). */
export const indicatorsLedger: LedgerEntrySpec<IndicatorLedgerRow, z.output<typeof Query>, Prepared> = {
  key: 'assessment.indicators',
  ledger: indicatorLedger,
  title: '考评指标体系',
  base: '/api/v1/assessment/indicators',
  tag: 'assessment',
  naturalKey: ['version', 'code'],
  export: { permission: 'assessment.export', query: Query, rows: exportRows },
  import: {
    permissions: ['assessment.manage'],
    changed: '',
    prepare: async (tx, ctx, rows) => {
      const versions = [...new Set(rows.map((r) => r.version))];
      const existing = versions.length
        ? await tx
            .select({ id: ind.id, version: ind.versionCode, code: ind.code })
            .from(ind)
            .where(and(eq(ind.districtId, ctx.actor!.districtId), inArray(ind.versionCode, versions)))
        : [];
      const ids = new Map(existing.map((e) => [`${e.version}|${e.code}`, e.id]));
      const known = new Set([...ids.keys(), ...rows.map((r) => `${r.version}|${r.code}`)]);
      const check = (row: IndicatorLedgerRow) => {
        const problems = rowProblems(row, known);
        return problems.length ? problems : { row, id: ids.get(`${row.version}|${row.code}`) };
      };
      return { create: check, change: check, write: (c, ch) => writeIndicators(tx, ctx, c, ch) };
    },
  },
};
