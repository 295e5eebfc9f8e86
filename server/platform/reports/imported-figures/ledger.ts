/**
 * The imported figures as a ledger (台账): .xlsx template, export and all-or-nothing import come from the
 * ledgers kit. Keyed by 机构代码 + 年度 + 指标代码: a re-imported file adds nothing; a changed value (a corrected
 * figure) is written with its before and after in the audit event.
 */
import { z } from 'zod';
import { LedgerFormatField } from '../../../../common/contracts/kit.js';
import { isInScope } from '../../authz/index.js';
import type { Actor, Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { defineLedger, type FieldProblem } from '../../io/index.js';
import { findOrgUnits, type OrgUnit } from '../../org/index.js';
import type { LedgerEntrySpec } from '../../ledgers/ledger-entry.js';
import { getImportedFigureDef, isFigureOfYear } from './define-figure.js';
import { findFigures, type PreparedFigure, writeFigures } from './figure-records.js';

export interface FigureLedgerRow {
  unitCode: string;
  unitName: string | null;
  year: number;
  figureKey: string;
  figureLabel: string | null;
  value: number;
  source: string;
  note: string | null;
}

const EXPORT_ONLY = '导出时填写，导入时忽略';

export const figureLedger = defineLedger<FigureLedgerRow>({
  key: 'reports.figures',
  sheetName: '年报导入数据',
  columns: [
    {
      key: 'unitCode',
      header: '机构代码',
      type: 'string',
      required: true,
      maxLength: 64,
      example: '210114-D22',
    },
    { key: 'unitName', header: '机构名称', type: 'string', maxLength: 100, note: EXPORT_ONLY },
    { key: 'year', header: '年度', type: 'integer', required: true, min: 2019, max: 2100, example: '2020' },
    {
      key: 'figureKey',
      header: '指标代码',
      type: 'string',
      required: true,
      maxLength: 120,
      example: 'disclosure.table2.licensing_decisions',
      note: '见“指标代码”说明：每个年报单元格一个代码',
    },
    { key: 'figureLabel', header: '指标名称', type: 'string', maxLength: 200, note: EXPORT_ONLY },
    { key: 'value', header: '数值', type: 'decimal', required: true, min: -1e12, max: 1e12, example: '128' },
    {
      key: 'source',
      header: '来源',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '省政务服务平台导出 2021-01-05',
    },
    { key: 'note', header: '备注', type: 'text', maxLength: 2000 },
  ],
});

const ExportQuery = z.object({
  format: LedgerFormatField,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** Why a figure cannot be taken (the field and the reason, zh-CN), or nothing. */
function figureProblems(row: FigureLedgerRow, unit: OrgUnit | undefined): FieldProblem<FigureLedgerRow>[] {
  const problems: FieldProblem<FigureLedgerRow>[] = [];
  if (!unit) problems.push({ field: 'unitCode', message: `机构代码 ${row.unitCode} 不在您可填报的机构中` });
  const def = getImportedFigureDef(row.figureKey.trim());
  if (!def) problems.push({ field: 'figureKey', message: `指标代码 ${row.figureKey} 不是可导入的年报指标` });
  else if (!isFigureOfYear(def, row.year))
    problems.push({ field: 'figureKey', message: `${def.label}不适用于 ${row.year} 年度的报告格式` });
  else if (def.unit === 'count' && (!Number.isInteger(row.value) || row.value < 0))
    problems.push({ field: 'value', message: `${def.label}是件数，应为非负整数` });
  else if (def.unit === 'change' && !Number.isInteger(row.value))
    problems.push({ field: 'value', message: `${def.label}应为整数（减少填负数）` });
  else if (def.unit === 'wan_yuan' && row.value < 0)
    problems.push({ field: 'value', message: `${def.label}不能为负数` });
  if (!row.source.trim()) problems.push({ field: 'source', message: '请填写数据来源' });
  return problems;
}

function prepared(row: FigureLedgerRow, unit: OrgUnit): PreparedFigure {
  return {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    year: row.year,
    figureKey: row.figureKey.trim(),
    value: row.value,
    source: row.source.trim(),
    note: row.note?.trim() || null,
  };
}

/** The units the actor may report figures for, by code. */
async function unitsByCode(tx: Tx, actor: Actor): Promise<Map<string, OrgUnit>> {
  const units = await findOrgUnits(tx, { districtId: actor.districtId });
  return new Map(
    units
      .filter((u) => isInScope(actor, { orgPath: u.path, districtId: u.districtId }))
      .map((u) => [u.code, u]),
  );
}

function check(row: FigureLedgerRow, units: Map<string, OrgUnit>) {
  const unit = units.get(row.unitCode.trim());
  const problems = figureProblems(row, unit);
  return problems.length > 0 || !unit ? problems : prepared(row, unit);
}

/** A declared figure's label, for the export. */
const labelOf = (key: string) => getImportedFigureDef(key)?.label ?? null;

export const figuresLedger: LedgerEntrySpec<FigureLedgerRow, z.output<typeof ExportQuery>, PreparedFigure> = {
  key: 'reports.figures',
  aliases: ['report-figures'],
  ledger: figureLedger,
  title: '年报导入数据',
  base: '/api/v1/reports/imported-figures',
  tag: 'reports',
  naturalKey: ['unitCode', 'year', 'figureKey'],
  exportOnly: ['unitName', 'figureLabel'],
  export: {
    permission: 'reports.read',
    query: ExportQuery,
    rows: async (ctx: Ctx, query) =>
      (await findFigures(ctx.db, ctx.actor!, { year: query.year })).map((f) => ({
        unitCode: f.unitCode,
        unitName: f.unitName,
        year: f.year,
        figureKey: f.figureKey,
        figureLabel: labelOf(f.figureKey),
        value: f.value,
        source: f.source,
        note: f.note,
      })),
  },
  import: {
    permissions: ['reports.import_figures'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsByCode(tx, ctx.actor!);
      return {
        create: (row) => check(row, units),
        change: (row) => check(row, units),
        write: async (created, changed) => {
          await writeFigures(tx, ctx, created, changed);
          return {};
        },
      };
    },
  },
};
