import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  MATTER_CATEGORIES,
  MATTER_KINDS,
  MATTER_OUTCOMES,
  MATTER_STATES,
  PARTY_ROLES,
} from '../../../common/contracts/legal-affairs/dictionaries.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import { defineLedgerEntry, type LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { matterScope } from './policy.js';
import { outcomeFitsKind } from './rules.js';
import { legalAdvisers, legalMatterAdvisers, legalMatters, legalOpinions } from './schema.js';
import { matterFactsProblems } from './service/matters.js';
import { MATTER_SUBJECT, money, requestingUnits, unitMatcher } from './service/records.js';

const dict = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ADVISER_SEPARATOR = '、';

/** The matters ledger (法律事务台账) as the 司法局 keeps it: one row per matter. */
export interface MatterLedgerRow {
  matterNumber: string;
  kind: string;
  category: string;
  unit: string;
  subject: string;
  keyProject: string | null;
  counterparty: string | null;
  partyRole: string | null;
  amountAtStake: number | null;
  requestedOn: string;
  assignedOn: string | null;
  advisers: string | null;
  state: string;
  concludedOn: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  lossAvoidedYuan: number | null;
  lossReckoning: string | null;
  closingReason: string | null;
}

export const matterLedger = defineLedger<MatterLedgerRow>({
  key: 'legal_affairs.matters',
  sheetName: '法律事务台账',
  columns: [
    {
      key: 'matterNumber',
      header: '事项编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      example: '法务〔2020〕0001号',
    },
    {
      key: 'kind',
      header: '事项类型',
      type: 'enum',
      required: true,
      dict: dict(MATTER_KINDS),
      example: '诉讼案件',
    },
    {
      key: 'category',
      header: '事项类别',
      type: 'enum',
      required: true,
      dict: dict(MATTER_CATEGORIES),
      example: '行政诉讼',
    },
    { key: 'unit', header: '申请单位', type: 'string', required: true, example: '区自然资源分局' },
    {
      key: 'subject',
      header: '事项名称',
      type: 'string',
      required: true,
      maxLength: 300,
      example: '某公司诉区自然资源分局土地行政处罚案',
    },
    {
      key: 'keyProject',
      header: '重点项目',
      type: 'string',
      maxLength: 100,
      example: '苏宁小镇集体土地征拆',
    },
    { key: 'counterparty', header: '对方当事人或合同相对方', type: 'string', maxLength: 200 },
    {
      key: 'partyRole',
      header: '我方诉讼地位',
      type: 'enum',
      dict: dict(PARTY_ROLES),
      example: '被告（被申请人）',
    },
    { key: 'amountAtStake', header: '涉案金额或合同金额（元）', type: 'decimal', min: 0, max: 1e11 },
    { key: 'requestedOn', header: '申请日期', type: 'date', required: true, example: '2020-03-02' },
    { key: 'assignedOn', header: '分派日期', type: 'date' },
    {
      key: 'advisers',
      header: '承办法律顾问',
      type: 'string',
      note: '多人以“、”分隔，第一人为承办人；重名时填执业证号',
    },
    {
      key: 'state',
      header: '状态',
      type: 'enum',
      required: true,
      dict: dict(MATTER_STATES),
      example: '已办结',
    },
    { key: 'concludedOn', header: '办结日期', type: 'date' },
    { key: 'outcome', header: '办理结果', type: 'enum', dict: dict(MATTER_OUTCOMES), example: '胜诉' },
    { key: 'outcomeNote', header: '结果说明', type: 'text', maxLength: 2000 },
    { key: 'lossAvoidedYuan', header: '减损金额（元）', type: 'decimal', min: 0, max: 1e11 },
    {
      key: 'lossReckoning',
      header: '减损计算方法',
      type: 'text',
      maxLength: 1000,
      note: '填写减损金额的必填',
    },
    { key: 'closingReason', header: '退回或撤回理由', type: 'text', maxLength: 1000 },
  ],
});

const ExportQuery = z.object({ format: LedgerFormatField });
type ExportQuery = z.output<typeof ExportQuery>;

async function* matterRows(ctx: Ctx): AsyncIterable<MatterLedgerRow> {
  const rows = await ctx.db
    .select({ m: legalMatters, unit: orgUnits.name })
    .from(legalMatters)
    .innerJoin(orgUnits, eq(orgUnits.id, legalMatters.orgUnitId))
    .where(matterScope(ctx.actor!))
    .orderBy(asc(legalMatters.requestedOn), asc(legalMatters.matterNumber));
  const names = await adviserNamesByMatter(ctx);
  for (const { m, unit } of rows)
    yield {
      matterNumber: m.matterNumber,
      kind: m.kind,
      category: m.category,
      unit,
      subject: m.subject,
      keyProject: m.keyProject,
      counterparty: m.counterparty,
      partyRole: m.partyRole,
      amountAtStake: money(m.amountAtStake),
      requestedOn: m.requestedOn,
      assignedOn: m.assignedOn,
      advisers: names.get(m.id) ?? null,
      state: m.state,
      concludedOn: m.concludedOn,
      outcome: m.outcome,
      outcomeNote: m.outcomeNote,
      lossAvoidedYuan: money(m.lossAvoidedYuan),
      lossReckoning: m.lossReckoning,
      closingReason: m.closingReason,
    };
}

