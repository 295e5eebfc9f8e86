import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../http/error-handler.js';
import { contentDisposition, readUploadedFile, sendLedgerExport, sendLedgerTemplate } from './http.js';
import { parseLedgerFile } from './parse-ledger-file.js';
import { runImport } from './run-import.js';
import { powerLedger, sampleRows } from './test-fixtures.js';

let app: FastifyInstance;
const written: unknown[][] = [];

beforeAll(async () => {
  app = Fastify();
  await app.register(multipart);
  app.setErrorHandler(errorHandler);
  app.get<{ Querystring: { format: 'xlsx' | 'csv' } }>('/export', (request, reply) =>
    sendLedgerExport(reply, powerLedger, sampleRows, request.query.format, '权责清单 2020'),
  );
  app.get<{ Querystring: { format: 'xlsx' | 'csv'; after: string } }>('/export-failing', (request, reply) =>
    sendLedgerExport(reply, powerLedger, failingRows(Number(request.query.after)), request.query.format, 'x'),
  );
  app.get('/template', (_request, reply) => sendLedgerTemplate(reply, powerLedger, '权责清单导入模板'));
  app.post('/import', async (request) => {
    const upload = await readUploadedFile(request, { maxBytes: 64 * 1024 });
    const parsed = await parseLedgerFile(powerLedger, upload.buffer, upload.format);
    return runImport({
      ledger: powerLedger,
      parsed,
      write: async (rows) => {
        written.push(rows);
        return rows.length;
      },
    });
  });
  await app.ready();
});

afterAll(() => app.close());

/** Rows from a query that fails after `after` rows (a bad filter reaching the database, a lost connection). */
async function* failingRows(after: number) {
  yield* sampleRows.slice(0, after);
  throw new Error('invalid input syntax for type date: "2020-02-30"');
}

function multipartBody(filename: string, content: Buffer) {
  const boundary = '----fazhi-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (filename: string, content: Buffer) =>
  app.inject({ method: 'POST', url: '/import', ...multipartBody(filename, content) });

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(contentDisposition("权责清单 (2020)'s.xlsx")).toBe(
      `attachment; filename="____ (2020)'s.xlsx"; filename*=UTF-8''%E6%9D%83%E8%B4%A3%E6%B8%85%E5%8D%95%20%282020%29%27s.xlsx`,
    );
  });
});

describe('export over HTTP', () => {
  it('streams an xlsx with its content type and Chinese file name, which imports back unchanged', async () => {
    const response = await app.inject({ method: 'GET', url: '/export?format=xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('权责清单 2020.xlsx')}`,
    );
    const parsed = await parseLedgerFile(powerLedger, response.rawPayload, 'xlsx');
    expect(parsed.rows).toEqual(sampleRows);
  });

  it('streams a csv with a BOM', async () => {
    const response = await app.inject({ method: 'GET', url: '/export?format=csv' });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/\.csv$/);
    expect(response.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`answers a ${format} export whose query fails before the first row with an error, not a crash`, async () => {
      const response = await app.inject({ method: 'GET', url: `/export-failing?format=${format}&after=0` });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('INTERNAL');
    });

    it(`aborts a ${format} export whose rows fail midway, leaving no unhandled rejection`, async () => {
      // The headers are gone: the client sees the download cut off rather than a corrupt file.
      await expect(
        app.inject({ method: 'GET', url: `/export-failing?format=${format}&after=1` }),
      ).rejects.toThrow(/destroyed before completion/);
      // The server lives on: a second request is answered.
      const next = await app.inject({ method: 'GET', url: '/export?format=csv' });
      expect(next.statusCode).toBe(200);
    });
  }

  it('serves the template', async () => {
    const response = await app.inject({ method: 'GET', url: '/template' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.readUInt32LE(0)).toBe(0x04034b50);
  });
});

describe('import over HTTP', () => {
  it('imports a clean csv', async () => {
    const response = await upload('power.csv', Buffer.from('事项编码,事项名称,权力类别\nA-1,甲,行政许可\n'));
    expect(response.json()).toEqual({ imported: 1 });
  });

  it('answers 422 IMPORT_REJECTED with error.rows listing every bad row', async () => {
    const before = written.length;
    const csv = '事项编码,事项名称,权力类别\nA-1,甲,行政审核\nA-2,,行政许可\nA-3,丙,行政许可\n';
    const response = await upload('power.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      error: {
        code: 'IMPORT_REJECTED',
        message: '导入未执行：共2行有误，已全部列出，未写入任何数据',
        rows: [
          {
            row: 2,
            column: '权力类别',
            message: '取值“行政审核”不在允许范围：行政许可、行政处罚、行政强制、行政征收',
          },
          { row: 3, column: '事项名称', message: '必填项为空' },
        ],
      },
    });
    expect(written.length).toBe(before);
  });

  it('refuses other file types with 415', async () => {
    const response = await upload('power.xls', Buffer.from('whatever'));
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: '仅支持 .xlsx 或 .csv 文件',
    });
  });

  it('refuses an .xlsx that is not a zip with 415', async () => {
    const response = await upload('power.xlsx', Buffer.from('事项编码,事项名称'));
    expect(response.statusCode).toBe(415);
  });

  it('refuses a file over the limit with 413', async () => {
    const response = await upload('big.csv', Buffer.alloc(65 * 1024, 0x41));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a request that is not multipart with 415', async () => {
    const response = await app.inject({ method: 'POST', url: '/import', payload: { a: 1 } });
    expect(response.statusCode).toBe(415);
  });
});
