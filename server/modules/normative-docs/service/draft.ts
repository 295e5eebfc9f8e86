import { and, eq, inArray } from 'drizzle-orm';
import type { DraftDocBody } from '../../../../common/contracts/normative-docs.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, isDistrictWide } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { type NormativeDocRow, normativeDocCitations, normativeDocs, normativeLaws } from '../schema.js';

/** The issuer must be one of the district's units the actor acts for (a department drafts its own documents). */
async function assertIssuer(tx: Tx, ctx: Ctx, orgUnitId: string) {
  const actor = ctx.actor!;
  const [unit] = await tx
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, orgUnitId), eq(orgUnits.districtId, actor.districtId)));
  if (!unit) throw validationFailed([{ path: 'orgUnitId', message: '制定机关不是本区的单位' }]);
  if (!isDistrictWide(actor) && !unit.path.startsWith(actor.orgPath))
    throw forbidden('只能为本单位起草规范性文件');
}

/** The laws cited must be in the district's register (the `citations.N.lawId` field is named when not). */
export async function assertLaws(tx: Tx, districtId: string, lawIds: readonly string[], field = 'citations') {
  if (lawIds.length === 0) return;
  const found = await tx
    .select({ id: normativeLaws.id })
    .from(normativeLaws)
    .where(and(inArray(normativeLaws.id, [...lawIds]), eq(normativeLaws.districtId, districtId)));
  const known = new Set(found.map((l) => l.id));
  const missing = lawIds.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw validationFailed([{ path: `${field}.${missing}.lawId`, message: '法律法规依据库中没有这一项' }]);
}

/** 起草: a new draft under its issuer, with the laws it rests on. */
export async function draftDoc(ctx: Ctx, body: DraftDocBody): Promise<NormativeDocRow> {
  const actor = ctx.actor!;
  assertCan(actor, 'normative_docs.draft');
  if (body.draftedOn > ctx.today)
    throw validationFailed([{ path: 'draftedOn', message: '起草日期不能晚于今天' }]);
  return ctx.db.transaction(async (tx) => {
    await assertIssuer(tx, ctx, body.orgUnitId);
    await assertLaws(
      tx,
      actor.districtId,
      body.citations.map((c) => c.lawId),
    );
    const [row] = await tx
      .insert(normativeDocs)
      .values({
        districtId: actor.districtId,
        orgUnitId: body.orgUnitId,
        issuerLevel: body.issuerLevel,
        title: body.title,
        draftingUnit: body.draftingUnit,
        subject: body.subject,
        body: body.body,
        draftedOn: body.draftedOn,
        status: 'drafting',
      })
      .returning();
    if (body.citations.length)
      await tx
        .insert(normativeDocCitations)
        .values(body.citations.map((c) => ({ docId: row!.id, lawId: c.lawId, article: c.article })));
    await recordAudit(tx, ctx, {
      action: 'normative_docs.doc.drafted',
      subjectType: 'normative_doc',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return row!;
  });
}
