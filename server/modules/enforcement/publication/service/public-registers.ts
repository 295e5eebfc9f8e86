import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Ctx } from '../../../../platform/context.js';
import { orgUnits } from '../../../../platform/org/index.js';
import {
  type EnforcementBodyRow,
  enforcementBodies as b,
  enforcementFeeItems as f,
  type FeeItemRow,
} from '../../registry/schema.js';
import { portalDistrict } from './published-records.js';

/** Confirmed bodies whose confirmation is in force today, with their basis and scope (事前公开, 国办发〔2018〕118号). */
export async function findPublicBodies(ctx: Ctx): Promise<(EnforcementBodyRow & { orgUnitName: string })[]> {
  const rows = await ctx.db
    .select({ body: b, orgUnitName: orgUnits.name })
    .from(b)
    .innerJoin(orgUnits, eq(orgUnits.id, b.orgUnitId))
    .where(
      and(
        eq(b.districtId, await portalDistrict(ctx)),
        lte(b.confirmedOn, ctx.today),
        or(isNull(b.revokedOn), gt(b.revokedOn, ctx.today)),
      ),
    )
    .orderBy(asc(orgUnits.code));
  return rows.map((r) => ({ ...r.body, orgUnitName: r.orgUnitName }));
}

/** The fee catalogue in force today (published, not repealed), by body (涉企行政事业性收费目录清单). */
export async function findPublicFees(ctx: Ctx): Promise<(FeeItemRow & { orgUnitName: string })[]> {
  const rows = await ctx.db
    .select({ item: f, orgUnitName: orgUnits.name })
    .from(f)
    .innerJoin(orgUnits, eq(orgUnits.id, f.orgUnitId))
    .where(
      and(
        eq(f.districtId, await portalDistrict(ctx)),
        lte(f.publishedOn, ctx.today),
        or(isNull(f.repealedOn), gt(f.repealedOn, ctx.today)),
      ),
    )
    .orderBy(asc(orgUnits.code), asc(f.code));
  return rows.map((r) => ({ ...r.item, orgUnitName: r.orgUnitName }));
}
