import type { z } from 'zod';
import type { CreateProactiveItemBody } from '../../../../../common/contracts/disclosure/proactive.js';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { disclosureProactiveItems as items, type ProactiveItemRow } from '../../schema/proactive.js';
import { contentOf, derivedColumns, type EntryContent, subjectOf } from './records.js';
import { entryProblems } from './rules.js';
import { resolveFormUnit } from './units.js';

export type RegisterItemInput = z.output<typeof CreateProactiveItemBody>;

/** An entry ready to be written: its unit resolved, its facts checked. */
export interface NewEntry {
  districtId: string;
  orgUnitId: string;
  content: EntryContent;
}

/** Registers one item a unit published (its own, for a department officer), flagged late when it was. */
export async function registerItem(ctx: Ctx, input: RegisterItemInput): Promise<ProactiveItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.register_proactive');
  return inTransaction(ctx.db, async (tx) => {
    const unit = await resolveFormUnit(tx, actor, input.orgUnitId);
    const content = contentOf({ ...input, table2Kind: input.table2Kind ?? null });
    const problems = entryProblems(content, ctx.today);
    if (problems.length > 0)
      throw validationFailed(problems.map((p) => ({ path: p.field, message: p.message })));
    const [row] = await insertEntries(
      tx,
      ctx,
      [{ districtId: unit.districtId, orgUnitId: unit.id, content }],
      'form',
    );
    return row!;
  });
}

const CHUNK = 1000;

/**
 * Writes checked entries in bulk with their derived due dates, one `registered` audit event each
 * (appended as one batch): the import and the demo use it so thousands of rows load in seconds.
 */
export async function insertEntries(
  tx: Tx,
  ctx: Ctx,
  entries: readonly NewEntry[],
  source: string,
): Promise<ProactiveItemRow[]> {
  const cal = await loadCalendar(tx);
  const written: ProactiveItemRow[] = [];
  for (let start = 0; start < entries.length; start += CHUNK) {
    const rows = await tx
      .insert(items)
      .values(
        entries.slice(start, start + CHUNK).map((e) => ({
          ...e.content,
          ...derivedColumns(cal, e.content),
          districtId: e.districtId,
          orgUnitId: e.orgUnitId,
          status: 'published' as const,
          createdBy: ctx.actor?.userId ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .returning();
    await recordAudits(
      tx,
      ctx,
      rows.map((row) => registeredAudit(row, source)),
    );
    written.push(...rows);
  }
  return written;
}

function registeredAudit(row: ProactiveItemRow, source: string): AuditInput {
  return {
    ...subjectOf(row),
    action: 'disclosure.proactive_item.registered',
    after: { orgUnitId: row.orgUnitId, ...contentOf(row), dueOn: row.dueOn, isLate: row.isLate },
    data: { source },
  };
}
