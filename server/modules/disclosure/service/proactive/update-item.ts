import type { z } from 'zod';
import type { UpdateProactiveItemBody } from '../../../../../common/contracts/disclosure/proactive.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { disclosureProactiveItems as items, type ProactiveItemRow } from '../../schema/proactive.js';
import { contentOf, derivedColumns, lockScopedItem, subjectOf } from './records.js';
import { entryProblems } from './rules.js';
import { resolveFormUnit } from './units.js';
import { eq } from 'drizzle-orm';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type UpdateItemInput = z.output<typeof UpdateProactiveItemBody>;

/** Corrects a register entry; the due date and the late flag follow the corrected dates. */
export async function updateItem(ctx: Ctx, id: string, input: UpdateItemInput): Promise<ProactiveItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.register_proactive');
  return inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedItem(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.status === 'withdrawn') {
      throw ruleViolation('PROACTIVE_ITEM_WITHDRAWN', '该信息已撤回，不能再修改');
    }
    const orgUnitId =
      input.orgUnitId && input.orgUnitId !== current.orgUnitId
        ? (await resolveFormUnit(tx, actor, input.orgUnitId)).id
        : current.orgUnitId;
    const before = contentOf(current);
    const merged = contentOf({
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    } as typeof before);
    const problems = entryProblems(merged, ctx.today);
    if (problems.length > 0)
      throw validationFailed(problems.map((p) => ({ path: p.field, message: p.message })));
    const [row] = await tx
      .update(items)
      .set({ ...merged, ...derivedColumns(await loadCalendar(tx), merged), orgUnitId, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(items.id, id))
      .returning();
    const updated = row!;
    await recordAudit(tx, ctx, {
      ...subjectOf(updated),
      action: 'disclosure.proactive_item.updated',
      before: { orgUnitId: current.orgUnitId, ...before, dueOn: current.dueOn, isLate: current.isLate },
      after: { orgUnitId, ...merged, dueOn: updated.dueOn, isLate: updated.isLate },
    });
    return updated;
  });
}
