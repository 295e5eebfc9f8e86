/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): 15 figures in three groups of five. A group comes from the records
 * when the module keeping those cases declares the group's metric (by key, through the kernel's registry: this
 * module imports nothing of reconsideration or litigation) and the records hold a case of the year, or nothing
 * was imported for it; otherwise from the imported figures (decision 0033; decision 0042 §10). Check: in each
 * group 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (legal-rules §2.4). The same 15 columns in both formats (§2.6).
 */
import {
  getMetricDef,
  type ReportCheck,
  type ReportTableArgs,
  type ReportTableCell,
  type ReportTableResult,
  readImportedFigures,
  type ScopedFigure,
} from '../../../platform/reports/index.js';
import { absentCheck, header, importedCell, metricCell } from './cells.js';

/**
 * The groups and the metric each is computed from when installed: breakdown cells upheld / corrected / other /
 * pending, value = 总计 (the agreement in /work/helpers/table4.md).
 */
export const TABLE4_GROUPS = [
  { key: 'reconsideration', label: '行政复议', metric: 'reconsideration.disclosure_table4' },
  { key: 'litigation_direct', label: '未经复议直接起诉', metric: 'litigation.disclosure_table4_direct' },
  {
    key: 'litigation_after_reconsideration',
    label: '复议后起诉',
    metric: 'litigation.disclosure_table4_after_reconsideration',
  },
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

type Group = (typeof TABLE4_GROUPS)[number];

/** A group's figures from its records, when its module is installed and the records or the lack of an import say so. */
async function groupFromRecords(
  args: ReportTableArgs,
  group: Group,
  imported: ReadonlyMap<string, ScopedFigure>,
): Promise<Record<string, number> | null> {
  const def = getMetricDef(group.metric);
  if (!def) return null;
  const result = await def.compute({ db: args.db, period: args.period, scope: args.scope });
  const anyImported = TABLE4_RESULTS.some((r) => imported.has(table4FigureKey(group.key, r.key)));
  if (result.value === 0 && anyImported) return null;
  const values: Record<string, number> = { total: result.value };
  for (const part of PARTS) values[part.key] = result.breakdown?.[part.key] ?? 0;
  return values;
}

/** Table 四 of the year for the unit's scope. */
export async function computeTable4(args: ReportTableArgs): Promise<ReportTableResult> {
  const keys = TABLE4_GROUPS.flatMap((g) => TABLE4_RESULTS.map((r) => table4FigureKey(g.key, r.key)));
  const imported = await readImportedFigures(args.db, args.scope, args.year, keys);
  // One group after another: the report engine runs inside a transaction with one connection (e9c6a2c).
  const fromRecords = new Map<string, Record<string, number>>();
  for (const g of TABLE4_GROUPS) {
    const values = await groupFromRecords(args, g, imported);
    if (values) fromRecords.set(g.key, values);
  }
  // The figures the checks see: the records' where they apply, the imports elsewhere.
  const figures = new Map(imported);
  for (const [group, values] of fromRecords)
    for (const r of TABLE4_RESULTS) {
      const key = table4FigureKey(group, r.key);
      figures.set(key, { value: values[r.key]!, sources: ['台账记录'], units: 1 });
    }
  const rows: Table4DataRow[] = TABLE4_GROUPS.map((g) => ({
    group: g.key,
    label: g.label,
    values: Object.fromEntries(
      TABLE4_RESULTS.map((r) => [r.key, figures.get(table4FigureKey(g.key, r.key))?.value ?? null]),
    ),
  }));
  const values = TABLE4_GROUPS.flatMap((g) =>
    TABLE4_RESULTS.map((r) => {
      const key = table4FigureKey(g.key, r.key);
      const own = fromRecords.get(g.key);
      if (!own) return importedCell(key, 'count', imported.get(key), args.year);
      // 总计 drills down to all the group's records; a part to its cell.
      if (r.key !== 'total') return metricCell(g.metric, r.key, own[r.key]!, args.period);
      const query = new URLSearchParams({ from: args.period.from, to: args.period.to });
      return {
        text: String(own.total),
        figure: { key: g.metric, value: own.total! },
        href: `/api/v1/metrics/${g.metric}/records?${query}`,
      };
    }),
  );
  const absent = TABLE4_GROUPS.filter((g) => !fromRecords.has(g.key)).flatMap((g) =>
    TABLE4_RESULTS.filter((r) => !imported.has(table4FigureKey(g.key, r.key))).map((r) =>
      absentCheck('四', `${g.label} ${r.label}`, table4FigureKey(g.key, r.key)),
    ),
  );
  return { rows, layout: [...table4Header(), values], checks: [...absent, ...table4Checks(figures)] };
}
