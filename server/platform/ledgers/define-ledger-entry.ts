/** Turns a module's typed ledger declaration into the entry the kernel mounts (routes, CLI). */
import type { Writable } from 'node:stream';
import { ImportResult, type LedgerFormat } from '../../../common/contracts/kit.js';
import type { Ctx } from '../context.js';
import {
  ledgerTemplateXlsx,
  parseLedgerFile,
  primed,
  type RowSource,
  writeLedgerCsv,
  writeLedgerXlsx,
} from '../io/index.js';
import { importLedger } from './import-ledger.js';
import type { LedgerEntry, LedgerEntrySpec, Progress } from './ledger-entry.js';

/** Declares a ledger entry; throws at module load on a natural key that names no column. */
export function defineLedgerEntry<Row, Query extends { format: LedgerFormat }, Prepared>(
  spec: LedgerEntrySpec<Row, Query, Prepared>,
): LedgerEntry {
  const keys = new Set(spec.ledger.columns.map((c) => c.key as string));
  for (const k of [...spec.naturalKey, ...(spec.exportOnly ?? [])])
    if (!keys.has(k)) throw new Error(`ledger entry ${spec.key}: no column ${k}`);
  if (spec.naturalKey.length === 0) throw new Error(`ledger entry ${spec.key}: a natural key is required`);
  return {
    key: spec.key,
    aliases: spec.aliases ?? [],
    title: spec.title,
    base: spec.base,
    tag: spec.tag,
    exportPermission: spec.export.permission,
    importPermissions: spec.import.permissions,
    exportQuery: spec.export.query,
    resultSchema: spec.import.result ?? ImportResult,
    sheetName: spec.ledger.sheetName,
    keyHeaders: spec.naturalKey
      .map((k) => spec.ledger.columns.find((c) => c.key === k)?.header ?? k)
      .join('、'),
    // The route's validation has parsed the query with exportQuery already; parsing it again would feed
    // transformed values (booleans) back to their string schemas and fail with a 500 (issue #11, fuzzing).
    openExport: (ctx, query, progress) => openExport(spec, ctx, query as Query, progress),
    async writeExport(ctx: Ctx, query: { format: LedgerFormat }, output: Writable, progress?: Progress) {
      return (await openExport(spec, ctx, spec.export.query.parse(query), progress))(output);
    },
    template: () => ledgerTemplateXlsx(spec.ledger),
    async importFile(ctx: Ctx, file: Buffer, format: LedgerFormat, progress?: Progress) {
      const parsed = await parseLedgerFile(spec.ledger, file, format, {
        progressEvery: 100,
        onProgress: progress && ((n) => progress(n, n)),
      });
      return importLedger(spec, ctx, parsed);
    },
  };
}

/** Reads the first row of the parsed query's export; resolves with the writer of the export (rows written). */
async function openExport<Row, Query extends { format: LedgerFormat }, Prepared>(
  spec: LedgerEntrySpec<Row, Query, Prepared>,
  ctx: Ctx,
  parsed: Query,
  progress?: Progress,
) {
  let written = 0;
  async function* counted(rows: RowSource<Row>): AsyncGenerator<Row> {
    for await (const row of rows) {
      written++;
      progress?.(written);
      yield row;
    }
  }
  const rows = counted(await primed(await spec.export.rows(ctx, parsed)));
  const title = spec.export.sheetTitle ?? spec.title;
  return async (output: Writable) => {
    await (parsed.format === 'csv'
      ? writeLedgerCsv(spec.ledger, rows, output)
      : writeLedgerXlsx(spec.ledger, rows, output, { title }));
    return written;
  };
}
