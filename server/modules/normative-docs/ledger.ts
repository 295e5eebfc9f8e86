import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { DOC_STATES, ISSUER_LEVELS, REVIEW_CONCLUSIONS } from '../../../common/contracts/normative-docs.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { docScope } from './policy.js';
import { filingRecipients, isProvisionalTitle } from './rules.js';
import { normativeDocFilings, normativeDocReviews, normativeDocs } from './schema.js';

/** One document per row as the 规范性文件台账 keeps it (legal-rules §4.2's ledger fields). */
export type DocLedgerRow = {
  issuer: string;
  issuerLevel: string;
  title: string;
  draftingUnit: string;
  documentNumber: string;
  registrationNumber: string | null;
  reviewConclusion: string | null;
  reviewedOn: string | null;
  meeting: string | null;
  meetingOn: string | null;
  signer: string | null;
  publishedOn: string;
  effectiveOn: string | null;
  validUntil: string | null;
  filedOn: string | null;
  endedOn: string | null;
  ending: string | null;
  endReason: string | null;
  state: string | null;
};

const dict = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ENDINGS = [
  { code: 'repealed', label: '废止' },
  { code: 'expired', label: '失效' },
];

export const docLedger = defineLedger<DocLedgerRow>({
  key: 'normative_docs.docs',
  sheetName: '规范性文件',
  columns: [
    {
      key: 'issuer',
      header: '制定机关',
      type: 'string',
      required: true,
      maxLength: 60,
      example: '沈阳市于洪区人民政府',
    },
    { key: 'issuerLevel', header: '制定机关类别', type: 'enum', required: true, dict: dict(ISSUER_LEVELS) },
    { key: 'title', header: '文件名称', type: 'string', required: true, maxLength: 200 },
    { key: 'draftingUnit', header: '起草单位', type: 'string', required: true, maxLength: 60 },
    {
      key: 'documentNumber',
      header: '发文字号',
      type: 'string',
      required: true,
      maxLength: 60,
      example: '于政发〔2020〕3号',
    },
    {
      key: 'registrationNumber',
      header: '登记编号',
      type: 'string',
      maxLength: 40,
      example: 'YHGS-2020-003',
    },
    { key: 'reviewConclusion', header: '合法性审核结论', type: 'enum', dict: dict(REVIEW_CONCLUSIONS) },
    { key: 'reviewedOn', header: '审核完成日期', type: 'date' },
    { key: 'meeting', header: '集体审议会议', type: 'string', maxLength: 100 },
    { key: 'meetingOn', header: '审议日期', type: 'date' },
    { key: 'signer', header: '签发人', type: 'string', maxLength: 40 },
    { key: 'publishedOn', header: '公布日期', type: 'date', required: true },
    { key: 'effectiveOn', header: '施行日期', type: 'date' },
    { key: 'validUntil', header: '有效期至', type: 'date' },
    { key: 'filedOn', header: '报送备案日期', type: 'date' },
    { key: 'endedOn', header: '废止（失效）日期', type: 'date' },
    { key: 'ending', header: '废止或失效', type: 'enum', dict: dict(ENDINGS) },
    { key: 'endReason', header: '废止（失效）理由', type: 'string', maxLength: 1000 },
    { key: 'state', header: '状态', type: 'enum', dict: dict(DOC_STATES), note: '导出时填写，导入时忽略' },
  ],
});

const ExportQuery = z.object({ format: LedgerFormatField });
type Problems = FieldProblem<DocLedgerRow>[];
interface Prepared {
  row: DocLedgerRow;
  orgUnitId: string;
}

/** The published documents in the actor's scope as the ledger shows them (drafts are not in the ledger yet). */
async function ledgerRows(ctx: Ctx): Promise<DocLedgerRow[]> {
  const d = normativeDocs;
  const result = await ctx.db.execute<DocLedgerRow>(sql`
    SELECT u.name AS issuer, ${d.issuerLevel} AS "issuerLevel", ${d.title} AS title, ${d.draftingUnit} AS "draftingUnit",
      ${d.documentNumber} AS "documentNumber", ${d.registrationNumber} AS "registrationNumber",
      r.conclusion AS "reviewConclusion", r.reviewed_on AS "reviewedOn", ${d.meeting} AS meeting,
      ${d.meetingOn} AS "meetingOn", ${d.signer} AS signer, ${d.publishedOn} AS "publishedOn",
      ${d.effectiveOn} AS "effectiveOn", ${d.validUntil} AS "validUntil", ${d.filedOn} AS "filedOn",
      ${d.endedOn} AS "endedOn", CASE WHEN ${d.status} IN ('repealed', 'expired') THEN ${d.status} END AS ending,
      ${d.endReason} AS "endReason", ${d.status} AS state
    FROM ${d} JOIN org_units u ON u.id = ${d.orgUnitId}
    LEFT JOIN LATERAL (SELECT * FROM ${normativeDocReviews} r WHERE r.doc_id = ${d.id}
      ORDER BY r.round DESC LIMIT 1) r ON true
    WHERE ${docScope(ctx.actor!)} AND ${d.publishedOn} IS NOT NULL
    ORDER BY ${d.publishedOn}, ${d.documentNumber}`);
  return result.rows;
}

