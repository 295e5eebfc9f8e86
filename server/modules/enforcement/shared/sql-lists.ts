import { sql } from 'drizzle-orm';

/** `column IN ('a', 'b')` for a CHECK constraint from a dictionary's codes (codes are fixed identifiers). */
export const inList = (column: string, codes: readonly string[]) =>
  sql.raw(`${column} IN (${codes.map((c) => `'${c}'`).join(', ')})`);

/** The same, allowing NULL. */
export const nullOrInList = (column: string, codes: readonly string[]) =>
  sql.raw(`${column} IS NULL OR ${column} IN (${codes.map((c) => `'${c}'`).join(', ')})`);
