/**
 * The import of a declared ledger: all or nothing (runImport), and idempotent on the natural key — a row that
 * names a record already there is `unchanged` when it reads as that record's export, a change to write through
 * the ledger's own rules, or refused with the reason; it never creates a second record.
 */
import type { ImportedRow, ImportResult, LedgerFormat } from '../../../common/contracts/kit.js';
import { assertCan } from '../authz/index.js';
import type { Ctx } from '../context.js';
import { inTransaction } from '../db/index.js';
import { type ParsedLedger, type RowCheckResult, runImport } from '../io/index.js';
import { changedColumns, naturalKeyOf } from './compare.js';
import { type LedgerEntrySpec, type RowVerdict, UNCHANGED } from './ledger-entry.js';

/** Imports parsed rows: checks every row, then writes creations and changes with their audit events. */
export async function importLedger<Row, Query extends { format: LedgerFormat }, Prepared>(
  spec: LedgerEntrySpec<Row, Query, Prepared>,
  ctx: Ctx,
  parsed: ParsedLedger<Row>,
): Promise<ImportResult> {
  for (const permission of spec.import.permissions) assertCan(ctx.actor, permission);
  const existing = await existingRows(spec, ctx, parsed.rows);
  const keyHeaders = spec.naturalKey
    .map((k) => spec.ledger.columns.find((c) => c.key === k)?.header ?? k)
    .join('、');
  const exportOnly = new Set<string>(spec.exportOnly ?? []);
  return inTransaction(ctx.db, async (tx) => {
    const session = await spec.import.prepare(tx, ctx, parsed.rows);
    const created: Prepared[] = [];
    const changed: Prepared[] = [];
    const outcomes: ImportedRow[] = [];
    const seen = new Map<string, number>();
    let extra: Record<string, unknown> = {};
    const take = (verdict: RowVerdict<Row, Prepared>, into: Prepared[], outcome: ImportedRow) => {
      if (typeof verdict === 'string' || Array.isArray(verdict)) return verdict as RowCheckResult<Row>;
      if (verdict === UNCHANGED) {
        outcomes.push({ ...outcome, outcome: 'unchanged' });
        return undefined;
      }
      into.push(verdict as Prepared);
      outcomes.push(outcome);
      return undefined;
    };
    await runImport({
      ledger: spec.ledger,
      parsed,
      validateRow: async (row, index) => {
        const at = parsed.rowNumbers[index] ?? 0;
        const key = naturalKeyOf(row, spec.naturalKey);
        const first = key ? seen.get(key) : undefined;
        if (first !== undefined) return `与第 ${first} 行的${keyHeaders}相同：${key}`;
        if (key) seen.set(key, at);
        const before = key ? existing.get(key) : undefined;
        if (!before) return take(await session.create(row), created, { row: at, outcome: 'created', key });
        const differing = changedColumns(spec.ledger, exportOnly, row, before);
        if (differing.length === 0) {
          outcomes.push({ row: at, outcome: 'unchanged', key });
          return undefined;
        }
        const refusal = (reason: string) =>
          `${keyHeaders}为“${key}”的记录已存在，${differing.join('、')}与系统中不同：${reason}`;
        if (!session.change) return refusal(spec.import.changed);
        const verdict = await session.change(row, before);
        // A refusal of the whole row says which columns differ, as the ledger-wide refusal does.
        if (typeof verdict === 'string') return refusal(verdict);
        return take(verdict, changed, { row: at, outcome: 'updated', key });
      },
      write: async () => {
        // Called even with nothing to write, so the ledger's own counts are always in the answer.
        extra = await session.write(created, changed);
        return created.length + changed.length;
      },
    });
    const unchanged = outcomes.filter((o) => o.outcome === 'unchanged').length;
    return { ...extra, imported: created.length, updated: changed.length, unchanged, rows: outcomes };
  });
}

/**
 * The records the file's keys name, as the export shows them, read through the export's own finder (the
 * actor's scope, no filter): a key outside the scope is not "existing" here, so the ledger's create check
 * refuses it as it always did (existence is not leaked).
 */
async function existingRows<Row, Query extends { format: LedgerFormat }, Prepared>(
  spec: LedgerEntrySpec<Row, Query, Prepared>,
  ctx: Ctx,
  rows: readonly Row[],
): Promise<Map<string, Row>> {
  const wanted = new Set(rows.map((r) => naturalKeyOf(r, spec.naturalKey)).filter((k) => k !== ''));
  const found = new Map<string, Row>();
  if (wanted.size === 0) return found;
  const query = spec.export.query.parse({ format: 'xlsx' });
  for await (const row of await spec.export.rows(ctx, query)) {
    const key = naturalKeyOf(row, spec.naturalKey);
    if (wanted.has(key)) found.set(key, row);
  }
  return found;
}