async function adviserNamesByMatter(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.db.execute<{ matter_id: string; names: string }>(sql`
    SELECT a.matter_id, string_agg(d.name, ${ADVISER_SEPARATOR} ORDER BY a.role DESC, d.name) AS names
    FROM legal_matter_advisers a JOIN legal_advisers d ON d.id = a.adviser_id
    JOIN legal_matters ON legal_matters.id = a.matter_id
    WHERE ${matterScope(ctx.actor!)}
    GROUP BY a.matter_id`);
  return new Map(rows.rows.map((r) => [r.matter_id, r.names]));
}

/** Roster lookup for a sheet: by licence number, or by name when the name is unique in the district. */
async function adviserMatcher(tx: Tx, districtId: string) {
  const rows = await tx
    .select({ id: legalAdvisers.id, name: legalAdvisers.name, licence: legalAdvisers.licenceNumber })
    .from(legalAdvisers)
    .where(eq(legalAdvisers.districtId, districtId));
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
  const byLicence = new Map(rows.map((r) => [r.licence, r.id]));
  return (text: string): string | string[] | undefined => {
    const t = text.trim();
    const named = byName.get(t);
    if (named?.length === 1) return named[0];
    return byLicence.get(t) ?? (named && named.length > 1 ? named : undefined);
  };
}

type PreparedMatter = { row: MatterLedgerRow; orgUnitId: string; districtId: string; adviserIds: string[] };
type Problem = FieldProblem<MatterLedgerRow>;

/** What a row's state requires: advisers once assigned; dates in order; an outcome that fits a concluded matter. */
function stateProblems(r: MatterLedgerRow, today: string): Problem[] {
  const p: Problem[] = [];
  const assigned = !['requested', 'returned'].includes(r.state) && !(r.state === 'withdrawn' && !r.advisers);
  if (assigned && !r.advisers) p.push({ field: 'advisers', message: '已分派的事项须填写承办法律顾问' });
  if (assigned && !r.assignedOn) p.push({ field: 'assignedOn', message: '已分派的事项须填写分派日期' });
  if (r.assignedOn && r.assignedOn < r.requestedOn)
    p.push({ field: 'assignedOn', message: '分派日期不能早于申请日期' });
  if (r.state === 'concluded') {
    if (!r.concludedOn) p.push({ field: 'concludedOn', message: '已办结的事项须填写办结日期' });
    if (!r.outcome) p.push({ field: 'outcome', message: '已办结的事项须填写办理结果' });
  } else if (r.concludedOn || r.outcome)
    p.push({ field: 'state', message: '未办结的事项不能填写办结日期或办理结果' });
  if (r.outcome && !outcomeFitsKind(r.kind, r.outcome))
    p.push({ field: 'outcome', message: '办理结果与事项类型不符' });
  if (r.concludedOn && r.concludedOn < (r.assignedOn ?? r.requestedOn))
    p.push({ field: 'concludedOn', message: '办结日期不能早于分派日期' });
  for (const field of ['requestedOn', 'assignedOn', 'concludedOn'] as const)
    if ((r[field] ?? '') > today) p.push({ field, message: '日期不能晚于今天' });
  if ((r.lossAvoidedYuan ?? 0) > 0 && !r.lossReckoning)
    p.push({ field: 'lossReckoning', message: '填写减损金额的，须说明计算方法' });
  if (['returned', 'withdrawn'].includes(r.state) && !r.closingReason)
    p.push({ field: 'closingReason', message: '退回或撤回的事项须填写理由' });
  return p;
}

