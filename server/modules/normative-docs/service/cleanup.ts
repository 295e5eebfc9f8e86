import { and, asc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Campaign,
  CleanupResultBody,
  OpenCampaignBody,
} from '../../../../common/contracts/normative-docs.js';
import { CLEANUP_RESULTS } from '../../../../common/contracts/normative-docs.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db, Executor, Tx } from '../../../platform/db/index.js';
import { notFound, ruleViolation, validationFailed } from '../../../platform/errors.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { docScope } from '../policy.js';
import {
  normativeCleanupItems as ci,
  normativeCleanups as c,
  normativeDocCitations,
  normativeDocs as d,
} from '../schema.js';
import { fireDocTransition } from './transitions.js';

const CAMPAIGN = '清理活动';

/** The documents a campaign reviews: those listed, or in force and matching the issuer / issued before / the law. */
async function selectDocs(tx: Tx, ctx: Ctx, body: OpenCampaignBody): Promise<string[]> {
  const where: SQL[] = [docScope(ctx.actor!), inArray(d.status, ['published', 'filed'])];
  if (body.docIds.length) where.push(inArray(d.id, body.docIds));
  if (body.issuerId) where.push(eq(d.orgUnitId, body.issuerId));
  if (body.issuedBefore) where.push(lt(d.publishedOn, body.issuedBefore));
  if (body.lawId)
    where.push(
      sql`EXISTS (SELECT 1 FROM ${normativeDocCitations} x WHERE x.doc_id = ${d.id} AND x.law_id = ${body.lawId})`,
    );
  const rows = await tx
    .select({ id: d.id })
    .from(d)
    .where(and(...where));
  if (body.docIds.length && rows.length !== body.docIds.length)
    throw validationFailed([{ path: 'docIds', message: '所列文件有的不存在、不在您的范围内或已不再有效' }]);
  return rows.map((r) => r.id);
}

/** 开展清理: a campaign over the documents selected; each awaits its result. */
export async function openCampaign(ctx: Ctx, body: OpenCampaignBody): Promise<string> {
  const actor = ctx.actor!;
  assertCan(actor, 'normative_docs.cleanup');
  if (body.startedOn > ctx.today)
    throw validationFailed([{ path: 'startedOn', message: '开始日期不能晚于今天' }]);
  return ctx.db.transaction(async (tx) => {
    const docIds = await selectDocs(tx, ctx, body);
    if (docIds.length === 0)
      throw validationFailed([{ path: 'docIds', message: '没有符合条件的现行有效文件' }]);
    const [row] = await tx
      .insert(c)
      .values({
        districtId: actor.districtId,
        orgUnitId: actor.districtId,
        title: body.title,
        reason: body.reason,
        startedOn: body.startedOn,
        status: 'open',
      })
      .returning();
    await tx
      .insert(ci)
      .values(docIds.map((docId) => ({ cleanupId: row!.id, docId, districtId: actor.districtId })));
    await recordAudit(tx, ctx, {
      action: 'normative_docs.cleanup.opened',
      subjectType: 'normative_cleanup',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: { ...body, docIds },
    });
    return row!.id;
  });
}

async function lockCampaign(tx: Tx, ctx: Ctx, id: string) {
  const [row] = await tx
    .select()
    .from(c)
    .where(and(eq(c.id, id), eq(c.districtId, ctx.actor!.districtId)))
    .for('update');
  if (!row) throw notFound(CAMPAIGN);
  assertSeenVersion(ctx, row);
  if (row.status !== 'open') throw ruleViolation('CLEANUP_PUBLISHED', '清理结果已公布，不能再修改');
  return row;
}

const bump = (tx: Tx, id: string) =>
  tx
    .update(c)
    .set({ version: sql`${c.version} + 1` })
    .where(eq(c.id, id));

/** One document's result: 继续有效 / 修改 / 废止 / 失效, with the reason and the reviewer. */
export async function recordCleanupResult(
  ctx: Ctx,
  id: string,
  docId: string,
  body: z.output<typeof CleanupResultBody>,
): Promise<void> {
  assertCan(ctx.actor, 'normative_docs.cleanup');
  if (body.reviewedOn > ctx.today)
    throw validationFailed([{ path: 'reviewedOn', message: '审查日期不能晚于今天' }]);
  await ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, id);
    if (body.reviewedOn < campaign.startedOn)
      throw validationFailed([{ path: 'reviewedOn', message: '审查日期不能早于清理开始日期' }]);
    const updated = await tx
      .update(ci)
      .set({ result: body.result, reason: body.reason, reviewer: body.reviewer, reviewedOn: body.reviewedOn })
      .where(and(eq(ci.cleanupId, id), eq(ci.docId, docId)))
      .returning({ id: ci.id });
    if (!updated.length) throw notFound('清理文件');
    await bump(tx, id);
    await recordAudit(tx, ctx, {
      action: 'normative_docs.cleanup.result_recorded',
      subjectType: 'normative_cleanup',
      subjectId: id,
      orgUnitId: campaign.orgUnitId,
      districtId: campaign.districtId,
      after: { docId, ...body },
    });
  });
}

