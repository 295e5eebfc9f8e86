/** All-or-nothing import: one bad row and nothing is written; the answer lists every bad row. */
import { AppError } from '../errors.js';
import type { Ledger } from './ledger.js';
import type { ImportRowError, ParsedLedger } from './row-collector.js';

/** The import was refused; `details.rows` (rendered as `error.rows`) lists every problem. */
export class ImportRejected extends AppError {
  constructor(
    readonly rows: ImportRowError[],
    message = `导入未执行：共${new Set(rows.map((e) => e.row)).size}行有误，已全部列出，未写入任何数据`,
  ) {
    super('IMPORT_REJECTED', message, undefined, { rows });
    this.name = 'ImportRejected';
  }
}

/** A referential problem in one field, named by the column key (e.g. an unknown 实施主体 code). */
export interface FieldProblem<Row> {
  field: keyof Row & string;
  message: string;
}

/** A row check's answer: nothing (fine), a message about the whole row, or problems per field. */
export type RowCheckResult<Row> = undefined | null | string | FieldProblem<Row> | FieldProblem<Row>[];

export interface RunImportArgs<Row> {
  ledger: Ledger<Row>;
  parsed: ParsedLedger<Row>;
  /** Per-row referential checks; load lookups once beforehand — this runs for every row. */
  validateRow?: (row: Row, index: number) => Promise<RowCheckResult<Row>> | RowCheckResult<Row>;
  /** Whole-file checks in one go (e.g. a single query for all codes); errors name their rows themselves. */
  validateAll?: (rows: Row[], rowNumbers: number[]) => Promise<ImportRowError[]> | ImportRowError[];
  /** Writes every row; the caller wraps it and the audit event in one transaction. Returns rows written. */
  write: (rows: Row[]) => Promise<number>;
}

/** Checks everything first, then writes everything, or throws ImportRejected and writes nothing. */
export async function runImport<Row>(args: RunImportArgs<Row>): Promise<{ imported: number }> {
  const { ledger, parsed } = args;
  const errors = [...parsed.errors];
  if (args.validateRow) {
    for (let index = 0; index < parsed.rows.length; index++) {
      const row = parsed.rows[index] as Row;
      const result = await args.validateRow(row, index);
      errors.push(...toRowErrors(ledger, parsed.rowNumbers[index] ?? 0, result));
    }
  }
  if (args.validateAll) errors.push(...(await args.validateAll(parsed.rows, parsed.rowNumbers)));
  if (errors.length > 0) throw new ImportRejected(sortErrors(ledger, errors));
  if (parsed.rows.length === 0) {
    const rows = [{ row: 1, column: '', message: '文件中没有可导入的数据行' }];
    throw new ImportRejected(rows, '导入未执行：文件中没有可导入的数据行');
  }
  return { imported: await args.write(parsed.rows) };
}

function toRowErrors<Row>(ledger: Ledger<Row>, row: number, result: RowCheckResult<Row>): ImportRowError[] {
  if (result === undefined || result === null || result === '') return [];
  if (typeof result === 'string') return [{ row, column: '', message: result }];
  const problems = Array.isArray(result) ? result : [result];
  return problems.map((p) => ({ row, column: headerOf(ledger, p.field), message: p.message }));
}

function headerOf<Row>(ledger: Ledger<Row>, key: string): string {
  return ledger.columns.find((c) => c.key === key)?.header ?? key;
}

/** Row order, then the ledger's column order, so the list reads like the sheet. */
function sortErrors<Row>(ledger: Ledger<Row>, errors: ImportRowError[]): ImportRowError[] {
  const order = new Map(ledger.columns.map((c, i) => [c.header, i]));
  return errors
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        a.e.row - b.e.row || (order.get(a.e.column) ?? -1) - (order.get(b.e.column) ?? -1) || a.i - b.i,
    )
    .map(({ e }) => e);
}
