/**
 * A ledger entry: what a module declares once about one of its ledgers (台账) so that the kernel derives its
 * export, import-template and import routes and its `fazhi import|export` commands.
 */
import type { Writable } from 'node:stream';
import type { z } from 'zod';
import type { ImportResult, LedgerFormat } from '../../../common/contracts/kit.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import type { FieldProblem, Ledger, RowSource } from '../io/index.js';

/**
 * A changed row that, once resolved, is the record as it stands (a unit typed by its short name, say): nothing
 * to write, reported `unchanged`.
 */
export const UNCHANGED: unique symbol = Symbol('unchanged');

/** A row check's answer: the row's problems (an array or a message), or what to write, or UNCHANGED. */
export type RowVerdict<Row, Prepared> = FieldProblem<Row>[] | string | Prepared | typeof UNCHANGED;

/** One import's checks and writer, set up once per import inside its transaction. */
export interface ImportSession<Row, Prepared> {
  /** A row whose natural key is new (or empty): its problems, or the record to create. */
  create(row: Row): Promise<RowVerdict<Row, Prepared>> | RowVerdict<Row, Prepared>;
  /**
   * A row whose key names an existing record but whose values differ (`before`: the record as exported):
   * its problems, or the change to write. Absent: the ledger refuses changed rows (`ImportSpec.changed`).
   */
  change?(row: Row, before: Row): Promise<RowVerdict<Row, Prepared>> | RowVerdict<Row, Prepared>;
  /**
   * Writes every prepared record with its audit events, in the import's transaction (called once, after all
   * rows passed). Returns what the ledger adds to the answer (`{ published: 3 }`, the one-time passwords of new
   * accounts, or `{}`); `ImportSpec.result` describes it.
   */
  write(created: Prepared[], changed: Prepared[]): Promise<Record<string, unknown>>;
}

export interface ExportSpec<Row, Query extends { format: LedgerFormat }> {
  permission: string;
  /** The query string: `format` and the list's filters (the export shows what the list shows). */
  query: z.ZodType<Query>;
  /** The rows in the actor's scope that the filters select, as the sheet shows them. */
  rows(ctx: Ctx, query: Query): Promise<RowSource<Row>> | RowSource<Row>;
  /** A title row above the header (default: the entry's title). */
  sheetTitle?: string;
}

export interface ImportSpec<Row, Prepared> {
  /** Every permission the import needs (the module's import permission, a register's own). */
  permissions: readonly string[];
  /** Loads the lookups once, in the import's transaction; `rows` are the file's parsed rows. */
  prepare(tx: Tx, ctx: Ctx, rows: readonly Row[]): Promise<ImportSession<Row, Prepared>>;
  /** Why a changed row is refused when the session has no `change` (zh-CN, names what to do instead). */
  changed: string;
  /** The answer's schema when the ledger adds counts (extends ImportResult). */
  result?: z.ZodType<ImportResult>;
}

export interface LedgerEntrySpec<Row, Query extends { format: LedgerFormat }, Prepared> {
  /** `<module>.<ledger>`, the name the CLI takes (e.g. `powers.items`). */
  key: string;
  /** Older CLI names kept working (e.g. `powers`, `disclosure-requests`). */
  aliases?: readonly string[];
  ledger: Ledger<Row>;
  /** The ledger's zh-CN name: file names (`<title>-<today>`, `<title>导入模板`) and OpenAPI summaries. */
  title: string;
  /** URL base: the routes are `<base>/export`, `<base>/import-template`, `<base>/import`. */
  base: string;
  /** OpenAPI tag (the module's key). */
  tag: string;
  /** The column(s) that identify a record: re-importing a row with a known key never creates another. */
  naturalKey: readonly (keyof Row & string)[];
  /** Columns the export fills and the import ignores (counts, states, derived dates): not compared. */
  exportOnly?: readonly (keyof Row & string)[];
  export: ExportSpec<Row, Query>;
  import: ImportSpec<Row, Prepared>;
}

/** A progress callback for long work (the CLI's bar): done so far, and the total when known. */
export type Progress = (done: number, total?: number) => void;

/** A declared ledger with its types erased, as the kernel mounts it (build one with `defineLedgerEntry`). */
export interface LedgerEntry {
  readonly key: string;
  readonly aliases: readonly string[];
  readonly title: string;
  readonly base: string;
  readonly tag: string;
  readonly exportPermission: string;
  readonly importPermissions: readonly string[];
  readonly exportQuery: z.ZodType<{ format: LedgerFormat }>;
  readonly resultSchema: z.ZodType<ImportResult>;
  readonly sheetName: string;
  /** The natural key's headers, joined by 、 (for summaries and help). */
  readonly keyHeaders: string;
  /**
   * Reads the first row of the export of a query already parsed with `exportQuery` (the route's validation);
   * a failing query throws here, before a byte is sent. Resolves with the writer of the whole export, which
   * resolves with the rows written.
   */
  openExport(
    ctx: Ctx,
    query: { format: LedgerFormat },
    progress?: Progress,
  ): Promise<(output: Writable) => Promise<number>>;
  /** Parses the query as a client wrote it (the CLI) and writes its export to `output`; resolves with the rows. */
  writeExport(
    ctx: Ctx,
    query: { format: LedgerFormat },
    output: Writable,
    progress?: Progress,
  ): Promise<number>;
  /** The blank template (.xlsx). */
  template(): Promise<Buffer>;
  /** Parses an upload and imports it all or nothing; throws ImportRejected listing every bad row. */
  importFile(ctx: Ctx, file: Buffer, format: LedgerFormat, progress?: Progress): Promise<ImportResult>;
}
