import { randomBytes } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import {
  CONTACT_KINDS,
  EVALUATIONS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type ProposalKind,
  RESULT_CLASSES,
} from '../../../common/contracts/proposals.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import { loadCalendar } from '../../platform/calendar/index.js';
import { startClock } from '../../platform/clocks/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { itemScope } from './policy.js';
import { answerClockFor, answerDueOn, newAccessToken, returnDueOn } from './rules.js';
import { proposalAnswers, proposalAssignments, proposalContacts, proposalItems } from './schema.js';
import { settingsOf } from './service/records.js';

/** One item per row, with its assignment, meeting, answer and evaluation as the offices' lists keep them. */
export type ProposalLedgerRow = {
  kind: string;
  session: string;
  meeting: string;
  number: string;
  title: string;
  leadAuthor: string;
  coSigners: string | null;
  category: string | null;
  receivedOn: string;
  assignedOn: string | null;
  leadUnit: string | null;
  otherUnits: string | null;
  difficult: boolean | null;
  meetingOn: string | null;
  meetingKind: string | null;
  meetingWho: string | null;
  answeredOn: string | null;
  documentNumber: string | null;
  signer: string | null;
  resultClass: string | null;
  disclosed: boolean | null;
  withholdReason: string | null;
  evaluation: string | null;
  evaluatedOn: string | null;
  state: string | null;
};

const dict = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));

export const proposalLedger = defineLedger<ProposalLedgerRow>({
  key: 'proposals.items',
  sheetName: '建议提案',
  columns: [
    {
      key: 'kind',
      header: '类型',
      type: 'enum',
      required: true,
      dict: dict(PROPOSAL_KINDS),
      example: '政协委员提案',
    },
    { key: 'session', header: '届次', type: 'string', required: true, maxLength: 40, example: '第十六届' },
    { key: 'meeting', header: '会次', type: 'string', required: true, maxLength: 40, example: '第五次会议' },
    { key: 'number', header: '编号', type: 'string', required: true, maxLength: 40, example: '0012' },
    { key: 'title', header: '标题', type: 'string', required: true, maxLength: 200 },
    { key: 'leadAuthor', header: '领衔代表（提案人）', type: 'string', required: true, maxLength: 60 },
    { key: 'coSigners', header: '联名人', type: 'string', maxLength: 400 },
    { key: 'category', header: '类别', type: 'string', maxLength: 40, example: '城乡建设' },
    { key: 'receivedOn', header: '收到日期', type: 'date', required: true },
    { key: 'assignedOn', header: '交办日期', type: 'date' },
    { key: 'leadUnit', header: '主办单位', type: 'string', maxLength: 60, example: '区住房和城乡建设局' },
    { key: 'otherUnits', header: '协办单位', type: 'string', maxLength: 400, note: '多个单位用“、”分隔' },
    { key: 'difficult', header: '涉及面广难度大', type: 'boolean' },
    { key: 'meetingOn', header: '见面日期', type: 'date' },
    { key: 'meetingKind', header: '见面方式', type: 'enum', dict: dict(CONTACT_KINDS) },
    { key: 'meetingWho', header: '参加人员', type: 'string', maxLength: 200 },
    { key: 'answeredOn', header: '答复日期', type: 'date' },
    { key: 'documentNumber', header: '答复文号', type: 'string', maxLength: 60 },
    { key: 'signer', header: '签发人', type: 'string', maxLength: 40 },
    { key: 'resultClass', header: '办理结果分类', type: 'enum', dict: dict(RESULT_CLASSES) },
    { key: 'disclosed', header: '答复公开', type: 'boolean' },
    { key: 'withholdReason', header: '不公开理由', type: 'string', maxLength: 400 },
    { key: 'evaluation', header: '代表委员评价', type: 'enum', dict: dict(EVALUATIONS) },
    { key: 'evaluatedOn', header: '评价日期', type: 'date' },
    {
      key: 'state',
      header: '办理状态',
      type: 'enum',
      dict: dict(PROPOSAL_STATES),
      note: '导出时填写，导入时忽略',
    },
  ],
});

const ExportQuery = z.object({ format: LedgerFormatField });
type Problems = FieldProblem<ProposalLedgerRow>[];
interface Prepared {
  row: ProposalLedgerRow;
  districtId: string;
  lead: string | null;
  others: string[];
}

