/**
 * Table 三 in the report: exactly the table `fazhi report disclosure-table3` computes (the same rows for the same
 * unit and format), laid out as the template merges it — the three-row header, the merged label cells — with
 * each number linked to the requests behind it, and its 勾稽 findings as the report's checks.
 * Basis: 国办公开办函〔2021〕30号 表三 (legal-rules §2.3); 〔2019〕60号 for the trial format (§2.6).
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { orgUnits } from '../../../platform/org/index.js';
import type {
  MetricScope,
  ReportCheck,
  ReportTableArgs,
  ReportTableCell,
  ReportTableResult,
} from '../../../platform/reports/index.js';
import { computeTable3 } from '../table3/compute.js';
import {
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  BALANCE_NOTE,
  LEGAL_PERSON_HEADER,
  TABLE3_COLUMNS,
  type Table3Format,
  TOTAL_COLUMN,
  table3Layout,
} from '../table3/layout.js';
import type { Table3Check, Table3Row } from '../table3/matrix.js';
import { header } from './cells.js';

/** The template's three header rows (10 columns: three label columns, six applicant types, 总计). */
export function table3Header(): ReportTableCell[][] {
  const legal = APPLICANT_COLUMNS.slice(1);
  return [
    [
      header(BALANCE_NOTE, { colSpan: 3, rowSpan: 3 }),
      header(APPLICANT_HEADER, { colSpan: APPLICANT_COLUMNS.length + 1 }),
    ],
    [
      header(APPLICANT_COLUMNS[0]!.label, { rowSpan: 2 }),
      header(LEGAL_PERSON_HEADER, { colSpan: legal.length }),
      header(TOTAL_COLUMN.label, { rowSpan: 2 }),
    ],
    legal.map((c) => header(c.label)),
  ];
}

/** The body rows: merged group labels where their span starts, the row's label, its seven values. */
export function table3Body(
  format: Table3Format,
  rows: readonly Table3Row[],
  hrefOf: (row: number, column: string) => string,
): ReportTableCell[][] {
  const layout = table3Layout(format);
  return layout.rows.map((layoutRow, i) => {
    const groups = layout.groups
      .filter((g) => g.firstRow === i)
      .sort((a, b) => a.col - b.col)
      .map((g) => ({ text: g.label, rowSpan: g.rowspan }));
    const label: ReportTableCell = {
      text: layoutRow.label,
      ...(layoutRow.labelSpan > 1 ? { colSpan: layoutRow.labelSpan } : {}),
    };
    const values = TABLE3_COLUMNS.map((column, c) => {
      const value = rows[i]?.values[c] ?? 0;
      return { text: String(value), href: hrefOf(i, column.key) };
    });
    return [...groups, label, ...values];
  });
}

/** The 勾稽 findings of table 三 as report checks (an unbalanced table 三 is an error in the report). */
export const table3Checks = (checks: readonly Table3Check[]): ReportCheck[] =>
  checks.map((c) => ({ level: 'error', message: `表三：${c.message}`, keys: ['disclosure.table3'] }));

/** The unit whose subtree the scope is (for the drill-down link), or none for the district. */
async function unitIdOf(db: Executor, scope: MetricScope): Promise<string | null> {
  if (!scope.orgPath) return null;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.path, scope.orgPath));
  return unit?.id ?? null;
}

/** Table 三 of the report's year, unit and format. */
export async function reportTable3(args: ReportTableArgs): Promise<ReportTableResult> {
  const format = (args.format === '2019' ? '2019' : '2021') as Table3Format;
  const table = await computeTable3(args.db, { year: args.year, format, scope: args.scope });
  const unit = await unitIdOf(args.db, args.scope);
  const hrefOf = (row: number, column: string) => {
    const query = new URLSearchParams({
      year: String(args.year),
      format,
      row: String(row),
      column,
      ...(unit ? { unit } : {}),
    });
    return `/api/v1/disclosure/table3/cells?${query}`;
  };
  // The 总计 of rows 一, 二 and 四: what the cross-report and year-to-year agreements compare (decision 0037).
  const total = (row: Table3Row | undefined) => row?.values.at(-1) ?? 0;
  return {
    rows: table.rows,
    layout: [...table3Header(), ...table3Body(format, table.rows, hrefOf)],
    checks: table3Checks(table.checks),
    figures: {
      'received:total': total(table.rows[0]),
      'carried_in:total': total(table.rows[1]),
      'carried_out:total': total(table.rows.at(-1)),
    },
  };
}
