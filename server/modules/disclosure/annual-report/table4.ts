/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): 15 figures in three groups of five, imported per unit until the
 * reconsideration and litigation modules keep the cases (decision 0033). Check: in each group 总计 = 结果维持 +
 * 结果纠正 + 其他结果 + 尚未审结 (legal-rules §2.4). The same 15 columns in both formats (§2.6).
 */
import {
  type ReportCheck,
  type ReportTableArgs,
  type ReportTableCell,
  type ReportTableResult,
  readImportedFigures,
  type ScopedFigure,
} from '../../../platform/reports/index.js';
import { absentCheck, header, importedCell } from './cells.js';

export const TABLE4_GROUPS = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigation_direct', label: '未经复议直接起诉' },
  { key: 'litigation_after_reconsideration', label: '复议后起诉' },
] as const;

export const TABLE4_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

const PARTS = TABLE4_RESULTS.filter((r) => r.key !== 'total');

/** `disclosure.table4.<group>_<result>`, e.g. `disclosure.table4.reconsideration_upheld`. */
export const table4FigureKey = (group: string, result: string) => `disclosure.table4.${group}_${result}`;

export interface Table4DataRow {
  group: string;
  label: string;
  /** By result (null = not imported). */
  values: Record<string, number | null>;
}

/** The template's header: 行政复议 (5) | 行政诉讼 (10: two groups of 5). */
export function table4Header(): ReportTableCell[][] {
  const [reconsideration, direct, after] = TABLE4_GROUPS;
  return [
    [header(reconsideration.label, { colSpan: 5 }), header('行政诉讼', { colSpan: 10 })],
    [
      ...TABLE4_RESULTS.map((r) => header(r.label, { rowSpan: 2 })),
      header(direct.label, { colSpan: 5 }),
      header(after.label, { colSpan: 5 }),
    ],
    [...TABLE4_RESULTS, ...TABLE4_RESULTS].map((r) => header(r.label)),
  ];
}

/** 总计 against its four parts, in each group where all five were imported. */
export function table4Checks(figures: ReadonlyMap<string, ScopedFigure>): ReportCheck[] {
  return TABLE4_GROUPS.flatMap((group) => {
    const value = (result: string) => figures.get(table4FigureKey(group.key, result))?.value;
    const parts = PARTS.map((p) => value(p.key));
    const total = value('total');
    if (total === undefined || parts.some((p) => p === undefined)) return [];
    const sum = parts.reduce((a: number, b) => a + b!, 0);
    if (sum === total) return [];
    return [
      {
        level: 'error' as const,
        message: `表四「${group.label}」总计 ${total} 不等于结果维持、结果纠正、其他结果、尚未审结之和 ${sum}`,
        keys: TABLE4_RESULTS.map((r) => table4FigureKey(group.key, r.key)),
      },
    ];
  });
}

/** Table 四 of the year for the unit's scope. */
export async function computeTable4(args: ReportTableArgs): Promise<ReportTableResult> {
  const keys = TABLE4_GROUPS.flatMap((g) => TABLE4_RESULTS.map((r) => table4FigureKey(g.key, r.key)));
  const figures = await readImportedFigures(args.db, args.scope, args.year, keys);
  const rows: Table4DataRow[] = TABLE4_GROUPS.map((g) => ({
    group: g.key,
    label: g.label,
    values: Object.fromEntries(
      TABLE4_RESULTS.map((r) => [r.key, figures.get(table4FigureKey(g.key, r.key))?.value ?? null]),
    ),
  }));
  const values = keys.map((key) => importedCell(key, 'count', figures.get(key), args.year));
  const absent = TABLE4_GROUPS.flatMap((g) =>
    TABLE4_RESULTS.filter((r) => !figures.has(table4FigureKey(g.key, r.key))).map((r) =>
      absentCheck('四', `${g.label} ${r.label}`, table4FigureKey(g.key, r.key)),
    ),
  );
  return { rows, layout: [...table4Header(), values], checks: [...absent, ...table4Checks(figures)] };
}
