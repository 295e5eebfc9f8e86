import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import {
  type FieldProblem,
  type Ledger,
  type ParsedLedger,
  runImport,
} from '../../../../platform/io/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { mayActForUnit } from '../../policy.js';
import type { unitMatcher } from './units.js';

/** One register's import: its ledger, its permission, its row check and its writer. */
export interface RegisterImport<Row, Prepared> {
  ledger: Ledger<Row>;
  /** The register's own permission (e.g. `enforcement.manage_fees`), on top of `enforcement.import`. */
  permission: string;
  /**
   * Loads the lookups once (in the import's transaction, so the checks and the write see the same data) and
   * returns the per-row check: the row's problems, or the row ready for `write`.
   */
  rowCheck(tx: Tx, actor: Actor): Promise<(row: Row) => FieldProblem<Row>[] | Prepared>;
  /** Writes every prepared row with its audit events; returns the rows written. */
  write(tx: Tx, prepared: Prepared[]): Promise<readonly unknown[]>;
}

/**
 * Imports a register all or nothing (runImport): every row is checked before anything is written, every bad
 * row is listed, and the write and its audit events are one transaction.
 */
export async function importRegister<Row, Prepared extends object>(
  ctx: Ctx,
  parsed: ParsedLedger<Row>,
  register: RegisterImport<Row, Prepared>,
): Promise<{ imported: number }> {
  assertCan(ctx.actor, 'enforcement.import');
  assertCan(ctx.actor, register.permission);
  const actor = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const check = await register.rowCheck(tx, actor);
    const prepared: Prepared[] = [];
    return runImport({
      ledger: register.ledger,
      parsed,
      validateRow: (row) => {
        const checked = check(row);
        if (Array.isArray(checked)) return checked;
        prepared.push(checked as Prepared);
        return undefined;
      },
      write: async () => (await register.write(tx, prepared)).length,
    });
  });
}

/**
 * The body a row names in 执法主体 (`orgUnit`): a confirmed body of the district that the actor may act for;
 * otherwise a problem is added and nothing returned. `what` names the register's items in the message.
 */
export function importedBodyUnit<Row extends { orgUnit: string }>(
  row: Row,
  match: ReturnType<typeof unitMatcher>,
  actor: Actor,
  what: string,
  problems: FieldProblem<Row>[],
): OrgUnit | undefined {
  const unit = match(row.orgUnit);
  if (!unit) problems.push({ field: 'orgUnit', message: `“${row.orgUnit}”不是本区已确认的行政执法主体` });
  else if (!mayActForUnit(actor, unit))
    problems.push({ field: 'orgUnit', message: `只能导入本单位的${what}，不能导入“${unit.name}”的` });
  else return unit;
  return undefined;
}