/** What a row claims must hang together: the dates in order, none after today, an ending with its kind and reason. */
function rowProblems(row: DocLedgerRow, today: string): Problems {
  const p: Problems = [];
  const need = (ok: boolean, field: keyof DocLedgerRow, message: string) => {
    if (!ok) p.push({ field, message });
  };
  need(!row.effectiveOn || row.effectiveOn >= row.publishedOn, 'effectiveOn', '施行日期不能早于公布日期');
  need(!row.validUntil || row.validUntil >= row.publishedOn, 'validUntil', '有效期至不能早于公布日期');
  need(!row.filedOn || row.filedOn >= row.publishedOn, 'filedOn', '备案日期不能早于公布日期');
  need(!row.endedOn || row.endedOn >= row.publishedOn, 'endedOn', '废止日期不能早于公布日期');
  need(!row.endedOn === !row.ending, 'ending', '废止（失效）日期和废止或失效须同时填写');
  need(!row.endedOn || !!row.endReason, 'endReason', '请填写废止（失效）理由');
  need(!row.meetingOn || !!row.meeting, 'meeting', '请填写集体审议会议');
  need(!!row.reviewConclusion === !!row.reviewedOn, 'reviewedOn', '审核结论和审核完成日期须同时填写');
  need(row.reviewConclusion !== 'unlawful', 'reviewConclusion', '审核结论为不合法的文件不得公布');
  for (const f of ['reviewedOn', 'meetingOn', 'publishedOn', 'filedOn', 'endedOn'] as const) {
    const day = row[f];
    if (day && day > today) p.push({ field: f, message: '日期不能晚于今天' });
  }
  return p;
}

/** The ledger entry: export, template, import (all or nothing, idempotent on 发文字号) and the CLI. */
export const docsLedger: LedgerEntrySpec<DocLedgerRow, z.output<typeof ExportQuery>, Prepared> = {
  key: 'normative_docs.docs',
  ledger: docLedger,
  title: '规范性文件台账',
  base: '/api/v1/normative-docs/docs',
  tag: 'normative-docs',
  naturalKey: ['documentNumber'],
  exportOnly: ['state'],
  export: { permission: 'normative_docs.export', query: ExportQuery, rows: (ctx) => ledgerRows(ctx) },
  import: {
    permissions: ['normative_docs.import'],
    changed: '已登记的规范性文件须在文件页面按程序废止、宣布失效或登记备案，不能通过导入修改',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx.actor!.districtId);
      return {
        create: (row) => {
          const problems = rowProblems(row, ctx.today);
          const orgUnitId = units.get(row.issuer.trim());
          if (!orgUnitId) problems.push({ field: 'issuer', message: `“${row.issuer}”不是本区的单位` });
          if (problems.length) return problems;
          return { row, orgUnitId: orgUnitId! };
        },
        write: (created) => writeDocs(tx, ctx, created),
      };
    },
  },
};

async function unitsByName(tx: Tx, districtId: string) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.districtId, districtId))
    .orderBy(asc(orgUnits.sortOrder));
  const map = new Map<string, string>();
  for (const u of rows) {
    map.set(u.name, u.id);
    if (u.shortName) map.set(u.shortName, u.id);
  }
  return map;
}

/** Inserts documents of the past in the state their row records (no clocks: their periods are history). */
export async function writeDocs(tx: Tx, ctx: Ctx, created: Prepared[]): Promise<Record<string, unknown>> {
  if (created.length === 0) return {};
  const audits: AuditInput[] = [];
  const districtId = ctx.actor!.districtId;
  for (const { row, orgUnitId } of created) {
    const status = row.ending ?? (row.filedOn ? 'filed' : 'published');
    const [doc] = await tx
      .insert(normativeDocs)
      .values({
        districtId,
        orgUnitId,
        issuerLevel: row.issuerLevel,
        title: row.title,
        draftingUnit: row.draftingUnit,
        draftedOn: row.reviewedOn ?? row.publishedOn,
        status,
        reviewConclusion: row.reviewConclusion,
        drafterResponse: row.reviewConclusion ? 'adopted' : null,
        meeting: row.meeting,
        meetingOn: row.meetingOn,
        registrationNumber: row.registrationNumber,
        documentNumber: row.documentNumber,
        signer: row.signer,
        issuedOn: row.publishedOn,
        publishedOn: row.publishedOn,
        effectiveOn: row.effectiveOn,
        validUntil: row.validUntil,
        provisional: isProvisionalTitle(row.title),
        filedOn: row.filedOn,
        endedOn: row.endedOn,
        endReason: row.endReason,
      })
      .returning();
    if (row.reviewConclusion && row.reviewedOn)
      await tx.insert(normativeDocReviews).values({
        docId: doc!.id,
        districtId,
        round: 1,
        submittedOn: row.reviewedOn,
        dueOn: row.reviewedOn,
        reviewedOn: row.reviewedOn,
        conclusion: row.reviewConclusion,
        response: 'adopted',
      });
    if (row.filedOn)
      await tx.insert(normativeDocFilings).values(
        filingRecipients(row.issuerLevel).map((recipient) => ({
          docId: doc!.id,
          districtId,
          recipient,
          filedOn: row.filedOn!,
          dueOn: row.filedOn!,
          result: 'no_objection',
          resultOn: row.filedOn,
        })),
      );
    audits.push({
      action: 'normative_docs.doc.imported',
      subjectType: 'normative_doc',
      subjectId: doc!.id,
      orgUnitId,
      districtId,
      after: row,
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}
