import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { defaultDistrictId, orgUnits } from '../../../../platform/org/index.js';
import { type EnforcementCaseRow, enforcementCases as c } from '../../cases/schema.js';
import { enforcementOfficers as o } from '../../registry/schema.js';
import { isTradeName } from '../../rules/publication.js';

/** Parties shown by full name and credit code; a 个体工商户 by its trade name (rules/publication.ts). */
export const ORGANISATION_PARTY_TYPES: readonly string[] = ['legal_person', 'other_org'];

/** Is the party shown by name on the portal (an organisation, or a 个体工商户 under its trade name)? */
export const isNamedPublicly = (row: EnforcementCaseRow) =>
  ORGANISATION_PARTY_TYPES.includes(row.partyType) ||
  (row.partyType === 'individual_business' && isTradeName(row));

/** A published case with what the public presenter needs: the body's name, and names it must never show. */
export interface PublishedDecisionRecord {
  row: EnforcementCaseRow;
  orgUnitName: string;
  /** The handling officers' names, scrubbed out of free text (the portal never names officers). */
  officerNames: string[];
}

/** The district the portal shows: the visitor's, or the install's district. */
export async function portalDistrict(ctx: Ctx): Promise<string> {
  return ctx.actor?.districtId ?? defaultDistrictId(ctx.db);
}

/**
 * What the public may see: decisions published and not withdrawn. Pending, withdrawn, not_required and
 * undecided cases never match (国办发〔2018〕118号; 《行政处罚法》第四十八条).
 */
export function publishedIn(districtId: string): SQL {
  return and(eq(c.districtId, districtId), eq(c.publicationState, 'published'))!;
}

export function selectPublished(db: Executor) {
  return db
    .select({ row: c, orgUnitName: orgUnits.name })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .$dynamic();
}

/** Attaches the handling officers' names to each row (one query for the page). */
export async function withOfficerNames(
  db: Executor,
  rows: { row: EnforcementCaseRow; orgUnitName: string }[],
): Promise<PublishedDecisionRecord[]> {
  const ids = [...new Set(rows.flatMap((r) => r.row.handlerOfficerIds))];
  const officers = ids.length
    ? await db.select({ id: o.id, name: o.name }).from(o).where(inArray(o.id, ids))
    : [];
  const nameOf = new Map(officers.map((x) => [x.id, x.name]));
  return rows.map((r) => ({
    ...r,
    officerNames: r.row.handlerOfficerIds.flatMap((id) => nameOf.get(id) ?? []),
  }));
}
