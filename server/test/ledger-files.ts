/** Ledger files as a user would upload them: a sheet written from rows, and the multipart body around it. */
import { PassThrough } from 'node:stream';
import { type Ledger, writeLedgerCsv, writeLedgerXlsx } from '../platform/io/index.js';

/** The rows written as the ledger's .xlsx (or .csv), as if filled in from the import template. */
export async function ledgerFile<Row>(
  ledger: Ledger<Row>,
  rows: readonly Partial<Row>[],
  format: 'xlsx' | 'csv' = 'xlsx',
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const full = rows as Row[];
  await (format === 'xlsx' ? writeLedgerXlsx(ledger, full, out) : writeLedgerCsv(ledger, full, out));
  return Buffer.concat(chunks);
}

/** `inject` options for a multipart upload of one file in the field `file`, as the import button sends it. */
export function multipartFile(file: Buffer | string, filename: string) {
  const boundary = '----fazhi-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const body = typeof file === 'string' ? Buffer.from(file) : file;
  return {
    payload: Buffer.concat([Buffer.from(head), body, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
