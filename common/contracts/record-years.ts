/** The years a ledger has records in, and the one a year picker opens on (docs/decisions/0026-demo-in-today-and-record-years.md). */
import { z } from './zod-setup.js';

export const RecordYears = z.object({
  /** Calendar years with at least one record in the reader's scope, newest first; never empty. */
  years: z.array(z.number().int()),
  /** The year the picker opens on: the most recent complete year with records, else the current one. */
  defaultYear: z.number().int(),
});
export type RecordYears = z.infer<typeof RecordYears>;

/**
 * The year a report or plan screen opens on: the most recent year before the current one that has records
 * (a complete year: its figures no longer move), or the current year when no earlier year has any.
 */
export function defaultRecordYear(yearsWithRecords: readonly number[], currentYear: number): number {
  const complete = yearsWithRecords.filter((y) => y < currentYear);
  return complete.length > 0 ? Math.max(...complete) : currentYear;
}

/**
 * The years a picker lists: those with records, newest first, with the default year among them (a
 * screen with no records yet still offers the current year).
 */
export function recordYearsOf(yearsWithRecords: readonly number[], currentYear: number): RecordYears {
  const defaultYear = defaultRecordYear(yearsWithRecords, currentYear);
  const years = [...new Set([...yearsWithRecords, defaultYear])].sort((a, b) => b - a);
  return { years, defaultYear };
}