/** The items in the actor's scope as the sheet shows them, the first answer and its evaluation. */
async function ledgerRows(ctx: Ctx): Promise<ProposalLedgerRow[]> {
  const i = proposalItems;
  const result = await ctx.db.execute<ProposalLedgerRow>(sql`
    SELECT proposal_items.kind, proposal_items.session, proposal_items.meeting, proposal_items.number, proposal_items.title, proposal_items.lead_author AS "leadAuthor",
      proposal_items.co_signers AS "coSigners", proposal_items.category, proposal_items.received_on AS "receivedOn", proposal_items.assigned_on AS "assignedOn",
      (SELECT u.name FROM ${proposalAssignments} a JOIN org_units u ON u.id = a.org_unit_id
        WHERE a.item_id = proposal_items.id AND a.status <> 'replaced' AND a.role IN ('lead', 'separate')
        ORDER BY a.role, u.sort_order LIMIT 1) AS "leadUnit",
      (SELECT string_agg(u.name, '、' ORDER BY u.sort_order) FROM ${proposalAssignments} a
        JOIN org_units u ON u.id = a.org_unit_id
        WHERE a.item_id = proposal_items.id AND a.status <> 'replaced' AND a.role IN ('co')) AS "otherUnits",
      CASE WHEN proposal_items.assigned_on IS NULL THEN NULL ELSE proposal_items.difficult END AS difficult,
      c.on AS "meetingOn", c.kind AS "meetingKind", c.who AS "meetingWho",
      an.on AS "answeredOn", an.document_number AS "documentNumber", an.signer, an.result_class AS "resultClass",
      an.disclosed, an.withhold_reason AS "withholdReason", an.evaluation, an.evaluated_on AS "evaluatedOn", proposal_items.status AS state
    FROM ${i}
    LEFT JOIN LATERAL (SELECT * FROM ${proposalContacts} c WHERE c.item_id = proposal_items.id ORDER BY c.on LIMIT 1) c ON true
    LEFT JOIN ${proposalAnswers} an ON an.item_id = proposal_items.id AND an.round = 1
    WHERE ${itemScope(ctx.actor!)}
    ORDER BY proposal_items.kind DESC, proposal_items.session, proposal_items.number`);
  return result.rows;
}

/** What a row claims must hang together: each later column needs the earlier ones, and no day after today. */
function rowProblems(row: ProposalLedgerRow, today: string): Problems {
  const p: Problems = [];
  const need = (cond: boolean, field: keyof ProposalLedgerRow, message: string) => {
    if (!cond) p.push({ field, message });
  };
  need(!row.leadUnit === !row.assignedOn, 'assignedOn', '交办日期和主办单位须同时填写');
  need(!row.assignedOn || row.assignedOn >= row.receivedOn, 'assignedOn', '交办日期不能早于收到日期');
  need(!row.meetingOn || !!row.assignedOn, 'meetingOn', '见面须在交办之后');
  need(!row.meetingOn || !!row.meetingKind, 'meetingKind', '请填写见面方式');
  need(!row.meetingOn || !!row.meetingWho, 'meetingWho', '请填写参加人员');
  need(!row.answeredOn || !!row.assignedOn, 'answeredOn', '答复须在交办之后');
  need(
    !row.answeredOn || (!!row.documentNumber && !!row.signer && !!row.resultClass),
    'documentNumber',
    '已答复的须填写答复文号、签发人和办理结果分类',
  );
  need(
    !row.answeredOn || !row.assignedOn || row.answeredOn >= row.assignedOn,
    'answeredOn',
    '答复日期不能早于交办日期',
  );
  need(
    !row.evaluation || (!!row.answeredOn && !!row.evaluatedOn),
    'evaluatedOn',
    '有评价的须填写答复日期和评价日期',
  );
  need(row.disclosed !== false || !!row.withholdReason, 'withholdReason', '不公开答复的，请填写不公开理由');
  need(row.evaluation !== 'dissatisfied', 'evaluation', '不满意的请在办理页面登记，由承办单位再办理');
  for (const f of ['receivedOn', 'assignedOn', 'meetingOn', 'answeredOn', 'evaluatedOn'] as const) {
    const day = row[f];
    if (day && day > today) p.push({ field: f, message: '日期不能晚于今天' });
  }
  return p;
}

/** The ledger entry: the kernel derives the export, template and import routes and the CLI from it. */
export const proposalItemsLedger: LedgerEntrySpec<
  ProposalLedgerRow,
  z.output<typeof ExportQuery>,
  Prepared
