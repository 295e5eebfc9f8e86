import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { bodyParagraph, buildOfficialDocument } from '../../../platform/docx/index.js';
import { ruleViolation } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import type { ReplyOrgan } from '../rules/remedies.js';
import { formatTrackingCode } from '../rules/tracking-code.js';
import { getRequest } from '../service/requests/get-request.js';
import { type ReplyFacts, replyParagraphs } from './reply-text.js';

/** The reply's facts and its 文号 (null for a reply concluded before Fazhi numbered replies). */
export type ReplyDocumentFacts = ReplyFacts & { documentNumber?: string | null };

/**
 * Lays out the reply document (.docx) for a concluded request in the GB/T 9704-2012 form: the organ's mark,
 * the 文号 centred under it (never the tracking code), title, body, signature. Decision 0019.
 */
export function buildReplyDocument(f: ReplyDocumentFacts): Promise<Buffer> {
  return buildOfficialDocument({
    organName: f.organName,
    documentNumber: f.documentNumber ?? null,
    title: '政府信息公开申请答复书',
    body: [bodyParagraph(`${f.applicantName}：`, false), ...replyParagraphs(f).map((p) => bodyParagraph(p))],
    dateOn: f.concludedOn,
  });
}

const unitsById = async (ctx: Ctx, ids: string[]) =>
  new Map(
    (
      await ctx.db
        .select({ id: orgUnits.id, name: orgUnits.name, type: orgUnits.type, parentId: orgUnits.parentId })
        .from(orgUnits)
        .where(inArray(orgUnits.id, ids))
    ).map((u) => [u.id, u]),
  );

/** The replying organ as 复议 jurisdiction sees it: the district government, a department, or a body it set up. */
async function replyOrganOf(ctx: Ctx, orgUnitId: string, districtId: string): Promise<ReplyOrgan> {
  const units = await unitsById(ctx, [orgUnitId, districtId]);
  const unit = units.get(orgUnitId);
  const districtName = (units.get(districtId)?.name ?? '').replace(/人民政府$/, '');
  const base = { districtName, parentDepartmentName: null };
  if (!unit || unit.type === 'district') return { ...base, kind: 'government' };
  if (unit.type === 'department') return { ...base, kind: 'department' };
  const parent = unit.parentId ? (await unitsById(ctx, [unit.parentId])).get(unit.parentId) : undefined;
  return {
    ...base,
    kind: 'agency',
    parentDepartmentName: parent?.type === 'department' ? parent.name : null,
  };
}

/** The reply document of a concluded request the actor may see (scope as the detail view). */
export async function replyDocumentFor(ctx: Ctx, id: string): Promise<{ fileName: string; buffer: Buffer }> {
  const { request: r, history } = await getRequest(ctx, id);
  if (r.status !== 'concluded' || !r.outcome || !r.concludedOn) {
    throw ruleViolation('REQUEST_NOT_CONCLUDED', '申请尚未办结，不能生成答复书');
  }
  const buffer = await buildReplyDocument({
    organName: r.orgUnitName,
    organ: await replyOrganOf(ctx, r.orgUnitId, r.districtId),
    withdrawn: history.some((s) => s.transition === 'withdraw'),
    withheldParts: r.withheldParts,
    notHeldKind: r.notHeldKind as ReplyFacts['notHeldKind'],
    competentOrgan: r.competentOrgan,
    competentOrganContact: r.competentOrganContact,
    competentOrganUnknownReason: r.competentOrganUnknownReason,
    trackingCode: r.trackingCode,
    applicantName: r.orgName ?? r.applicantName,
    receivedOn: r.receivedOn,
    informationDescription: r.informationDescription,
    outcome: r.outcome,
    concludedOn: r.concludedOn,
    correctionRequestedOn: r.correctionRequestedOn,
    correctionReceivedOn: r.correctionReceivedOn,
    feeNoticeOn: r.feeNoticeOn,
    replyText: r.replyText,
    documentNumber: r.replyDocumentNumber,
  });
  return { fileName: `答复书-${r.replyDocumentNumber ?? formatTrackingCode(r.trackingCode)}`, buffer };
}
