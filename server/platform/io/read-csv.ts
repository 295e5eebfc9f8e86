/** Reads the records of a .csv file saved by Excel or another system, UTF-8 or GB18030 (Excel's Chinese "CSV"). */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CellInput } from './cell-values.js';

type RowSink = (rowNumber: number, cells: CellInput[]) => void;

/** Feeds every record to `sink`, numbered as Excel would show the rows. */
export async function readCsvRows(input: Readable | Buffer, sink: RowSink): Promise<void> {
  const buffer = Buffer.isBuffer(input) ? input : await collect(input);
  const text = decodeCsv(buffer);
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber++;
    sink(rowNumber, record);
  }
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise GB18030, a superset of GBK. */
export function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

async function collect(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
