/** Turns a sheet's raw rows into ledger rows, collecting every problem instead of stopping at the first. */
import { type CellContext, type CellInput, Invalid, isBlankCell, parseCell } from './cell-values.js';
import type { Ledger, LedgerColumn, LedgerValue } from './ledger.js';

/** One problem in an uploaded file, as the user finds it in Excel. */
export interface ImportRowError {
  /** The spreadsheet row number as the user sees it (the header is row 1 unless a title sits above it). */
  row: number;
  /** The zh-CN column header (several joined by 、 for header problems; empty for whole-file problems). */
  column: string;
  /** The zh-CN reason. */
  message: string;
}

export interface ParsedLedger<Row> {
  /** The rows without any problem, in file order. */
  rows: Row[];
  /** The spreadsheet row number of each entry of `rows`. */
  rowNumbers: number[];
  errors: ImportRowError[];
}

export interface CollectOptions {
  onProgress?: (rowsRead: number) => void;
  /** How often onProgress fires, in data rows. */
  progressEvery?: number;
  /** Data rows accepted (default MAX_IMPORT_ROWS). */
  maxRows?: number;
}

/** How many non-blank rows may precede the header (a title, a note) before we give up looking. */
const HEADER_SEARCH_ROWS = 10;
/** Problems listed one by one; beyond, one line counts the rest (a junk file gave a 692 MB answer: #11). */
export const MAX_LISTED_ERRORS = 500;
/** Data rows one import may hold; a larger ledger is imported in parts. */
export const MAX_IMPORT_ROWS = 100_000;

