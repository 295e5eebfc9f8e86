/** A row's natural key and the comparison of a file row with the record it names, as the sheet shows them. */
import type { Ledger, LedgerColumn } from '../io/index.js';

/** The natural key as the sheet shows it ("A-1", or "区市场监督管理局 / 标题 / 2020-03-01"); '' when empty. */
export function naturalKeyOf<Row>(row: Row, columns: readonly (keyof Row & string)[]): string {
  const parts = columns.map((c) => normalized(row[c]));
  if (parts.every((p) => p === null)) return '';
  return parts.map((p) => (p === null ? '' : String(p))).join(' / ');
}

/**
 * The headers of the columns where the file row differs from the record as exported. Both sides went the same
 * way (the export's mapping, masking included), so an exported file read back differs nowhere; blank vs
 * empty, surrounding spaces, line ends, number spellings ("12.50" vs 12.5) and a full value under its mask
 * are taken as equal.
 */
export function changedColumns<Row>(
  ledger: Ledger<Row>,
  exportOnly: ReadonlySet<string>,
  incoming: Row,
  before: Row,
): string[] {
  return ledger.columns
    .filter((c) => !exportOnly.has(c.key) && !sameValue(c, incoming[c.key], before[c.key]))
    .map((c) => c.header);
}

function sameValue<Row>(column: LedgerColumn<Row>, a: unknown, b: unknown): boolean {
  const x = normalized(a, column);
  const y = normalized(b, column);
  return x === y || (typeof x === 'string' && typeof y === 'string' && fitsMask(x, y));
}

/**
 * The export masks personal data (身份证号 2101**********1111, 电话 139****1111): the source file a ledger
 * was first imported from still holds the full value, which is the same value when it fits the mask.
 */
function fitsMask(full: string, masked: string): boolean {
  if (!masked.includes('*') || full.includes('*') || full.length !== masked.length) return false;
  for (let i = 0; i < full.length; i++) if (masked[i] !== '*' && masked[i] !== full[i]) return false;
  return true;
}

function normalized<Row>(value: unknown, column?: LedgerColumn<Row>): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const type = column?.type;
  if ((type === 'integer' || type === 'decimal') && value !== '' && Number.isFinite(Number(value)))
    return Number(value);
  const text = String(value).replace(/\r\n?/g, '\n').trim();
  if (text === '') return null;
  return type === 'date' ? text.slice(0, 10) : text;
}
