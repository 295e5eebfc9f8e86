import { and, eq, sql } from 'drizzle-orm';
import type { PutDisclosureGuideBody } from '../../../../../common/contracts/disclosure/proactive.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { type Executor, inTransaction } from '../../../../platform/db/index.js';
import { forbidden, notFound } from '../../../../platform/errors.js';
import { defaultDistrictId, type OrgUnit } from '../../../../platform/org/index.js';
import {
  type DisclosureGuideRow,
  disclosureGuides as guides,
  disclosureProactiveItems as items,
} from '../../schema/proactive.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../../platform/versions.js';
import { mayActForUnit } from './policy.js';
import { publicCondition } from './public.js';
import { disclosingUnits } from './units.js';

export interface GuideView {
  unit: OrgUnit;
  guide: DisclosureGuideRow | null;
}

async function unitOf(db: Executor, districtId: string, orgUnitId: string): Promise<OrgUnit> {
  const unit = (await disclosingUnits(db, districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw notFound('单位');
  return unit;
}

async function guideOf(
  db: Executor,
  orgUnitId: string,
  opts = { forUpdate: false },
): Promise<DisclosureGuideRow | null> {
  const query = db.select().from(guides).where(eq(guides.orgUnitId, orgUnitId));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A unit's 政府信息公开指南 (empty when it has none yet). */
export async function getGuide(ctx: Ctx, orgUnitId: string): Promise<GuideView> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.view_proactive');
  const unit = await unitOf(ctx.db, actor.districtId, orgUnitId);
  return { unit, guide: await guideOf(ctx.db, unit.id) };
}

/**
 * Writes a unit's guide (条例 第二十二条: each organ compiles and updates its guide and catalogue); the
 * coordinator for any unit, an officer for their own.
 */
export async function putGuide(
  ctx: Ctx,
  orgUnitId: string,
  input: PutDisclosureGuideBody,
): Promise<GuideView> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.edit_guide');
  return inTransaction(ctx.db, async (tx) => {
    const unit = await unitOf(tx, actor.districtId, orgUnitId);
    if (!mayActForUnit(actor, unit)) throw forbidden('只能编辑本单位的政府信息公开指南');
    const before = await guideOf(tx, unit.id, { forUpdate: true });
    assertSeenVersion(ctx, before);
    const values = { ...input, updatedOn: ctx.today, updatedBy: actor.userId, updatedAt: ctx.now };
    const { version, setWhere } = versionedUpsert(ctx, guides.version);
    const guide = assertUpserted(
      ctx,
      await tx
        .insert(guides)
        .values({ ...values, orgUnitId: unit.id, districtId: unit.districtId, createdAt: ctx.now })
        .onConflictDoUpdate({ target: guides.orgUnitId, set: { ...values, version }, setWhere })
        .returning(),
    );
    await recordAudit(tx, ctx, {
      action: before ? 'disclosure.guide.updated' : 'disclosure.guide.created',
      subjectType: 'disclosure_guide',
      subjectId: guide.id,
      orgUnitId: unit.id,
      districtId: unit.districtId,
      before: before && {
        text: before.text,
        contact: before.contact,
        address: before.address,
        officeHours: before.officeHours,
      },
      after: input,
    });
    return { unit, guide };
  });
}

/** The portal's guide page: every disclosing unit with its guide and the number of items in its catalogue. */
export async function publicGuides(ctx: Ctx): Promise<(GuideView & { items: number })[]> {
  const districtId = await defaultDistrictId(ctx.db);
  const [units, rows, counts] = await Promise.all([
    disclosingUnits(ctx.db, districtId),
    ctx.db.select().from(guides).where(eq(guides.districtId, districtId)),
    ctx.db
      .select({ orgUnitId: items.orgUnitId, n: sql<number>`count(*)::int` })
      .from(items)
      .where(and(publicCondition(districtId)))
      .groupBy(items.orgUnitId),
  ]);
  const byUnit = new Map(rows.map((g) => [g.orgUnitId, g]));
  const countOf = new Map(counts.map((c) => [c.orgUnitId, Number(c.n)]));
  return units
    .filter((u) => byUnit.has(u.id) || countOf.has(u.id))
    .map((unit) => ({ unit, guide: byUnit.get(unit.id) ?? null, items: countOf.get(unit.id) ?? 0 }));
}