> = {
  key: 'proposals.items',
  ledger: proposalLedger,
  title: '建议提案办理台账',
  base: '/api/v1/proposals/items',
  tag: 'proposals',
  naturalKey: ['kind', 'session', 'number'],
  exportOnly: ['state'],
  export: { permission: 'proposals.export', query: ExportQuery, rows: (ctx) => ledgerRows(ctx) },
  import: {
    permissions: ['proposals.register'],
    changed: '已登记的建议提案须在办理页面按程序交办、答复和登记评价，不能通过导入修改',
    prepare: async (tx, ctx) => {
      const districtId = ctx.actor!.districtId;
      const units = await unitsByName(tx, districtId);
      return {
        create: (row) => {
          const problems = rowProblems(row, ctx.today);
          const lead = row.leadUnit ? (units.get(row.leadUnit.trim()) ?? null) : null;
          if (row.leadUnit && !lead)
            problems.push({ field: 'leadUnit', message: `“${row.leadUnit}”不是本区的单位` });
          const others = splitNames(row.otherUnits).map((n) => [n, units.get(n)] as const);
          for (const [name, id] of others)
            if (!id) problems.push({ field: 'otherUnits', message: `“${name}”不是本区的单位` });
          if (problems.length) return problems;
          return { row, districtId, lead, others: others.map(([, id]) => id!) };
        },
        write: (created) => writeItems(tx, ctx, created),
      };
    },
  },
};

const splitNames = (names: string | null) =>
  (names ?? '')
    .split(/[、,，;；]/)
    .map((n) => n.trim())
    .filter(Boolean);

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

function stateOf(row: ProposalLedgerRow): string {
  if (row.evaluation) return 'closed';
  if (row.answeredOn) return 'answered';
  return row.assignedOn ? 'handling' : 'registered';
}

/** Inserts the items with what the row says happened, each with its audit event; open ones get their clock. */
async function writeItems(tx: Tx, ctx: Ctx, created: Prepared[]): Promise<Record<string, unknown>> {
  if (created.length === 0) return {};
  const cal = await loadCalendar(tx);
  const settings = await settingsOf(tx, ctx.actor!.districtId);
  const audits: AuditInput[] = [];
  for (const p of created) {
    const { row } = p;
    const kind = row.kind as ProposalKind;
    const difficult = row.difficult ?? false;
    const [item] = await tx
      .insert(proposalItems)
      .values({
        districtId: p.districtId,
        orgUnitId: p.lead ?? p.districtId,
        kind,
        session: row.session,
        meeting: row.meeting,
        number: row.number,
        title: row.title,
        leadAuthor: row.leadAuthor,
        coSigners: row.coSigners,
        category: row.category,
        receivedOn: row.receivedOn,
        status: stateOf(row),
        assignedOn: row.assignedOn,
        difficult,
        answerDueOn: row.assignedOn ? answerDueOn(cal, kind, row.assignedOn, difficult) : null,
        returnDueOn: row.assignedOn ? returnDueOn(cal, row.assignedOn, settings) : null,
        firstAnsweredOn: row.answeredOn,
        resultClass: row.resultClass,
        evaluation: row.evaluation,
        accessToken: newAccessToken(randomBytes),
      })
      .returning();
    await writeHistory(tx, item!, p);
    if (item!.status === 'handling')
      await startClock(tx, ctx, {
        def: answerClockFor(kind, row.assignedOn!, difficult),
        subjectType: 'proposal_item',
        subjectId: item!.id,
        title: `${row.number} ${row.title} 答复期限`,
        orgUnitId: item!.orgUnitId,
        districtId: item!.districtId,
        startedOn: row.assignedOn!,
      });
    audits.push({
      action: 'proposals.item.imported',
      subjectType: 'proposal_item',
      subjectId: item!.id,
      orgUnitId: item!.orgUnitId,
      districtId: item!.districtId,
      after: row,
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}

async function writeHistory(tx: Tx, item: typeof proposalItems.$inferSelect, p: Prepared) {
  const { row } = p;
  const base = { itemId: item.id, districtId: item.districtId };
  if (p.lead && row.assignedOn)
    await tx.insert(proposalAssignments).values(
      [p.lead, ...p.others].map((orgUnitId, i) => ({
        ...base,
        orgUnitId,
        role: i === 0 ? 'lead' : 'co',
        assignedOn: row.assignedOn!,
        status: 'active',
        // A co-handler of an answered item gave its view before the answer.
        viewsOn: i > 0 && row.answeredOn ? row.answeredOn : null,
        views: i > 0 && row.answeredOn ? '（导入：协办意见已送主办单位）' : null,
      })),
    );
  if (row.meetingOn)
    await tx.insert(proposalContacts).values({
      ...base,
      orgUnitId: item.orgUnitId,
      on: row.meetingOn,
      kind: row.meetingKind!,
      who: row.meetingWho!,
    });
  if (row.answeredOn)
    await tx.insert(proposalAnswers).values({
      ...base,
      orgUnitId: item.orgUnitId,
      round: 1,
      on: row.answeredOn,
      documentNumber: row.documentNumber!,
      signer: row.signer!,
      resultClass: row.resultClass!,
      text: `（导入）${row.title}的答复，文号${row.documentNumber}。`,
      disclosed: row.disclosed ?? true,
      withholdReason: row.disclosed === false ? row.withholdReason : null,
      evaluation: row.evaluation,
      evaluatedOn: row.evaluatedOn,
    });
}
