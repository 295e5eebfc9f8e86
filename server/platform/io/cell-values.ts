/** Turning one spreadsheet cell into a typed ledger value (import) and back (export). */
import type { LedgerColumn, LedgerValue } from './ledger.js';

/** A formula error cell such as #N/A or #REF!. */
export interface CellErrorValue {
  error: string;
}

/** What a reader hands over for one cell, already unwrapped from rich text, formulas and links. */
export type CellInput = string | number | boolean | Date | CellErrorValue | null | undefined;

/** A cell that could not be read; `message` is the zh-CN reason shown to the user. */
export class Invalid {
  constructor(readonly message: string) {}
}

export interface CellContext {
  /** Workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
  /** CSV files: a leading apostrophe guarding a formula character is ours to strip. */
  csv?: boolean;
  /** Per enum column: accepted text → code. */
  enumLookup?: ReadonlyMap<string, string>;
}

const MAX_LISTED_LABELS = 30;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Is the cell empty for import purposes (nothing, or only whitespace)? */
export function isBlankCell(input: CellInput): boolean {
  return input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
}

/** Reads one cell as the column's type; `null` for an empty optional cell, `Invalid` with a reason otherwise. */
export function parseCell<Row>(
  column: LedgerColumn<Row>,
  input: CellInput,
  ctx: CellContext,
): LedgerValue | Invalid {
  if (isBlankCell(input)) return column.required ? new Invalid('必填项为空') : null;
  if (typeof input === 'object' && input !== null && !(input instanceof Date)) {
    return new Invalid(`单元格内容有误：${input.error}`);
  }
  const cell = input as string | number | boolean | Date;
  switch (column.type) {
    case 'string':
    case 'text':
      return parseText(column, cell, ctx);
    case 'integer':
      return checkRange(column, parseNumber(cell, true));
    case 'decimal':
      return checkRange(column, parseNumber(cell, false));
    case 'date':
      return parseDate(cell, ctx);
    case 'boolean':
      return parseBoolean(cell);
    case 'enum':
      return parseEnum(column, cell, ctx);
  }
}

function parseText<Row>(column: LedgerColumn<Row>, cell: string | number | boolean | Date, ctx: CellContext) {
  let text: string;
  if (cell instanceof Date) text = isoFromUtcDate(cell);
  else if (typeof cell === 'boolean') text = cell ? '是' : '否';
  else text = String(cell).trim();
  if (ctx.csv && /^'[=+\-@\t\r]/.test(text)) text = text.slice(1);
  if (column.maxLength !== undefined) {
    const length = [...text].length;
    if (length > column.maxLength)
      return new Invalid(`超过最大长度 ${column.maxLength} 个字（实际 ${length} 个）`);
  }
  return detach(text);
}

/** Slice-string floor in V8: shorter substrings are copied anyway. */
const SLICED_STRING_MIN = 13;

/**
 * A copy that does not share memory with the reader's decoded XML chunk. A value V8 sliced out of a 64 KB chunk
 * keeps the whole chunk alive; kept for 100 k rows that more than doubled the import's heap.
 */
function detach(text: string): string {
  return text.length < SLICED_STRING_MIN ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** Full-width digits and signs, as a Chinese input method types them, read as ASCII. */
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．－＋，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function parseNumber(cell: string | number | boolean | Date, integer: boolean): number | Invalid {
  const kind = integer ? '整数' : '有效数字';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return new Invalid(`不是${kind}：${cell}`);
    if (integer && !Number.isSafeInteger(cell)) return new Invalid(`不是${kind}：${cell}`);
    return cell;
  }
  if (typeof cell !== 'string') return new Invalid(`不是${kind}：${displayOf(cell)}`);
  const raw = cell.trim();
  let text = toHalfWidth(raw);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  const value = Number(text);
  if (!pattern.test(text) || !Number.isFinite(value)) return new Invalid(`不是${kind}：${raw}`);
  if (integer && !Number.isSafeInteger(value)) return new Invalid(`不是${kind}：${raw}`);
  return value;
}

// PostgreSQL's integer: a larger count reached the database and gave 500 (issue #11). A column stored wider
// declares its own max.
const INTEGER_MAX = 2_147_483_647;

function checkRange<Row>(column: LedgerColumn<Row>, value: number | Invalid): number | Invalid {
  if (value instanceof Invalid) return value;
  const max = column.max ?? (column.type === 'integer' ? INTEGER_MAX : undefined);
  if (column.min !== undefined && value < column.min) return new Invalid(`不能小于 ${column.min}：${value}`);
  if (max !== undefined && value > max) return new Invalid(`不能大于 ${max}：${value}`);
  return value;
}

const DATE_PATTERNS = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})(年)(\d{1,2})月(\d{1,2})日$/,
];

function parseDate(cell: string | number | boolean | Date, ctx: CellContext): string | Invalid {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? new Invalid('不是有效日期') : isoFromUtcDate(cell);
  }
  if (typeof cell === 'number') return dateFromSerial(cell, ctx.date1904 === true);
  const text = toHalfWidth(String(cell).trim());
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const iso = isoIfValid(Number(m[1]), Number(m[3]), Number(m[4]));
      if (iso) return iso;
    }
  }
  return new Invalid(`不是有效日期：${String(cell).trim()}`);
}

/** Excel stores dates as days since 1899-12-30 (1900 system, with its fictitious 1900-02-29) or 1904-01-01. */
function dateFromSerial(serial: number, date1904: boolean): string | Invalid {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465)
    return new Invalid(`不是有效日期：${serial}`);
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  else if (days < 61) days += 1; // Excel's phantom 1900-02-29 shifts serials before March 1900
  const date = new Date(EXCEL_EPOCH_MS + days * DAY_MS);
  return isoFromUtcDate(date);
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The ISO date for y-m-d, or null when no such day exists (2021-02-29, 2021-04-31). */
export function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return isoFromUtcDate(probe);
}

function isoFromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const TRUE_TEXT = new Set(['是', 'true', '1']);
const FALSE_TEXT = new Set(['否', 'false', '0']);

function parseBoolean(cell: string | number | boolean | Date): boolean | Invalid {
  if (typeof cell === 'boolean') return cell;
  const text = String(cell).trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return new Invalid(`应填"是"或"否"：${displayOf(cell)}`);
}

function parseEnum<Row>(column: LedgerColumn<Row>, cell: string | number | boolean | Date, ctx: CellContext) {
  const text = typeof cell === 'string' ? cell.trim() : displayOf(cell);
  const code = ctx.enumLookup?.get(text);
  if (code !== undefined) return code;
  return new Invalid(`取值“${text}”不在允许范围：${allowedLabels(column)}`);
}

/** The labels an enum column accepts, for error messages and the template. */
export function allowedLabels<Row>(column: LedgerColumn<Row>): string {
  const labels = Object.values(column.dict ?? {});
  if (labels.length <= MAX_LISTED_LABELS) return labels.join('、');
  return `${labels.slice(0, MAX_LISTED_LABELS).join('、')}等${labels.length}项`;
}

function displayOf(cell: string | number | boolean | Date): string {
  if (cell instanceof Date) return isoFromUtcDate(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
