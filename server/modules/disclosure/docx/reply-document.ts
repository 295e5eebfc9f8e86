import { inArray } from 'drizzle-orm';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { Ctx } from '../../../platform/context.js';
import { ruleViolation } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import type { ReplyOrgan } from '../rules/remedies.js';
import { formatTrackingCode } from '../rules/tracking-code.js';
import { getRequest } from '../service/requests/get-request.js';
import { chineseDate, type ReplyFacts, replyParagraphs } from './reply-text.js';

// GB/T 9704-2012 layout: 二号方正小标宋简体 title, 三号仿宋_GB2312 body, 28 pt line pitch, A4 margins.
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const SIZE_2 = 44; // 二号 22 pt, in half-points
const SIZE_3 = 32; // 三号 16 pt
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const mm = (n: number) => Math.round(n * 56.7);

const run = (text: string, font = BODY_FONT, size = SIZE_3) =>
  new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size });

function body(text: string, indent = true): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: LINE,
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: 640 } : undefined,
  });
}

/** Lays out the reply document (.docx) for a concluded request. */
export async function buildReplyDocument(f: ReplyFacts): Promise<Buffer> {
  const year = f.concludedOn.slice(0, 4);
  const children = [
    new Paragraph({
      children: [run('政府信息公开申请答复书', TITLE_FONT, SIZE_2)],
      alignment: AlignmentType.CENTER,
      spacing: LINE,
    }),
    new Paragraph({
      children: [run(`依申请公开答复〔${year}〕${formatTrackingCode(f.trackingCode)}号`)],
      alignment: AlignmentType.CENTER,
      spacing: LINE,
    }),
    new Paragraph({ children: [], spacing: LINE }),
    body(`${f.applicantName}：`, false),
    ...replyParagraphs(f).map((p) => body(p)),
    new Paragraph({ children: [], spacing: LINE }),
    new Paragraph({
      children: [run(f.organName)],
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: mm(14) },
    }),
    new Paragraph({
      children: [run(chineseDate(f.concludedOn))],
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: mm(14) },
    }),
  ];
  const doc = new Document({
    creator: f.organName,
    title: '政府信息公开申请答复书',
    sections: [
      {
        properties: { page: { margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
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
  });
  return { fileName: `答复书-${formatTrackingCode(r.trackingCode)}`, buffer };
}
