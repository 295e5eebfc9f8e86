/**
 * The cells of the report tables 二 and 四: a figure from the records links to its records; an imported one
 * shows its source; a figure nobody imported reads "—" with a warning naming it — never a silent 0
 * (decision 0033).
 */
import type {
  ImportedFigureUnit,
  ReportCheck,
  ReportTableCell,
  ScopedFigure,
} from '../../../platform/reports/index.js';

/** What an absent figure prints: the cell stays visibly empty until the figure is imported. */
export const ABSENT = '—';

/** 12 件; 万元 with up to four decimals as imported (12.35, not 12.3500). */
export function formatValue(value: number, unit: ImportedFigureUnit | 'count'): string {
  if (unit === 'wan_yuan') return String(Number(value.toFixed(4)));
  return String(value);
}

export const sourceNote = (figure: ScopedFigure) =>
  `来源：${figure.sources.join('；')}${figure.units > 1 ? `（${figure.units} 个单位合计）` : ''}`;

/** A cell taken from an import: its value and source, or "—" and why. */
export function importedCell(
  key: string,
  unit: ImportedFigureUnit,
  figure: ScopedFigure | undefined,
  year: number,
  extra: Partial<ReportTableCell> = {},
): ReportTableCell {
  const href = `/api/v1/reports/imported-figures?${new URLSearchParams({ year: String(year), key })}`;
  if (!figure) return { text: ABSENT, href, note: `未导入（指标代码 ${key}）`, ...extra };
  return {
    text: formatValue(figure.value, unit),
    figure: { key, value: figure.value },
    href,
    note: sourceNote(figure),
    ...extra,
  };
}

/** A cell computed from the records: a metric's breakdown cell with the link to the records behind it. */
export function metricCell(
  key: string,
  cell: string,
  value: number,
  period: { from: string; to: string },
  extra: Partial<ReportTableCell> = {},
): ReportTableCell {
  const query = new URLSearchParams({ from: period.from, to: period.to, cell });
  return {
    text: String(value),
    figure: { key, cell, value },
    href: `/api/v1/metrics/${key}/records?${query}`,
    ...extra,
  };
}

/** The warning of a figure the table needs and no unit in scope imported. */
export function absentCheck(table: string, label: string, key: string): ReportCheck {
  return {
    level: 'warning',
    message: `表${table}「${label}」尚无导入数据，表中显示“${ABSENT}”`,
    keys: [key],
  };
}

export const header = (text: string, extra: Partial<ReportTableCell> = {}): ReportTableCell => ({
  text,
  header: true,
  ...extra,
});