export const mattersLedger: LedgerEntrySpec<MatterLedgerRow, ExportQuery, PreparedMatter> = {
  key: 'legal_affairs.matters',
  ledger: matterLedger,
  title: '法律事务台账',
  base: '/api/v1/legal-affairs/matters',
  tag: 'legal-affairs',
  naturalKey: ['matterNumber'],
  export: { permission: 'legal_affairs.export', query: ExportQuery, rows: (ctx) => matterRows(ctx) },
  import: {
    permissions: ['legal_affairs.import'],
    changed: '已登记的事项只能在事项页面按程序办理，不能通过导入修改',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const unitOf = unitMatcher(await requestingUnits(tx, actor.districtId));
      const adviserOf = await adviserMatcher(tx, actor.districtId);
      return {
        create: (row) => {
          const problems: Problem[] = [
            ...matterFactsProblems(row).map((p) => ({
              field: p.path as keyof MatterLedgerRow & string,
              message: p.message,
            })),
            ...stateProblems(row, ctx.today),
          ];
          const unit = unitOf(row.unit);
          if (!unit) problems.push({ field: 'unit', message: `“${row.unit}”不是本区的单位` });
          const adviserIds: string[] = [];
          for (const name of (row.advisers ?? '').split(ADVISER_SEPARATOR).filter((s) => s.trim())) {
            const found = adviserOf(name);
            if (typeof found === 'string') adviserIds.push(found);
            else
              problems.push({
                field: 'advisers',
                message: found ? `法律顾问“${name}”重名，请填写执业证号` : `“${name}”不在法律顾问名册中`,
              });
          }
          if (problems.length || !unit) return problems;
          return {
            row,
            orgUnitId: unit.id,
            districtId: unit.districtId,
            adviserIds: [...new Set(adviserIds)],
          };
        },
        write: async (created) => {
          await writeMatters(tx, ctx, created);
          return {};
        },
      };
    },
  },
};

