/** Contracts every module shares: the page envelope, the list query, the ledger export query and import result. */
import { z } from './zod-setup.js';

/** The page of a list: the items, the total the filters select, and where the page stands. */
export function Page<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Paging of a list query; a module extends it with its filters. */
export const ListQuery = z.object({
  page: z.coerce.number().int().min(1, { message: '页码从 1 开始' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: '每页最多 200 条' }).default(20),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const LEDGER_FORMATS = ['xlsx', 'csv'] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

/** The `format` of a ledger export; the module's list filters come beside it. */
export const LedgerFormatField = z
  .enum(LEDGER_FORMATS, { message: '导出格式应为 xlsx 或 csv' })
  .default('xlsx');

/** What became of one data row of an imported file, named by its natural key (e.g. the 案件编号). */
export const IMPORT_ROW_OUTCOMES = ['created', 'updated', 'unchanged'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

export const ImportedRow = z.object({
  /** The spreadsheet row number as the user sees it. */
  row: z.number().int(),
  outcome: z.enum(IMPORT_ROW_OUTCOMES),
  /** The natural key as the sheet shows it (several columns joined by " / "); empty when the row had none. */
  key: z.string(),
});
export type ImportedRow = z.infer<typeof ImportedRow>;

/**
 * The answer of an accepted import (all or nothing: a rejected file answers 422 IMPORT_REJECTED instead).
 * `imported` counts the new records; re-importing the same file answers imported 0, every row unchanged.
 */
export const ImportResult = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rows: z.array(ImportedRow),
});
export type ImportResult = z.infer<typeof ImportResult>;
