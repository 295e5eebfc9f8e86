/** How a stored ledger value appears in an exported sheet. */
import { enumLabel, type LedgerColumn } from './ledger.js';

export type XlsxCellValue = string | number | Date | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The xlsx cell for a value: numbers stay numbers, dates become date cells, codes become labels. */
export function xlsxCellValue<Row>(column: LedgerColumn<Row>, value: unknown): XlsxCellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return toNumberOrText(value);
    case 'date':
      return toDateCell(value);
    default:
      return displayText(column, value);
  }
}

/** The CSV field for a value; text that Excel would run as a formula is guarded with an apostrophe. */
export function csvFieldValue<Row>(column: LedgerColumn<Row>, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'date') {
    const cell = toDateCell(value);
    return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');
  }
  const text = displayText(column, value);
  // CSV injection: Excel evaluates a field starting with = + - @ (import strips the guard again).
  if ((column.type === 'string' || column.type === 'text') && /^[=+\-@\t\r]/.test(text)) return `'${text}`;
  return text;
}

function displayText<Row>(column: LedgerColumn<Row>, value: unknown): string {
  if (column.type === 'boolean' && typeof value === 'boolean') return value ? '是' : '否';
  if (column.type === 'enum') return enumLabel(column, String(value));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function toNumberOrText(value: unknown): number | string {
  if (typeof value === 'number') return value;
  const n = Number(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(n) ? n : String(value);
}

function toDateCell(value: unknown): Date | string | null {
  if (value instanceof Date) return value;
  const text = String(value);
  const m = ISO_DATE.exec(text.slice(0, 10));
  if (!m) return text;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
