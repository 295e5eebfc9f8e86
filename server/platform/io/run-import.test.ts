import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors.js';
import { parseLedgerFile } from './parse-ledger-file.js';
import type { ParsedLedger } from './row-collector.js';
import { ImportRejected, runImport } from './run-import.js';
import type { PowerRow } from './test-fixtures.js';
import { powerLedger } from './test-fixtures.js';

const HEADER = '事项编码,事项名称,权力类别,生效日期';

function csvWith(rows: string[]): Buffer {
  return Buffer.from([HEADER, ...rows].join('\n'));
}

async function parsed(rows: string[]): Promise<ParsedLedger<PowerRow>> {
  return parseLedgerFile(powerLedger, csvWith(rows), 'csv');
}

const goodRow = (i: number) => `A-${i},事项${i},行政许可,2021-03-01`;

async function rejection(promise: Promise<unknown>): Promise<ImportRejected> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRejected);
  return error as ImportRejected;
}

describe('runImport', () => {
  it('writes every row when all are clean', async () => {
    const write = vi.fn(async (rows: PowerRow[]) => rows.length);
    const result = await runImport({
      ledger: powerLedger,
      parsed: await parsed([goodRow(1), goodRow(2)]),
      write,
    });
    expect(result).toEqual({ imported: 2 });
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0].map((r) => r.code)).toEqual(['A-1', 'A-2']);
  });

  it('refuses the whole file for bad rows among many, listing them all, and never writes', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => goodRow(i));
    lines[99] = 'B-99,,行政许可,2021-03-01';
    lines[300] = 'B-300,事项,行政许可,2021-02-30';
    lines[301] = 'B-301,事项,行政审核,2021-02-31';
    const write = vi.fn(async () => 0);
    const error = await rejection(runImport({ ledger: powerLedger, parsed: await parsed(lines), write }));
    expect(write).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.status).toBe(422);
    expect(error.message).toBe('导入未执行：共3行有误，已全部列出，未写入任何数据');
    expect(error.details?.rows).toEqual([
      { row: 101, column: '事项名称', message: '必填项为空' },
      { row: 302, column: '生效日期', message: '不是有效日期：2021-02-30' },
      {
        row: 303,
        column: '权力类别',
        message: '取值“行政审核”不在允许范围：行政许可、行政处罚、行政强制、行政征收',
      },
      { row: 303, column: '生效日期', message: '不是有效日期：2021-02-31' },
    ]);
  });

  it('adds referential problems from validateRow and validateAll, in sheet order', async () => {
    const write = vi.fn(async () => 0);
    const error = await rejection(
      runImport({
        ledger: powerLedger,
        parsed: await parsed([goodRow(1), goodRow(2), goodRow(3), 'X-4,,行政许可,']),
        validateRow: (row) => {
          if (row.code === 'A-1') return { field: 'name', message: '实施主体下已有同名事项' };
          if (row.code === 'A-3') return '该事项已被撤销，不能再导入';
          return null;
        },
        validateAll: (_rows, rowNumbers) => [
          { row: rowNumbers[1] ?? 0, column: '事项编码', message: '编码已存在：A-2' },
        ],
        write,
      }),
    );
    expect(write).not.toHaveBeenCalled();
    expect(error.rows).toEqual([
      { row: 2, column: '事项名称', message: '实施主体下已有同名事项' },
      { row: 3, column: '事项编码', message: '编码已存在：A-2' },
      { row: 4, column: '', message: '该事项已被撤销，不能再导入' },
      { row: 5, column: '事项名称', message: '必填项为空' },
    ]);
    expect(error.message).toBe('导入未执行：共4行有误，已全部列出，未写入任何数据');
  });

  it('refuses a file without data rows', async () => {
    const write = vi.fn(async () => 0);
    const error = await rejection(
      runImport({ ledger: powerLedger, parsed: await parsed(['', ',,,']), write }),
    );
    expect(error.message).toBe('导入未执行：文件中没有可导入的数据行');
    expect(write).not.toHaveBeenCalled();
  });

  it('passes a failing write through untouched (the caller rolls its transaction back)', async () => {
    const failure = new Error('db down');
    await expect(
      runImport({
        ledger: powerLedger,
        parsed: await parsed([goodRow(1)]),
        write: async () => Promise.reject(failure),
      }),
    ).rejects.toBe(failure);
  });
});
