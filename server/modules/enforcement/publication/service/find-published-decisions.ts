import { and, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PortalDecisionQuery } from '../../../../../common/contracts/enforcement/publication.js';
import type { Ctx } from '../../../../platform/context.js';
import { enforcementCases as c } from '../../cases/schema.js';
import {
  ORGANISATION_PARTY_TYPES,
  type PublishedDecisionRecord,
  portalDistrict,
  publishedIn,
  selectPublished,
  withOfficerNames,
} from './published-records.js';

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * A keyword matches the decision number, the public (masked) cause, or an organisation's name. Nothing the
 * public does not see is searched: finding 张* by typing 张三 or an ID prefix would re-identify (issue #11).
 */
function keywordCondition(q: string): SQL {
  const pattern = likePattern(q);
  return or(
    ilike(c.decisionNumber, pattern),
    ilike(c.publicCause, pattern),
    and(inArray(c.partyType, [...ORGANISATION_PARTY_TYPES]), ilike(c.partyName, pattern)),
    // A 个体工商户 shown by its trade name (rules/publication.ts isTradeName) is found by it too.
    and(
      eq(c.partyType, 'individual_business'),
      sql`char_length(${c.partyName}) > 3 AND ${c.partyName} IS DISTINCT FROM ${c.partyOperatorName}`,
      ilike(c.partyName, pattern),
    ),
  )!;
}

/** The portal's search of published decisions by keyword, body, kind and decision date; newest first. */
export async function findPublishedDecisions(
  ctx: Ctx,
  query: PortalDecisionQuery,
): Promise<{ items: PublishedDecisionRecord[]; total: number }> {
  const where = and(
    publishedIn(await portalDistrict(ctx)),
    query.q ? keywordCondition(query.q) : undefined,
    query.orgUnitId ? eq(c.orgUnitId, query.orgUnitId) : undefined,
    query.kind ? eq(c.kind, query.kind) : undefined,
    query.from ? gte(c.decidedOn, query.from) : undefined,
    query.to ? lte(c.decidedOn, query.to) : undefined,
  )!;
  const [rows, [counted]] = await Promise.all([
    selectPublished(ctx.db)
      .where(where)
      .orderBy(desc(c.publishedOn), desc(c.decidedOn), c.id)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(c).where(where),
  ]);
  return { items: await withOfficerNames(ctx.db, rows), total: counted?.n ?? 0 };
}