/** Inserts imported matters in their recorded state, with their advisers and one audit event each. */
async function writeMatters(tx: Tx, ctx: Ctx, created: PreparedMatter[]): Promise<void> {
  const CHUNK = 500;
  const audits: AuditInput[] = [];
  for (let i = 0; i < created.length; i += CHUNK) {
    const part = created.slice(i, i + CHUNK);
    const yuan = (v: number | null) => (v == null ? null : String(v));
    const inserted = await tx
      .insert(legalMatters)
      .values(
        part.map(({ row: r, orgUnitId, districtId }) => ({
          districtId,
          orgUnitId,
          matterNumber: r.matterNumber,
          kind: r.kind,
          category: r.category,
          subject: r.subject,
          keyProject: r.keyProject,
          counterparty: r.counterparty,
          partyRole: r.partyRole,
          amountAtStake: yuan(r.amountAtStake),
          requestedOn: r.requestedOn,
          assignedOn: r.assignedOn,
          concludedOn: r.concludedOn,
          state: r.state,
          outcome: r.outcome,
          outcomeNote: r.outcomeNote,
          lossAvoidedYuan: yuan(r.lossAvoidedYuan),
          lossReckoning: r.lossReckoning,
          closingReason: r.closingReason,
          createdBy: ctx.actor?.userId ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .returning({
        id: legalMatters.id,
        orgUnitId: legalMatters.orgUnitId,
        districtId: legalMatters.districtId,
      });
    const links = inserted.flatMap((m, k) =>
      part[k]!.adviserIds.map((adviserId, j) => ({
        matterId: m.id,
        adviserId,
        role: j === 0 ? 'lead' : 'assist',
      })),
    );
    if (links.length) await tx.insert(legalMatterAdvisers).values(links);
    for (const [k, m] of inserted.entries())
      audits.push({
        action: 'legal_affairs.matter.imported',
        subjectType: MATTER_SUBJECT,
        subjectId: m.id,
        orgUnitId: m.orgUnitId,
        districtId: m.districtId,
        after: part[k]!.row,
      });
  }
  await recordAudits(tx, ctx, audits);
}

/** The opinions ledger (法律意见书登记簿): one row per opinion, tied to its matter by number. */
export interface OpinionLedgerRow {
  opinionNumber: string;
  matterNumber: string;
  issuedOn: string;
  signer: string;
  title: string;
  body: string;
}

export const opinionLedger = defineLedger<OpinionLedgerRow>({
  key: 'legal_affairs.opinions',
  sheetName: '法律意见书登记簿',
  columns: [
    {
      key: 'opinionNumber',
      header: '意见书编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      example: '于法顾意〔2020〕1号',
    },
    {
      key: 'matterNumber',
      header: '事项编号',
      type: 'string',
      required: true,
      example: '法务〔2020〕0001号',
    },
    { key: 'issuedOn', header: '出具日期', type: 'date', required: true, example: '2020-03-09' },
    {
      key: 'signer',
      header: '签署人',
      type: 'string',
      required: true,
      note: '法律顾问姓名；重名时填执业证号',
    },
    { key: 'title', header: '标题', type: 'string', required: true, maxLength: 200 },
    { key: 'body', header: '意见内容', type: 'text', required: true, maxLength: 20000 },
  ],
});

async function* opinionRows(ctx: Ctx): AsyncIterable<OpinionLedgerRow> {
  const rows = await ctx.db
    .select({
      opinionNumber: legalOpinions.opinionNumber,
      matterNumber: legalMatters.matterNumber,
      issuedOn: legalOpinions.issuedOn,
      signer: legalAdvisers.name,
      title: legalOpinions.title,
      body: legalOpinions.body,
    })
    .from(legalOpinions)
    .innerJoin(legalMatters, eq(legalMatters.id, legalOpinions.matterId))
    .innerJoin(legalAdvisers, eq(legalAdvisers.id, legalOpinions.signerAdviserId))
    .where(matterScope(ctx.actor!))
    .orderBy(asc(legalOpinions.issuedOn), asc(legalOpinions.opinionNumber));
  yield* rows;
}

type PreparedOpinion = {
  row: OpinionLedgerRow;
  matterId: string;
  orgUnitId: string;
  districtId: string;
  signerId: string;
};

export const opinionsLedger: LedgerEntrySpec<OpinionLedgerRow, ExportQuery, PreparedOpinion> = {
  key: 'legal_affairs.opinions',
  ledger: opinionLedger,
  title: '法律意见书登记簿',
  base: '/api/v1/legal-affairs/opinions',
  tag: 'legal-affairs',
  naturalKey: ['opinionNumber'],
  export: { permission: 'legal_affairs.export', query: ExportQuery, rows: (ctx) => opinionRows(ctx) },
  import: {
    permissions: ['legal_affairs.import'],
    changed: '已登记的意见书不能通过导入修改',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const matters = await tx
        .select({
          id: legalMatters.id,
          number: legalMatters.matterNumber,
          requestedOn: legalMatters.requestedOn,
          orgUnitId: legalMatters.orgUnitId,
          districtId: legalMatters.districtId,
        })
        .from(legalMatters)
        .where(matterScope(actor));
      const byNumber = new Map(matters.map((m) => [m.number, m]));
      const links = await tx
        .select({ matterId: legalMatterAdvisers.matterId, adviserId: legalMatterAdvisers.adviserId })
        .from(legalMatterAdvisers)
        .innerJoin(legalMatters, and(eq(legalMatters.id, legalMatterAdvisers.matterId), matterScope(actor)));
      const onMatter = new Set(links.map((l) => `${l.matterId}/${l.adviserId}`));
      const adviserOf = await adviserMatcher(tx, actor.districtId);
      return {
        create: (row) => {
          const problems: FieldProblem<OpinionLedgerRow>[] = [];
          const matter = byNumber.get(row.matterNumber.trim());
          if (!matter)
            return [
              { field: 'matterNumber', message: `事项“${row.matterNumber}”不存在，请先导入法律事务台账` },
            ];
          const signer = adviserOf(row.signer);
          if (typeof signer !== 'string')
            problems.push({
              field: 'signer',
              message: signer ? `“${row.signer}”重名，请填写执业证号` : `“${row.signer}”不在法律顾问名册中`,
            });
          else if (!onMatter.has(`${matter.id}/${signer}`))
            problems.push({ field: 'signer', message: '签署人须为该事项的承办或协办法律顾问' });
          if (row.issuedOn < matter.requestedOn)
            problems.push({ field: 'issuedOn', message: '出具日期不能早于事项申请日期' });
          if (row.issuedOn > ctx.today) problems.push({ field: 'issuedOn', message: '出具日期不能晚于今天' });
          if (problems.length || typeof signer !== 'string') return problems;
          return {
            row,
            matterId: matter.id,
            orgUnitId: matter.orgUnitId,
            districtId: matter.districtId,
            signerId: signer,
          };
        },
        write: async (created) => {
          await writeOpinions(tx, ctx, created);
          return {};
        },
      };
    },
  },
};

async function writeOpinions(tx: Tx, ctx: Ctx, created: PreparedOpinion[]): Promise<void> {
  const audits: AuditInput[] = [];
  for (let i = 0; i < created.length; i += 500) {
    const part = created.slice(i, i + 500);
    const inserted = await tx
      .insert(legalOpinions)
      .values(
        part.map((p) => ({
          districtId: p.districtId,
          orgUnitId: p.orgUnitId,
          matterId: p.matterId,
          opinionNumber: p.row.opinionNumber,
          issuedOn: p.row.issuedOn,
          signerAdviserId: p.signerId,
          title: p.row.title,
          body: p.row.body,
          createdAt: ctx.now,
        })),
      )
      .returning({
        id: legalOpinions.id,
        matterId: legalOpinions.matterId,
        orgUnitId: legalOpinions.orgUnitId,
        districtId: legalOpinions.districtId,
      });
    for (const [k, o] of inserted.entries())
      audits.push({
        action: 'legal_affairs.opinion.imported',
        subjectType: MATTER_SUBJECT,
        subjectId: o.matterId,
        orgUnitId: o.orgUnitId,
        districtId: o.districtId,
        after: part[k]!.row,
      });
  }
  await recordAudits(tx, ctx, audits);
}

export const LEGAL_AFFAIRS_LEDGERS = [defineLedgerEntry(mattersLedger), defineLedgerEntry(opinionsLedger)];
