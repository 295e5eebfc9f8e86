import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { notFound, ruleViolation } from '../../../../platform/errors.js';
import { enforcementMajorCatalogue as mc } from '../schema.js';
import {
  catalogueScope,
  entrySubject,
  getScopedEntry,
  type MajorCatalogueEntry,
} from './major-catalogue-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/** Takes a decision off the body's catalogue; cases already marked major stay major. */
export async function deactivateMajorCatalogueEntry(ctx: Ctx, id: string): Promise<MajorCatalogueEntry> {
  assertCan(ctx.actor, 'enforcement.manage_benchmarks');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const [current] = await tx
      .select()
      .from(mc)
      .where(and(eq(mc.id, id), catalogueScope(actor)))
      .for('update');
    if (!current) throw notFound('重大执法决定目录事项');
    assertSeenVersion(ctx, current);
    if (!current.isActive) throw ruleViolation('CATALOGUE_ENTRY_INACTIVE', '该目录事项已停用');
    await tx
      .update(mc)
      .set({ isActive: false, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(mc.id, id));
    await recordAudit(tx, ctx, {
      ...entrySubject(current),
      action: 'enforcement.major_catalogue.entry_deactivated',
      before: { isActive: true },
      after: { isActive: false },
    });
  });
  return getScopedEntry(ctx.db, actor, id);
}