/**
 * 公布清理结果: every document has its result; 废止 and 失效 end the documents (each through its procedure, in
 * this same transaction), 修改 marks them for revision, and the lists go to the portal.
 */
export async function publishCampaign(ctx: Ctx, id: string, publishedOn: string): Promise<void> {
  assertCan(ctx.actor, 'normative_docs.publish_cleanup');
  if (publishedOn > ctx.today)
    throw validationFailed([{ path: 'publishedOn', message: '公布日期不能晚于今天' }]);
  await ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, id);
    const items = await tx.select().from(ci).where(eq(ci.cleanupId, id));
    const open = items.filter((i) => !i.result).length;
    if (open) throw ruleViolation('CLEANUP_INCOMPLETE', `尚有 ${open} 件文件未填写清理结果`);
    if (items.some((i) => i.reviewedOn! > publishedOn))
      throw validationFailed([{ path: 'publishedOn', message: '公布日期不能早于文件的审查日期' }]);
    // The documents' steps join this transaction (a savepoint each): all of them or none.
    const inner: Ctx = { ...ctx, db: tx as unknown as Db, seenVersion: undefined };
    const reason = (r: string | null) => `${campaign.title}：${r ?? ''}`;
    for (const item of items) {
      if (item.result === 'repeal')
        await fireDocTransition(inner, item.docId, 'repeal', {
          on: publishedOn,
          reason: reason(item.reason),
        });
      else if (item.result === 'expire')
        await fireDocTransition(inner, item.docId, 'expire', {
          on: publishedOn,
          reason: reason(item.reason),
        });
      else if (item.result === 'revise')
        await tx
          .update(d)
          .set({ needsRevision: true, version: sql`${d.version} + 1` })
          .where(eq(d.id, item.docId));
    }
    await tx
      .update(c)
      .set({ status: 'published', publishedOn, version: sql`${c.version} + 1` })
      .where(eq(c.id, id));
    await recordAudit(tx, ctx, {
      action: 'normative_docs.cleanup.published',
      subjectType: 'normative_cleanup',
      subjectId: id,
      orgUnitId: campaign.orgUnitId,
      districtId: campaign.districtId,
      after: { publishedOn, reviewed: items.length },
    });
  });
}

async function itemsOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      cleanupId: ci.cleanupId,
      docId: ci.docId,
      title: d.title,
      documentNumber: d.documentNumber,
      result: ci.result,
      reason: ci.reason,
      reviewer: ci.reviewer,
      reviewedOn: ci.reviewedOn,
    })
    .from(ci)
    .innerJoin(d, eq(d.id, ci.docId))
    .where(inArray(ci.cleanupId, [...ids]))
    .orderBy(asc(d.publishedOn), asc(d.documentNumber));
}

/** The district's campaigns with how many documents each reviewed. */
export async function findCampaigns(ctx: Ctx) {
  assertCan(ctx.actor, 'normative_docs.view');
  const rows = await ctx.db
    .select({ c, reviewed: sql<number>`(SELECT count(*)::int FROM ${ci} WHERE ${ci.cleanupId} = ${c.id})` })
    .from(c)
    .where(eq(c.districtId, ctx.actor!.districtId))
    .orderBy(sql`${c.startedOn} DESC`);
  return rows.map(({ c: row, reviewed }) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    reason: row.reason,
    startedOn: row.startedOn,
    status: row.status,
    publishedOn: row.publishedOn,
    reviewed: Number(reviewed),
  }));
}

/** One campaign with its documents and results (staff). */
export async function getCampaign(ctx: Ctx, id: string): Promise<Campaign> {
  assertCan(ctx.actor, 'normative_docs.view');
  const [row] = await ctx.db
    .select()
    .from(c)
    .where(and(eq(c.id, id), eq(c.districtId, ctx.actor!.districtId)));
  if (!row) throw notFound(CAMPAIGN);
  const items = await itemsOf(ctx.db, [id]);
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    reason: row.reason,
    startedOn: row.startedOn,
    status: row.status,
    publishedOn: row.publishedOn,
    items: items.map(({ cleanupId: _, ...i }) => i),
  };
}

/** The published campaigns' lists for the portal: in force, to be revised, repealed, expired. */
export async function publicCampaigns(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(c)
    .where(eq(c.status, 'published'))
    .orderBy(sql`${c.publishedOn} DESC`);
  const items = await itemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publishedOn: row.publishedOn!,
    lists: Object.fromEntries(
      CLEANUP_RESULTS.map((r) => [
        r.code,
        items
          .filter((i) => i.cleanupId === row.id && i.result === r.code)
          .map((i) => ({ title: i.title, documentNumber: i.documentNumber })),
      ]),
    ),
  }));
}
