import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  AdjustItemBody,
  CatalogueItemBody,
  CatalogueStepBody,
  LaunchBody,
} from '../../../../common/contracts/decisions.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { catalogueScope } from '../policy.js';
import {
  type CatalogueItemRow,
  decisionCatalogueItems,
  decisionCatalogues,
  type DecisionRow,
  decisions,
} from '../schema.js';
import { unitsById } from './records.js';

/** 决策编号: 于洪决〔YYYY〕N号 style, the next number of the year in the district. */
export async function nextDecisionNumber(db: Executor, districtId: string, year: number): Promise<string> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(and(eq(decisions.districtId, districtId), sql`${decisions.number} LIKE ${`%〔${year}〕%`}`));
  return `重大决策〔${year}〕${(row?.n ?? 0) + 1}号`;
}

async function assertUnit(db: Executor, districtId: string, unitId: string) {
  const units = await unitsById(db, districtId, [unitId]);
  if (!units.has(unitId)) throw validationFailed([{ path: 'unitId', message: '承办单位不存在' }]);
}

/** 决策启动 (第十条、第十一条): the 决策机关 starts it and names the 承办单位. */
export async function launchDecision(ctx: Ctx, body: LaunchBody): Promise<DecisionRow> {
  const actor = ctx.actor!;
  assertCan(actor, 'decisions.launch');
  if (body.launchedOn > ctx.today)
    throw validationFailed([{ path: 'launchedOn', message: '启动日期不能晚于今天' }]);
  return ctx.db.transaction(async (tx) => {
    await assertUnit(tx, actor.districtId, body.unitId);
    if (body.catalogueItemId) {
      const [item] = await tx
        .select()
        .from(decisionCatalogueItems)
        .where(and(eq(decisionCatalogueItems.id, body.catalogueItemId), catalogueScope(actor)));
      if (!item) throw validationFailed([{ path: 'catalogueItemId', message: '目录中没有这一事项' }]);
      if (item.status !== 'listed')
        throw validationFailed([{ path: 'catalogueItemId', message: '该事项已调出目录' }]);
      const [opened] = await tx
        .select({ id: decisions.id })
        .from(decisions)
        .where(eq(decisions.catalogueItemId, item.id));
      if (opened) throw validationFailed([{ path: 'catalogueItemId', message: '该目录事项已启动决策' }]);
    }
    const [row] = await tx
      .insert(decisions)
      .values({
        districtId: actor.districtId,
        orgUnitId: body.unitId,
        number: await nextDecisionNumber(tx, actor.districtId, Number(body.launchedOn.slice(0, 4))),
        catalogueItemId: body.catalogueItemId ?? null,
        title: body.title,
        category: body.category,
        state: 'drafting',
        source: body.source,
        sourceProposalId: body.sourceProposalId ?? null,
        sourceText: body.sourceText,
        launchedOn: body.launchedOn,
        technical: body.technical,
        riskRelevant: body.riskRelevant,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'decisions.decision.launched',
      subjectType: 'major_decision',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return row!;
  });
}

async function catalogueOf(tx: Tx, districtId: string, year: number) {
  const [row] = await tx
    .select()
    .from(decisionCatalogues)
    .where(and(eq(decisionCatalogues.districtId, districtId), eq(decisionCatalogues.year, year)))
    .for('update');
  return row ?? null;
}

/** 目录 item: added while the catalogue is drafted; after approval only an adjustment (with its reason) changes it. */
export async function addCatalogueItem(
  ctx: Ctx,
  body: z.output<typeof CatalogueItemBody>,
): Promise<CatalogueItemRow> {
  const actor = ctx.actor!;
  assertCan(actor, 'decisions.catalogue');
  return ctx.db.transaction(async (tx) => {
    await assertUnit(tx, actor.districtId, body.unitId);
    let catalogue = await catalogueOf(tx, actor.districtId, body.year);
    if (!catalogue) {
      const [created] = await tx
        .insert(decisionCatalogues)
        .values({
          districtId: actor.districtId,
          orgUnitId: actor.districtId,
          year: body.year,
          state: 'draft',
        })
        .returning();
      catalogue = created!;
    }
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(decisionCatalogueItems)
      .where(
        and(
          eq(decisionCatalogueItems.districtId, actor.districtId),
          eq(decisionCatalogueItems.year, body.year),
        ),
      );
    const [row] = await tx
      .insert(decisionCatalogueItems)
      .values({
        districtId: actor.districtId,
        orgUnitId: body.unitId,
        year: body.year,
        number: String((count?.n ?? 0) + 1),
        title: body.title,
        category: body.category,
        plannedOn: body.plannedOn,
        // An item added after approval is itself an adjustment of the published catalogue.
        adjustReason: catalogue!.state === 'draft' ? null : '目录批准后增补',
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'decisions.catalogue.item_added',
      subjectType: 'decision_catalogue_item',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return row!;
  });
}

/** 目录调整 (第三条第三款 "根据实际情况调整"): a new title or date, or the item withdrawn, always with the reason. */
export async function adjustCatalogueItem(
  ctx: Ctx,
  itemId: string,
  body: z.output<typeof AdjustItemBody>,
): Promise<CatalogueItemRow> {
  const actor = ctx.actor!;
  assertCan(actor, 'decisions.catalogue');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(decisionCatalogueItems)
      .where(and(eq(decisionCatalogueItems.id, itemId), catalogueScope(actor)))
      .for('update');
    if (!before) throw notFound('目录事项');
    assertSeenVersion(ctx, before);
    const [row] = await tx
      .update(decisionCatalogueItems)
      .set({
        title: body.title,
        plannedOn: body.plannedOn,
        status: body.withdrawn ? 'withdrawn' : 'listed',
        adjustReason: body.reason,
        version: before.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(decisionCatalogueItems.id, itemId))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'decisions.catalogue.item_adjusted',
      subjectType: 'decision_catalogue_item',
      subjectId: itemId,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      before,
      after: body,
    });
    return row!;
  });
}

/** 报党委同意 then 公布 (第三条第三款): approve needs items; publish needs approval. */
export async function advanceCatalogue(
  ctx: Ctx,
  step: 'approve' | 'publish',
  body: z.output<typeof CatalogueStepBody>,
): Promise<void> {
  const actor = ctx.actor!;
  assertCan(actor, 'decisions.catalogue');
  if (body.on > ctx.today) throw validationFailed([{ path: 'on', message: '日期不能晚于今天' }]);
  await ctx.db.transaction(async (tx) => {
    const catalogue = await catalogueOf(tx, actor.districtId, body.year);
    if (!catalogue) throw validationFailed([{ path: 'year', message: `${body.year}年度目录还没有事项` }]);
    assertSeenVersion(ctx, catalogue);
    const expected = step === 'approve' ? 'draft' : 'approved';
    if (catalogue.state !== expected)
      throw validationFailed([
        {
          path: 'year',
          message: step === 'approve' ? '目录已报党委同意' : '目录须先经同级党委同意才能公布',
        },
      ]);
    await tx
      .update(decisionCatalogues)
      .set({
        state: step === 'approve' ? 'approved' : 'published',
        ...(step === 'approve' ? { approvedOn: body.on } : { publishedOn: body.on }),
        version: catalogue.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(decisionCatalogues.id, catalogue.id));
    await recordAudit(tx, ctx, {
      action: step === 'approve' ? 'decisions.catalogue.approved' : 'decisions.catalogue.published',
      subjectType: 'decision_catalogue',
      subjectId: catalogue.id,
      orgUnitId: catalogue.orgUnitId,
      districtId: catalogue.districtId,
      after: body,
    });
  });
}