/** Header text as typed: full-width spaces, line breaks, and a required-marker asterisk are not part of the name. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .trim();
}

export class RowCollector<Row> {
  private readonly rows: Row[] = [];
  private readonly rowNumbers: number[] = [];
  private readonly errors: ImportRowError[] = [];
  /** Sheet column index → ledger column, once the header row is known. */
  private mapping: (LedgerColumn<Row> | null)[] | null = null;
  private contexts: CellContext[] = [];
  private absent: LedgerColumn<Row>[] = [];
  private rowsBeforeHeader = 0;
  private dataRows = 0;
  private unlisted = 0;
  private readonly seen = new Map<string, Map<LedgerValue, number>>();
  private readonly headers: Map<string, LedgerColumn<Row>>;

  constructor(
    private readonly ledger: Ledger<Row>,
    private readonly cellContext: CellContext,
    private readonly options: CollectOptions = {},
  ) {
    this.headers = new Map([...ledger.columns].map((c) => [normalizeHeader(c.header), c]));
    for (const column of ledger.columns) if (column.unique) this.seen.set(column.key, new Map());
  }

  /** Feeds one sheet row; `cells[0]` is column A. */
  accept(rowNumber: number, cells: readonly CellInput[]): void {
    if (this.mapping === null) {
      this.lookForHeader(rowNumber, cells);
      return;
    }
    if (this.isBlankRow(cells)) return;
    const maxRows = this.options.maxRows ?? MAX_IMPORT_ROWS;
    if (++this.dataRows > maxRows) {
      if (this.dataRows === maxRows + 1) this.fail(`文件超过 ${maxRows} 行数据，请拆分后分批导入`);
      return;
    }
    const every = this.options.progressEvery ?? 1000;
    if (this.options.onProgress && this.dataRows % every === 0) this.options.onProgress(this.dataRows);
    this.acceptData(rowNumber, cells);
  }

  /** Records a whole-file problem (unreadable file and the like). */
  fail(message: string): void {
    this.report({ row: 1, column: '', message });
  }

  finish(): ParsedLedger<Row> {
    if (this.mapping === null && this.errors.length === 0) {
      const expected = this.ledger.columns.map((c) => c.header).join('、');
      this.fail(`未找到表头行：文件中没有与模板一致的列名（应包含：${expected}）`);
    }
    this.options.onProgress?.(this.dataRows);
    if (this.unlisted > 0) {
      const last = this.errors[this.errors.length - 1]?.row ?? 1;
      this.errors.push({ row: last, column: '', message: `…及其他 ${this.unlisted} 处问题未逐一列出` });
    }
    return { rows: this.rows, rowNumbers: this.rowNumbers, errors: this.errors };
  }

  private report(error: ImportRowError): void {
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(error);
    else this.unlisted++;
  }

  private lookForHeader(rowNumber: number, cells: readonly CellInput[]): void {
    if (cells.every(isBlankCell) || this.rowsBeforeHeader >= HEADER_SEARCH_ROWS) return;
    this.rowsBeforeHeader++;
    const texts = cells.map((c) => (typeof c === 'string' ? normalizeHeader(c) : ''));
    if (!texts.some((t) => this.headers.has(t))) return;
    this.mapping = this.mapHeader(rowNumber, cells, texts);
    this.contexts = this.mapping.map((column) => ({
      ...this.cellContext,
      enumLookup: column ? this.ledger.enumLookup.get(column.key) : undefined,
    }));
  }

  private mapHeader(rowNumber: number, cells: readonly CellInput[], texts: string[]) {
    const mapping: (LedgerColumn<Row> | null)[] = [];
    const found = new Set<LedgerColumn<Row>>();
    const unknown: string[] = [];
    texts.forEach((text, index) => {
      const column = this.headers.get(text) ?? null;
      mapping[index] = null;
      if (column && found.has(column)) {
        this.report({ row: rowNumber, column: column.header, message: '列名重复，请只保留一列' });
      } else if (column) {
        mapping[index] = column;
        found.add(column);
      } else if (!isBlankCell(cells[index])) {
        unknown.push(String(cells[index]).trim());
      }
    });
    if (unknown.length > 0) {
      const joined = unknown.join('、');
      this.report({
        row: rowNumber,
        column: joined,
        message: `无法识别的列：${joined}；请使用导入模板中的列名`,
      });
    }
    this.absent = this.ledger.columns.filter((c) => !found.has(c));
    const missing = this.absent.filter((c) => c.required).map((c) => c.header);
    if (missing.length > 0) {
      const joined = missing.join('、');
      this.report({ row: rowNumber, column: joined, message: `缺少必填列：${joined}` });
    }
    return mapping;
  }

  private isBlankRow(cells: readonly CellInput[]): boolean {
    const mapping = this.mapping ?? [];
    for (let i = 0; i < cells.length; i++) if (mapping[i] && !isBlankCell(cells[i])) return false;
    return true;
  }

  private acceptData(rowNumber: number, cells: readonly CellInput[]): void {
    const mapping = this.mapping ?? [];
    const row: Record<string, LedgerValue> = {};
    let ok = true;
    for (let i = 0; i < mapping.length; i++) {
      const column = mapping[i];
      if (!column) continue;
      const value = parseCell(column, cells[i], this.contexts[i] ?? this.cellContext);
      if (value instanceof Invalid) {
        this.report({ row: rowNumber, column: column.header, message: value.message });
        ok = false;
      } else if (!this.checkUnique(rowNumber, column, value)) {
        ok = false;
      } else {
        row[column.key] = value;
      }
    }
    // A missing required column was reported once at the header; its cells are not repeated per row.
    for (const column of this.absent) row[column.key] = null;
    if (!ok) return;
    this.rows.push(row as Row);
    this.rowNumbers.push(rowNumber);
  }

  private checkUnique(rowNumber: number, column: LedgerColumn<Row>, value: LedgerValue): boolean {
    const seen = this.seen.get(column.key);
    if (!seen || value === null) return true;
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, rowNumber);
      return true;
    }
    this.report({
      row: rowNumber,
      column: column.header,
      message: `与第 ${first} 行重复：${String(value)}`,
    });
    return false;
  }
}
