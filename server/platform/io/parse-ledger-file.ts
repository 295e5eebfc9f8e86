/** Reads an uploaded ledger file into typed rows plus the complete list of problems. */
import { Readable } from 'node:stream';
import type { CellContext } from './cell-values.js';
import type { Ledger } from './ledger.js';
import { readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import { inStreamingOrder, MAX_INFLATED_BYTES, XlsxTooLargeError } from './xlsx-archive.js';
import { type CollectOptions, type ParsedLedger, RowCollector } from './row-collector.js';

export type LedgerFormat = 'xlsx' | 'csv';

export type ParseOptions = CollectOptions;

/** Parses an .xlsx or .csv upload; never throws for bad content — every problem is in `errors`. */
export async function parseLedgerFile<Row>(
  ledger: Ledger<Row>,
  input: Readable | Buffer,
  format: LedgerFormat,
  options: ParseOptions = {},
): Promise<ParsedLedger<Row>> {
  const context: CellContext = { csv: format === 'csv' };
  const collector = new RowCollector(ledger, context, options);
  const sink = collector.accept.bind(collector);
  try {
    if (format === 'csv') {
      await readCsvRows(input, sink);
    } else {
      const archive = await inStreamingOrder(Buffer.isBuffer(input) ? input : await buffered(input));
      const stream = Readable.from([archive]);
      const { sheetFound } = await readXlsxRows(
        stream,
        ledger.sheetName,
        (info) => {
          context.date1904 = info.date1904;
        },
        sink,
      );
      if (!sheetFound) collector.fail(`文件中没有可导入的工作表（应为「${ledger.sheetName}」）`);
    }
  } catch (error) {
    collector.fail(
      error instanceof XlsxTooLargeError
        ? `文件解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，不予读取；请拆分后分批导入`
        : unreadableMessage(format, error),
    );
  }
  return collector.finish();
}

async function buffered(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function unreadableMessage(format: LedgerFormat, error: unknown): string {
  const hint =
    format === 'xlsx'
      ? '不是有效的 .xlsx 文件（.xls 等旧格式请在 Excel 中另存为 .xlsx 后重试）'
      : '不是有效的 .csv 文件';
  const detail =
    error instanceof Error && /quote|delimiter|record/i.test(error.message) ? '：引号或分隔符有误' : '';
  return `文件无法读取，${hint}${detail}`;
}
