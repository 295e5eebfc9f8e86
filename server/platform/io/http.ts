/** HTTP helpers a module's routes use to offer a ledger download and accept an upload (no routes of their own). */
import { PassThrough, type Writable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Ledger } from './ledger.js';
import type { LedgerFormat } from './parse-ledger-file.js';
import { ledgerTemplateXlsx } from './template.js';
import { writeLedgerCsv } from './write-csv.js';
import { type RowSource, writeLedgerXlsx, type XlsxExportOptions } from './write-xlsx.js';

export const CONTENT_TYPES: Record<LedgerFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export const DEFAULT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

/** `attachment` with an ASCII fallback and the real (Chinese) name per RFC 5987 / RFC 6266. */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function withExtension(filename: string, format: LedgerFormat): string {
  return filename.toLowerCase().endsWith(`.${format}`) ? filename : `${filename}.${format}`;
}

/**
 * Streams the ledger as the response body; rows are read lazily, so a large ledger never sits in memory.
 * The first row is read before the headers go: a query that fails at once (a bad filter) is answered as an
 * error; one that fails midway aborts the download (the headers are gone) and is logged.
 */
export async function sendLedgerExport<Row>(
  reply: FastifyReply,
  ledger: Ledger<Row>,
  rows: RowSource<Row>,
  format: LedgerFormat,
  filename: string,
  options: XlsxExportOptions = {},
): Promise<FastifyReply> {
  const source = await primed(rows);
  return sendExportStream(reply, format, filename, (body) =>
    format === 'xlsx' ? writeLedgerXlsx(ledger, source, body, options) : writeLedgerCsv(ledger, source, body),
  );
}

/** Sends what `write` streams as an attachment; a failure midway aborts the download and is logged. */
export function sendExportStream(
  reply: FastifyReply,
  format: LedgerFormat,
  filename: string,
  write: (body: Writable) => Promise<unknown>,
): FastifyReply {
  const body = new PassThrough();
  write(body).catch((error: unknown) => {
    // Headers are gone by now: the client sees an aborted download rather than a corrupt file.
    reply.log.error({ err: error }, 'ledger export failed');
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .header('Content-Type', CONTENT_TYPES[format])
    .header('Content-Disposition', contentDisposition(withExtension(filename, format)))
    .header('Cache-Control', 'no-store')
    .send(body);
}

/** The same rows, the first already read: an error of the source surfaces here, before any byte is sent. */
export async function primed<Row>(rows: RowSource<Row>): Promise<RowSource<Row>> {
  const iterator = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  const first = await iterator.next();
  async function* rest(): AsyncGenerator<Row> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return rest();
}

/** Sends the blank import template (header row + 填写说明). */
export async function sendLedgerTemplate<Row>(reply: FastifyReply, ledger: Ledger<Row>, filename: string) {
  const buffer = await ledgerTemplateXlsx(ledger);
  return reply
    .header('Content-Type', CONTENT_TYPES.xlsx)
    .header('Content-Disposition', contentDisposition(withExtension(filename, 'xlsx')))
    .send(buffer);
}

export interface UploadedLedgerFile {
  buffer: Buffer;
  format: LedgerFormat;
  filename: string;
}

/** Reads the single uploaded file of a multipart request; refuses other types and files over the limit. */
export async function readUploadedFile(
  request: FastifyRequest,
  options: { maxBytes?: number } = {},
): Promise<UploadedLedgerFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传 .xlsx 或 .csv 文件');
  }
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file)
    throw new AppError('VALIDATION_FAILED', '未收到上传的文件', [{ path: 'file', message: '请选择文件' }]);
  const format = formatOf(file);
  if (!format) {
    file.file.resume();
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '仅支持 .xlsx 或 .csv 文件');
  }
  const buffer = await readWithin(file, maxBytes);
  if (format === 'xlsx' && !isZip(buffer)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      '文件内容不是有效的 .xlsx（.xls 等旧格式请在 Excel 中另存为 .xlsx）',
    );
  }
  return { buffer, format, filename: file.filename };
}

function formatOf(file: MultipartFile): LedgerFormat | null {
  const name = file.filename.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

async function readWithin(file: MultipartFile, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB，请拆分后分批导入`);
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (file.file.truncated) throw tooLarge();
  return buffer;
}

/** .xlsx files are zip archives: they start with "PK\x03\x04". */
function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
}
