/** Streams a ledger out as .csv, UTF-8 with a BOM so that Excel shows the Chinese correctly. */
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { csvFieldValue } from './export-values.js';
import type { Ledger } from './ledger.js';
import type { RowSource } from './write-xlsx.js';

/**
 * Writes the header and every row to `output`; resolves once `output` has finished. `pipeline` owns the
 * streams: a row source that throws rejects this promise once and destroys both streams — never a second,
 * unobserved rejection (one such took the whole server down: issue #11).
 */
export async function writeLedgerCsv<Row>(
  ledger: Ledger<Row>,
  rows: RowSource<Row>,
  output: Writable,
): Promise<void> {
  // Excel ends records with CRLF; a field holding a bare LF must still be quoted or Excel splits the row.
  const stringifier = stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  async function* records() {
    yield ledger.columns.map((column) => column.header);
    for await (const record of rows) {
      const source = record as Record<string, unknown>;
      yield ledger.columns.map((column) => csvFieldValue(column, source[column.key]));
    }
  }
  await pipeline(records, stringifier, output);
}
