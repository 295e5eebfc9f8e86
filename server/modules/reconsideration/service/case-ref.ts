import { and, eq, type SQL } from 'drizzle-orm';
import { CASE_STATUSES } from '../../../../common/contracts/reconsideration.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { unauthenticated } from '../../../platform/errors.js';
import { reconsiderationCases } from '../schema.js';

/** What another module sees of a 复议 case: enough to check a reference and show where it stands. */
export interface CaseRef {
  id: string;
  caseNumber: string;
  status: string;
  /** zh-CN name of the status (CASE_STATUSES). */
  statusLabel: string;
}

/**
 * A case of the actor's district by its id or its case number, or null: the petitions module checks its
 * 诉访分离 link (信访工作条例 第三十一条: the matter goes to 行政复议) against it. District-wide on purpose —
 * the link is checked, the case page still applies the reconsideration scope.
 */
export async function caseRef(
  ctx: Ctx,
  ref: { id?: string | null; number?: string | null },
  db: Executor = ctx.db,
): Promise<CaseRef | null> {
  if (!ctx.actor) throw unauthenticated();
  const c = reconsiderationCases;
  const by: SQL | undefined = ref.id
    ? eq(c.id, ref.id)
    : ref.number
      ? eq(c.caseNumber, ref.number.trim())
      : undefined;
  if (!by) return null;
  const [row] = await db
    .select({ id: c.id, caseNumber: c.caseNumber, status: c.status })
    .from(c)
    .where(and(by, eq(c.districtId, ctx.actor.districtId)));
  if (!row) return null;
  return { ...row, statusLabel: CASE_STATUSES.find((s) => s.code === row.status)?.label ?? row.status };
}
