/** Streams the rows of one worksheet out of an .xlsx file without loading the workbook. */
import type { Readable } from 'node:stream';
import type { CellInput } from './cell-values.js';
import { openUtf8SafeWorkbookReader } from './utf8-safe-reader.js';

export const INSTRUCTIONS_SHEET = '填写说明';

type RowSink = (rowNumber: number, cells: CellInput[]) => void;

interface SheetInfo {
  name: string;
}

interface ReaderInternals {
  model?: { sheets?: SheetInfo[] };
  properties?: { model?: { date1904?: boolean } };
}

/**
 * Feeds every row of the ledger's sheet to `sink` (the sheet named `sheetName`, else the first sheet that is
 * not the template's 填写说明). Returns whether the workbook uses the 1904 date system, known once rows start.
 */
export async function readXlsxRows(
  input: Readable,
  sheetName: string,
  onSheet: (info: { date1904: boolean }) => void,
  sink: RowSink,
): Promise<{ sheetFound: boolean }> {
  // Shared strings are cached (Excel's files need them to resolve cells); styles are cached so that date cells
  // arrive as dates rather than bare serial numbers.
  const reader = await openUtf8SafeWorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheetFound = false;
  for await (const worksheet of reader) {
    const internals = reader as unknown as ReaderInternals;
    const name = (worksheet as unknown as SheetInfo).name;
    if (sheetFound || !isLedgerSheet(name, sheetName, internals.model?.sheets)) continue;
    sheetFound = true;
    onSheet({ date1904: internals.properties?.model?.date1904 === true });
    for await (const row of worksheet) {
      sink(row.number, rowCells(row.values));
    }
  }
  return { sheetFound };
}

function isLedgerSheet(name: string, wanted: string, sheets: SheetInfo[] | undefined): boolean {
  if (name === wanted) return true;
  if (sheets?.some((s) => s.name === wanted)) return false;
  return name !== INSTRUCTIONS_SHEET;
}

/** exceljs row values are 1-based and may hold rich text, formulas, links and error objects. */
function rowCells(values: unknown): CellInput[] {
  const list = Array.isArray(values) ? values : [];
  const cells: CellInput[] = new Array(Math.max(0, list.length - 1));
  for (let i = 1; i < list.length; i++) cells[i - 1] = unwrap(list[i]);
  return cells;
}

function unwrap(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: string }) => part.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return unwrap(v.result);
  if (typeof v.error === 'string') return { error: v.error };
  if ('text' in v) return unwrap(v.text);
  return null;
}
