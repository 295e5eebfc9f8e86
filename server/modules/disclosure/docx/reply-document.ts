import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { bodyParagraph, buildOfficialDocument } from '../../../platform/docx/index.js';
import { ruleViolation } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
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

/** The reply document of a concluded request the actor may see (scope as the detail view). */
export async function replyDocumentFor(ctx: Ctx, id: string): Promise<{ fileName: string; buffer: Buffer }> {
  const { request: r } = await getRequest(ctx, id);
  if (r.status !== 'concluded' || !r.outcome || !r.concludedOn) {
    throw ruleViolation('REQUEST_NOT_CONCLUDED', '申请尚未办结，不能生成答复书');
  }
  const [district] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, r.districtId));
  const buffer = await buildReplyDocument({
    organName: r.orgUnitName,
    districtName: (district?.name ?? '').replace(/人民政府$/, ''),
    organIsDistrict: r.orgUnitId === r.districtId,
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
