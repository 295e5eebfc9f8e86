import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import {
  ACT_TYPES,
  APPLICANT_TYPES,
  CASE_CHANNELS,
  CASE_STATUSES,
  OUTCOMES,
  type OutcomeCode,
  PROCEDURE_KINDS,
} from '../../../common/contracts/reconsideration.js';
import { recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import {
  documentPrefixOf,
  noteIssuedDocumentNumber,
  parseDocumentNumber,
} from '../../platform/documents/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { disclosure } from '../disclosure/index.js';
import { caseScope } from './policy.js';
import { caseProcedure } from './procedure.js';
import { lawTextOn } from './rules/law-texts.js';
import { OUTCOME_RULES } from './rules/outcomes.js';
import { type NewReconsiderationCaseRow, reconsiderationCases as cases } from './schema.js';
import { caseNumberKind, decisionNumberKind, respondentUnits } from './service/records.js';

/** One row of the 行政复议案件台账: what the 复议机构 keeps per case, past years included. */
export interface CaseLedgerRow {
  caseNumber: string;
  receivedOn: string;
  channel: string;
  applicantType: string;
  applicantName: string;
  respondent: string;
  actType: string;
  actDescription: string;
  actOn: string | null;
  actKnownOn: string | null;
  requestText: string;
  procedureKind: string | null;
  acceptedOn: string | null;
  outcome: string | null;
  concludedOn: string | null;
  decisionNumber: string | null;
  decidedOnTime: boolean | null;
  lawText: string | null;
  status: string | null;
}

const dict = (entries: readonly { code: string; label: string }[]) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

export const caseLedger = defineLedger<CaseLedgerRow>({
  key: 'reconsideration.cases',
  sheetName: '行政复议案件',
  columns: [
    {
      key: 'caseNumber',
      header: '案号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 64,
      example: '于政复〔2020〕1号',
    },
    { key: 'receivedOn', header: '收到申请日期', type: 'date', required: true, example: '2020-03-02' },
    {
      key: 'channel',
      header: '申请方式',
      type: 'enum',
      required: true,
      dict: dict(CASE_CHANNELS),
      example: '当面递交',
    },
    {
      key: 'applicantType',
      header: '申请人类型',
      type: 'enum',
      required: true,
      dict: dict(APPLICANT_TYPES),
      example: '自然人',
    },
    {
      key: 'applicantName',
      header: '申请人',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '张三',
    },
    {
      key: 'respondent',
      header: '被申请人',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: '填机关全称或机构代码',
    },
    {
      key: 'actType',
      header: '行为类型',
      type: 'enum',
      required: true,
      dict: dict(ACT_TYPES),
      example: '行政处罚',
      note: '“政府信息公开”计入信息公开年报表四',
    },
    {
      key: 'actDescription',
      header: '被申请复议的行政行为',
      type: 'text',
      required: true,
      maxLength: 500,
      width: 40,
    },
    { key: 'actOn', header: '行政行为作出日期', type: 'date' },
    { key: 'actKnownOn', header: '申请人知道日期', type: 'date' },
    { key: 'requestText', header: '行政复议请求', type: 'text', required: true, maxLength: 2000, width: 30 },
    { key: 'procedureKind', header: '审理程序', type: 'enum', dict: dict(PROCEDURE_KINDS) },
    { key: 'acceptedOn', header: '受理日期', type: 'date', note: '不予受理、受理前撤回的案件不填' },
    { key: 'outcome', header: '审结结果', type: 'enum', dict: dict(OUTCOMES), example: '维持' },
    {
      key: 'concludedOn',
      header: '审结日期',
      type: 'date',
      note: '与审结结果同时填写；未审结的案件两项均不填',
    },
    { key: 'decisionNumber', header: '决定书文号', type: 'string', maxLength: 64 },
    { key: 'decidedOnTime', header: '按期审结', type: 'boolean' },
    { key: 'lawText', header: '适用法律文本', type: 'string', note: '导出时填写，导入时按收到申请日期确定' },
    {
      key: 'status',
      header: '状态',
      type: 'enum',
      dict: dict(CASE_STATUSES),
      note: '导出时填写，导入时忽略',
    },
  ],
});

const ExportQuery = z.object({ format: LedgerFormatField });
type Prepared = { values: NewReconsiderationCaseRow };

/** The problems of a ledger row's outcome and dates (the same rules the procedure applies step by step). */
export function caseRowProblems(row: CaseLedgerRow, today: string): FieldProblem<CaseLedgerRow>[] {
  const problems: FieldProblem<CaseLedgerRow>[] = [];
  if (row.receivedOn > today) problems.push({ field: 'receivedOn', message: '收到申请日期不能晚于今天' });
  if (!!row.outcome !== !!row.concludedOn)
    problems.push({ field: 'concludedOn', message: '审结结果与审结日期应当同时填写或同时不填' });
  if (row.concludedOn && row.concludedOn < row.receivedOn)
    problems.push({ field: 'concludedOn', message: '审结日期不能早于收到申请日期' });
  if (row.acceptedOn && row.acceptedOn < row.receivedOn)
    problems.push({ field: 'acceptedOn', message: '受理日期不能早于收到申请日期' });
  const stage = row.outcome ? OUTCOME_RULES[row.outcome as OutcomeCode].stage : null;
  if (stage === 'before_acceptance' && row.acceptedOn)
    problems.push({ field: 'acceptedOn', message: '不予受理或受理前撤回的案件不应填写受理日期' });
  if ((stage === 'decision' || stage === 'termination') && !row.acceptedOn)
    problems.push({ field: 'acceptedOn', message: '受理后作出决定或终止的案件应当填写受理日期' });
  if (row.procedureKind === 'simplified' && !lawTextOn(row.receivedOn).decision.simplified)
    problems.push({
      field: 'procedureKind',
      message: '2024年1月1日前收到的申请适用2017年《行政复议法》，没有简易程序',
    });
  return problems;
}

/** The ledger entry: the kernel derives its export / template / import routes and CLI from it. */
export const casesLedger: LedgerEntrySpec<CaseLedgerRow, z.output<typeof ExportQuery>, Prepared> = {
  key: 'reconsideration.cases',
  ledger: caseLedger,
  title: '行政复议案件台账',
  base: '/api/v1/reconsideration/cases',
  tag: 'reconsideration',
  naturalKey: ['caseNumber'],
  exportOnly: ['lawText', 'status'],
  export: { permission: 'reconsideration.export_cases', query: ExportQuery, rows: (ctx) => caseRows(ctx) },
  import: {
    permissions: ['reconsideration.import_cases'],
    // A case moves only through its procedure once it is on record (decision 0042 §9).
    changed: '该案号的案件已登记，已登记的案件只能通过办理操作变更，不能用台账覆盖',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const units = await respondentUnits(tx, actor.districtId);
      const byName = new Map(
        units.flatMap((u) => [[u.name, u], [u.code, u], ...(u.shortName ? [[u.shortName, u] as const] : [])]),
      );
      return {
        create(row) {
          const unit = byName.get(row.respondent.trim());
          const problems = caseRowProblems(row, ctx.today);
          if (!unit)
            problems.push({ field: 'respondent', message: `“${row.respondent}”不是本区政府管辖的行政机关` });
          if (problems.length) return problems;
          return { values: valuesOf(row, unit!, ctx) };
        },
        write: (created) => writeCases(tx, ctx, created),
      };
    },
  },
};

