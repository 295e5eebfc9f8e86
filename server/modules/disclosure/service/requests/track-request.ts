import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../../platform/context.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { disclosureRequests } from '../../schema/requests.js';
import { type ClockView, replyClocksOf } from './clocks.js';

export interface TrackedRequest {
  trackingCode: string;
  department: string;
  channel: string;
  status: string;
  receivedOn: string;
  concludedOn: string | null;
  outcome: string | null;
  replyClock: ClockView | null;
}

/**
 * What the public learns from a tracking code: the procedural facts of that one request, nothing personal.
 * An unknown code is NOT_FOUND (the same answer whatever the reason).
 */
export async function trackRequest(ctx: Ctx, trackingCode: string): Promise<TrackedRequest> {
  const [row] = await ctx.db
    .select({
      id: disclosureRequests.id,
      trackingCode: disclosureRequests.trackingCode,
      department: orgUnits.name,
      channel: disclosureRequests.channel,
      status: disclosureRequests.status,
      receivedOn: disclosureRequests.receivedOn,
      concludedOn: disclosureRequests.concludedOn,
      outcome: disclosureRequests.outcome,
    })
    .from(disclosureRequests)
    .innerJoin(orgUnits, eq(orgUnits.id, disclosureRequests.orgUnitId))
    .where(eq(disclosureRequests.trackingCode, trackingCode));
  if (!row) throw notFound('该查询码对应的申请');
  const clocks = await replyClocksOf(ctx.db, ctx, [row.id]);
  const { id: _id, ...rest } = row;
  return { ...rest, replyClock: clocks.get(row.id) ?? null };
}
