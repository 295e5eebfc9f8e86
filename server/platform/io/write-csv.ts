/** Streams a ledger out as .csv, UTF-8 with a BOM so that Excel shows the Chinese correctly. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { csvFieldValue } from './export-values.js';
import type { Ledger } from './ledger.js';
import type { RowSource } from './write-xlsx.js';

/** Writes the header and every row to `output`, honouring back-pressure; resolves once `output` has finished. */
export async function writeLedgerCsv<Row>(
  ledger: Ledger<Row>,
  rows: RowSource<Row>,
  output: Writable,
): Promise<void> {
  // Excel ends records with CRLF; a field holding a bare LF must still be quoted or Excel splits the row.
  const stringifier = stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    stringifier.once('error', reject);
  });
  stringifier.pipe(output);
  const write = async (record: string[]) => {
    if (!stringifier.write(record)) await once(stringifier, 'drain');
  };
  await write(ledger.columns.map((column) => column.header));
  for await (const record of rows) {
    const source = record as Record<string, unknown>;
    await write(ledger.columns.map((column) => csvFieldValue(column, source[column.key])));
  }
  stringifier.end();
  await finished;
}