function valuesOf(
  row: CaseLedgerRow,
  unit: { id: string; districtId: string },
  ctx: Ctx,
): NewReconsiderationCaseRow {
  const status = row.outcome ? 'concluded' : row.acceptedOn ? 'under_review' : 'received';
  return {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    caseNumber: row.caseNumber,
    trackingCode: disclosure.newTrackingCode(),
    lawText: lawTextOn(row.receivedOn).key,
    channel: row.channel,
    receivedOn: row.receivedOn,
    reviewFromOn: row.receivedOn,
    applicantType: row.applicantType,
    applicantName: row.applicantName,
    actType: row.actType,
    actDescription: row.actDescription,
    actOn: row.actOn,
    actKnownOn: row.actKnownOn,
    requestText: row.requestText,
    procedureKind: row.procedureKind,
    acceptedOn: row.acceptedOn,
    outcome: row.outcome,
    concludedOn: row.concludedOn,
    decisionNumber: row.decisionNumber,
    decidedOnTime: row.decidedOnTime,
    status,
    imported: true,
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** Inserts the imported cases with their audit events; numbers in the government's form move its counters. */
async function writeCases(tx: Tx, ctx: Ctx, created: Prepared[]) {
  if (created.length === 0) return {};
  const inserted = await tx
    .insert(cases)
    .values(created.map((p) => p.values))
    .returning({
      id: cases.id,
      orgUnitId: cases.orgUnitId,
      districtId: cases.districtId,
      caseNumber: cases.caseNumber,
      decisionNumber: cases.decisionNumber,
    });
  const districtId = inserted[0]!.districtId;
  const prefix = await documentPrefixOf(tx, districtId);
  for (const r of inserted)
    for (const [number, kind] of [
      [r.caseNumber, caseNumberKind],
      [r.decisionNumber, decisionNumberKind],
    ] as const) {
      const parsed = number ? parseDocumentNumber(number, prefix, kind) : null;
      if (parsed) await noteIssuedDocumentNumber(tx, { unitId: districtId, kind, ...parsed });
    }
  await recordAudits(
    tx,
    ctx,
    inserted.map((r) => ({
      action: 'reconsideration.case.imported' as const,
      subjectType: caseProcedure.subjectType,
      subjectId: r.id,
      orgUnitId: r.orgUnitId,
      districtId: r.districtId,
      after: { caseNumber: r.caseNumber },
    })),
  );
  return {};
}

/** The cases in the actor's scope as sheet rows (oldest first). */
function caseRows(ctx: Ctx) {
  return ctx.db
    .select({
      caseNumber: cases.caseNumber,
      receivedOn: cases.receivedOn,
      channel: cases.channel,
      applicantType: cases.applicantType,
      applicantName: cases.applicantName,
      respondent: orgUnits.name,
      actType: cases.actType,
      actDescription: cases.actDescription,
      actOn: cases.actOn,
      actKnownOn: cases.actKnownOn,
      requestText: cases.requestText,
      procedureKind: cases.procedureKind,
      acceptedOn: cases.acceptedOn,
      outcome: cases.outcome,
      concludedOn: cases.concludedOn,
      decisionNumber: cases.decisionNumber,
      decidedOnTime: cases.decidedOnTime,
      lawText: cases.lawText,
      status: cases.status,
    })
    .from(cases)
    .innerJoin(orgUnits, eq(orgUnits.id, cases.orgUnitId))
    .where(and(caseScope(ctx.actor!)))
    .orderBy(cases.receivedOn, cases.caseNumber);
}
