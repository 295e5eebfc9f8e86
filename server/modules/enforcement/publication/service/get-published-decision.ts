import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../../platform/context.js';
import { notFound } from '../../../../platform/errors.js';
import { enforcementCases as c } from '../../cases/schema.js';
import {
  type PublishedDecisionRecord,
  portalDistrict,
  publishedIn,
  selectPublished,
  withOfficerNames,
} from './published-records.js';

/** One published decision, or NOT_FOUND for anything else (pending, withdrawn, unknown: all alike). */
export async function getPublishedDecision(ctx: Ctx, id: string): Promise<PublishedDecisionRecord> {
  const rows = await selectPublished(ctx.db).where(and(eq(c.id, id), publishedIn(await portalDistrict(ctx))));
  const [found] = await withOfficerNames(ctx.db, rows);
  if (!found) throw notFound('公示的执法决定');
  return found;
}
