/**
 * Table 二 (主动公开政府信息情况) of a year for a unit's scope: 行政处罚 / 行政强制 decisions from the enforcement
 * records (through the metrics registry), every other cell from the imported figures with their source.
 * Check: 现行有效件数 = last year's + 本年制发 − 本年废止 (practice, legal-rules §2.2), when last year's is known.
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
import { absentCheck, formatValue, header, importedCell, metricCell } from './cells.js';
import {
  type CellSource,
  TABLE2_VALUE_COLUMNS,
  type Table2Block,
  table2Blocks,
  table2FigureKey,
} from './table2-layout.js';

/** One row of the JSON: the clause, the row and its values by column (null = not imported). */
export interface Table2DataRow {
  clause: string;
  item: string;
  label: string;
  values: Record<string, number | null>;
  /** The import sources of the row's imported values, by column. */
  sources: Record<string, string[]>;
}

const importedKeys = (blocks: readonly Table2Block[]) =>
  blocks.flatMap((b) => b.rows.flatMap((r) => r.cells.flatMap((c) => ('imported' in c ? [c.imported] : []))));
const metricKeys = (blocks: readonly Table2Block[]) => [
  ...new Set(
    blocks.flatMap((b) => b.rows.flatMap((r) => r.cells.flatMap((c) => ('metric' in c ? [c.metric] : [])))),
  ),
];

/** The metrics the table reads, computed once for the scope and year (an uninstalled module's: absent). */
async function metricBreakdowns(args: ReportTableArgs, keys: readonly string[]) {
  const found = new Map<string, Record<string, number>>();
  for (const key of keys) {
    const def = getMetricDef(key);
    if (!def) continue;
    const result = await def.compute({ db: args.db, period: args.period, scope: args.scope });
    found.set(key, result.breakdown ?? {});
  }
  return found;
}

interface Sources {
  imported: Map<string, ScopedFigure>;
  metrics: Map<string, Record<string, number>>;
}

/** The value of a cell (null when nobody imported it or its module is not installed). */
function cellValue(source: CellSource, sources: Sources): number | null {
  if ('imported' in source) return sources.imported.get(source.imported)?.value ?? null;
  const breakdown = sources.metrics.get(source.metric);
  return breakdown ? (breakdown[source.cell] ?? 0) : null;
}

function cellOf(source: CellSource, sources: Sources, args: ReportTableArgs, span: number): ReportTableCell {
  const extra = span > 1 ? { colSpan: span } : {};
  if ('imported' in source)
    return importedCell(
      source.imported,
      source.unit,
      sources.imported.get(source.imported),
      args.year,
      extra,
    );
  const value = cellValue(source, sources);
  if (value === null) return { text: '—', note: `${source.metric} 所属模块未安装`, ...extra };
  return metricCell(source.metric, source.cell, value, args.period, extra);
}

/** The last column of a narrower block spans what is left of the table's width. */
const spanOf = (block: Table2Block, i: number) =>
  i === block.columns.length - 1 ? TABLE2_VALUE_COLUMNS - block.columns.length + 1 : 1;

function blockLayout(block: Table2Block, sources: Sources, args: ReportTableArgs): ReportTableCell[][] {
  const spanned = (i: number) => (spanOf(block, i) > 1 ? { colSpan: spanOf(block, i) } : {});
  return [
    [header(block.clause, { colSpan: TABLE2_VALUE_COLUMNS + 1 })],
    [header('信息内容'), ...block.columns.map((c, i) => header(c.label, spanned(i)))],
    ...block.rows.map((row) => [
      { text: row.label },
      ...row.cells.map((source, i) => cellOf(source, sources, args, spanOf(block, i))),
    ]),
  ];
}

function dataRows(blocks: readonly Table2Block[], sources: Sources): Table2DataRow[] {
  return blocks.flatMap((block) =>
    block.rows.map((row) => {
      const values: Record<string, number | null> = {};
      const origin: Record<string, string[]> = {};
      row.cells.forEach((source, i) => {
        const column = block.columns[i]!.key;
        values[column] = cellValue(source, sources);
        if ('imported' in source) {
          const found = sources.imported.get(source.imported);
          if (found) origin[column] = found.sources;
        }
      });
      return { clause: block.clause, item: row.key, label: row.label, values, sources: origin };
    }),
  );
}

function absentChecks(blocks: readonly Table2Block[], sources: Sources): ReportCheck[] {
  return blocks.flatMap((block) =>
    block.rows.flatMap((row) =>
      row.cells.flatMap((source, i) =>
        'imported' in source && !sources.imported.has(source.imported)
          ? [absentCheck('二', `${row.label} ${block.columns[i]!.label}`, source.imported)]
          : [],
      ),
    ),
  );
}

const IN_FORCE_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normative_documents', label: '行政规范性文件' },
];

/**
 * 现行有效件数 carried forward: last year's + 本年制发 − 本年废止 (2021 format; last year's must be imported too,
 * so the first year of the format has nothing to compare with).
 */
export function inForceChecks(
  current: ReadonlyMap<string, ScopedFigure>,
  previous: ReadonlyMap<string, ScopedFigure>,
): ReportCheck[] {
  return IN_FORCE_ROWS.flatMap(({ key, label }) => {
    const k = (column: string) => table2FigureKey(key, column);
    const [before, issued, repealed, now] = [
      previous.get(k('in_force'))?.value,
      current.get(k('issued'))?.value,
      current.get(k('repealed'))?.value,
      current.get(k('in_force'))?.value,
    ];
    if ([before, issued, repealed, now].some((v) => v === undefined)) return [];
    const expected = before! + issued! - repealed!;
    if (expected === now) return [];
    return [
      {
        level: 'warning' as const,
        message:
          `表二「${label}」现行有效件数 ${formatValue(now!, 'count')} 与上年现行有效 ${before} + 本年制发 ${issued}` +
          ` − 本年废止 ${repealed} = ${expected} 不符`,
        keys: [k('in_force'), k('issued'), k('repealed')],
      },
    ];
  });
}

/** Table 二 of the year in the template's format, with its checks. */
export async function computeTable2(args: ReportTableArgs): Promise<ReportTableResult> {
  const blocks = table2Blocks(args.format);
  const keys = importedKeys(blocks);
  const sources: Sources = {
    imported: await readImportedFigures(args.db, args.scope, args.year, keys),
    metrics: await metricBreakdowns(args, metricKeys(blocks)),
  };
  const checks = absentChecks(blocks, sources);
  if (args.format !== '2019') {
    const inForce = IN_FORCE_ROWS.map((r) => table2FigureKey(r.key, 'in_force'));
    const previous = await readImportedFigures(args.db, args.scope, args.year - 1, inForce);
    checks.push(...inForceChecks(sources.imported, previous));
  }
  return {
    rows: dataRows(blocks, sources),
    layout: blocks.flatMap((b) => blockLayout(b, sources, args)),
    checks,
  };
}
