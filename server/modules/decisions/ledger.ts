/**
 * The three ledgers of 重大行政决策 (decision 0047 §8): the catalogue (a register: a changed row is an adjustment
 * and needs its reason), the decisions (an import launches them; after that they move only by their procedure),
 * and the public comments (those gathered offline, 书面征求意见 and 座谈会; their disposition is recorded on the
 * decision's page). All or nothing, every bad row listed, idempotent on the natural key.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  DECISION_CATEGORIES,
  DECISION_STATES,
  DISPOSITIONS,
  LAUNCH_SOURCES,
  type LawCited,
} from '../../../common/contracts/decisions.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import { defineLedgerEntry, type LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { decisionScope } from './policy.js';
import { newCommentCode } from './rules.js';
import {
  decisionCatalogueItems,
  decisionCatalogues,
  decisionClauses,
  decisionComments,
  decisions,
} from './schema.js';
import { nextDecisionNumber } from './service/register.js';

const dict = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ExportQuery = z.object({ format: LedgerFormatField });
type Q = z.output<typeof ExportQuery>;

async function unitsByName(tx: Tx, districtId: string) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.districtId, districtId));
  const map = new Map<string, string>();
  for (const u of rows) {
    map.set(u.name, u.id);
    if (u.shortName) map.set(u.shortName, u.id);
  }
  return map;
}

// ---------------------------------------------------------------- catalogue

export type CatalogueLedgerRow = {
  year: number;
  number: string;
  title: string;
  category: string;
  unit: string;
  plannedOn: string;
  withdrawn: boolean;
  adjustReason: string | null;
};

const catalogueLedger = defineLedger<CatalogueLedgerRow>({
  key: 'decisions.catalogue',
  sheetName: '决策事项目录',
  columns: [
    { key: 'year', header: '年度', type: 'integer', required: true, example: '2026' },
    { key: 'number', header: '序号', type: 'string', required: true, maxLength: 10, example: '1' },
    { key: 'title', header: '决策事项', type: 'string', required: true, maxLength: 120 },
    { key: 'category', header: '事项类别', type: 'enum', required: true, dict: dict(DECISION_CATEGORIES) },
    {
      key: 'unit',
      header: '承办单位',
      type: 'string',
      required: true,
      maxLength: 60,
      example: '区发展和改革局',
    },
    {
      key: 'plannedOn',
      header: '计划完成时间',
      type: 'string',
      required: true,
      maxLength: 20,
      example: '2026年第三季度',
    },
    { key: 'withdrawn', header: '调出目录', type: 'boolean' },
    { key: 'adjustReason', header: '调整理由', type: 'string', maxLength: 1000, note: '调整已有事项时必填' },
  ],
});

interface CatalogueWrite {
  row: CatalogueLedgerRow;
  unitId: string;
  districtId: string;
}

async function catalogueRows(ctx: Ctx): Promise<CatalogueLedgerRow[]> {
  const rows = await ctx.db
    .select({ i: decisionCatalogueItems, unit: orgUnits.name })
    .from(decisionCatalogueItems)
    .innerJoin(orgUnits, eq(orgUnits.id, decisionCatalogueItems.orgUnitId))
    .where(eq(decisionCatalogueItems.districtId, ctx.actor!.districtId))
    .orderBy(
      asc(decisionCatalogueItems.year),
      sql`length(${decisionCatalogueItems.number})`,
      asc(decisionCatalogueItems.number),
    );
  return rows.map(({ i, unit }) => ({
    year: i.year,
    number: i.number,
    title: i.title,
    category: i.category,
    unit,
    plannedOn: i.plannedOn,
    withdrawn: i.status === 'withdrawn',
    adjustReason: i.adjustReason,
  }));
}

async function writeCatalogue(tx: Tx, ctx: Ctx, created: CatalogueWrite[], changed: CatalogueWrite[]) {
  const audits: AuditInput[] = [];
  for (const c of created) {
    await tx
      .insert(decisionCatalogues)
      .values({ districtId: c.districtId, orgUnitId: c.districtId, year: c.row.year, state: 'draft' })
      .onConflictDoNothing();
    const [item] = await tx
      .insert(decisionCatalogueItems)
      .values({
        districtId: c.districtId,
        orgUnitId: c.unitId,
        year: c.row.year,
        number: c.row.number,
        title: c.row.title,
        category: c.row.category,
        plannedOn: c.row.plannedOn,
        status: c.row.withdrawn ? 'withdrawn' : 'listed',
        adjustReason: c.row.adjustReason,
      })
      .returning();
    audits.push({
      action: 'decisions.catalogue.item_imported',
      subjectType: 'decision_catalogue_item',
      subjectId: item!.id,
      orgUnitId: item!.orgUnitId,
      districtId: item!.districtId,
      after: c.row,
    });
  }
  for (const c of changed) {
    const [before] = await tx
      .select()
      .from(decisionCatalogueItems)
      .where(
        and(
          eq(decisionCatalogueItems.districtId, c.districtId),
          eq(decisionCatalogueItems.year, c.row.year),
          eq(decisionCatalogueItems.number, c.row.number),
        ),
      );
    await tx
      .update(decisionCatalogueItems)
      .set({
        orgUnitId: c.unitId,
        title: c.row.title,
        category: c.row.category,
        plannedOn: c.row.plannedOn,
        status: c.row.withdrawn ? 'withdrawn' : 'listed',
        adjustReason: c.row.adjustReason,
        version: before!.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(decisionCatalogueItems.id, before!.id));
    audits.push({
      action: 'decisions.catalogue.item_adjusted',
      subjectType: 'decision_catalogue_item',
      subjectId: before!.id,
      orgUnitId: c.unitId,
      districtId: c.districtId,
      before,
      after: c.row,
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}

export const catalogueLedgerEntry: LedgerEntrySpec<CatalogueLedgerRow, Q, CatalogueWrite> = {
  key: 'decisions.catalogue',
  ledger: catalogueLedger,
  title: '重大行政决策事项目录',
  base: '/api/v1/decisions/catalogue',
  tag: 'decisions',
  naturalKey: ['year', 'number'],
  export: { permission: 'decisions.export', query: ExportQuery, rows: (ctx) => catalogueRows(ctx) },
  import: {
    permissions: ['decisions.catalogue'],
    changed: '',
    prepare: async (tx, ctx) => {
      const districtId = ctx.actor!.districtId;
      const units = await unitsByName(tx, districtId);
      const check = (row: CatalogueLedgerRow): FieldProblem<CatalogueLedgerRow>[] | CatalogueWrite => {
        const unitId = units.get(row.unit.trim());
        if (!unitId) return [{ field: 'unit', message: `“${row.unit}”不是本区的单位` }];
        if (row.withdrawn && !row.adjustReason)
          return [{ field: 'adjustReason', message: '调出目录的事项须写明理由' }];
        return { row, unitId, districtId };
      };
      return {
        create: check,
        change: (row, before) =>
          !row.adjustReason || row.adjustReason === before.adjustReason
            ? [{ field: 'adjustReason', message: '调整目录事项须写明本次调整的理由' }]
            : check(row),
        write: (created, changed) => writeCatalogue(tx, ctx, created, changed),
      };
    },
  },
};

// ---------------------------------------------------------------- decisions

export type DecisionLedgerRow = {
  number: string;
  title: string;
  category: string;
  unit: string;
  source: string;
  sourceText: string | null;
  launchedOn: string;
  technical: boolean | null;
  riskRelevant: boolean | null;
  laws: string | null;
  state: string | null;
  decidedOn: string | null;
  publishedOn: string | null;
  documentNumber: string | null;
};

const decisionLedger = defineLedger<DecisionLedgerRow>({
  key: 'decisions.decisions',
  sheetName: '重大行政决策',
  columns: [
    {
      key: 'number',
      header: '决策编号',
      type: 'string',
      maxLength: 60,
      note: '新启动的决策可留空，系统编号',
    },
    { key: 'title', header: '决策事项', type: 'string', required: true, maxLength: 120 },
    { key: 'category', header: '事项类别', type: 'enum', required: true, dict: dict(DECISION_CATEGORIES) },
    { key: 'unit', header: '承办单位', type: 'string', required: true, maxLength: 60 },
    { key: 'source', header: '决策来源', type: 'enum', required: true, dict: dict(LAUNCH_SOURCES) },
    { key: 'sourceText', header: '来源说明', type: 'string', maxLength: 400 },
    { key: 'launchedOn', header: '启动日期', type: 'date', required: true },
    { key: 'technical', header: '专业性技术性较强', type: 'boolean' },
    { key: 'riskRelevant', header: '涉及社会稳定公共安全', type: 'boolean' },
    {
      key: 'laws',
      header: '法律依据',
      type: 'text',
      maxLength: 4000,
      note: '每项如“《中华人民共和国城乡规划法》第二十六条”，用“；”分隔',
    },
    {
      key: 'state',
      header: '所处环节',
      type: 'enum',
      dict: dict(DECISION_STATES),
      note: '导出时填写，导入时忽略',
    },
    { key: 'decidedOn', header: '集体讨论日期', type: 'date', note: '导出时填写，导入时忽略' },
    { key: 'publishedOn', header: '公布日期', type: 'date', note: '导出时填写，导入时忽略' },
    { key: 'documentNumber', header: '文号', type: 'string', maxLength: 60, note: '导出时填写，导入时忽略' },
  ],
});

/** "《X》第N条；《Y》" ⇄ [{title, article}]. */
export function formatLaws(laws: LawCited[]): string | null {
  return laws.length ? laws.map((l) => `《${l.title}》${l.article ?? ''}`).join('；') : null;
}
export function parseLaws(text: string | null): LawCited[] {
  return (text ?? '')
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^《(.+?)》(.*)$/.exec(s);
      return m ? { title: m[1]!, article: m[2]!.trim() || null } : { title: s, article: null };
    });
}

interface DecisionWrite {
  row: DecisionLedgerRow;
  unitId: string;
  districtId: string;
}

async function decisionRows(ctx: Ctx): Promise<DecisionLedgerRow[]> {
  const rows = await ctx.db
    .select({ d: decisions, unit: orgUnits.name })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.orgUnitId))
    .where(decisionScope(ctx.actor!))
    .orderBy(asc(decisions.launchedOn), asc(decisions.number));
  return rows.map(({ d, unit }) => ({
    number: d.number,
    title: d.title,
    category: d.category,
    unit,
    source: d.source,
    sourceText: d.sourceText,
    launchedOn: d.launchedOn,
    technical: d.technical,
    riskRelevant: d.riskRelevant,
    laws: formatLaws(d.laws),
    state: d.state,
    decidedOn: d.decidedOn,
    publishedOn: d.publishedOn,
    documentNumber: d.documentNumber,
  }));
}

async function writeDecisions(tx: Tx, ctx: Ctx, created: DecisionWrite[]) {
  const audits: AuditInput[] = [];
  for (const c of created) {
    const [row] = await tx
      .insert(decisions)
      .values({
        districtId: c.districtId,
        orgUnitId: c.unitId,
        number:
          c.row.number || (await nextDecisionNumber(tx, c.districtId, Number(c.row.launchedOn.slice(0, 4)))),
        title: c.row.title,
        category: c.row.category,
        state: 'drafting',
        source: c.row.source,
        sourceText: c.row.sourceText,
        launchedOn: c.row.launchedOn,
        technical: c.row.technical ?? false,
        riskRelevant: c.row.riskRelevant ?? false,
        laws: parseLaws(c.row.laws),
      })
      .returning();
    audits.push({
      action: 'decisions.decision.imported',
      subjectType: 'major_decision',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: c.row,
    });
  }
  await recordAudits(tx, ctx, audits);
  return {};
}

export const decisionLedgerEntry: LedgerEntrySpec<DecisionLedgerRow, Q, DecisionWrite> = {
  key: 'decisions.decisions',
  ledger: decisionLedger,
  title: '重大行政决策台账',
  base: '/api/v1/decisions/items',
  tag: 'decisions',
  naturalKey: ['number'],
  exportOnly: ['state', 'decidedOn', 'publishedOn', 'documentNumber'],
  export: { permission: 'decisions.export', query: ExportQuery, rows: (ctx) => decisionRows(ctx) },
  import: {
    permissions: ['decisions.launch'],
    changed: '已启动的决策须在决策页面按程序办理，不能通过导入修改',
    prepare: async (tx, ctx) => {
      const districtId = ctx.actor!.districtId;
      const units = await unitsByName(tx, districtId);
      return {
        create: (row) => {
          const unitId = units.get(row.unit.trim());
          const problems: FieldProblem<DecisionLedgerRow>[] = [];
          if (!unitId) problems.push({ field: 'unit', message: `“${row.unit}”不是本区的单位` });
          if (row.launchedOn > ctx.today)
            problems.push({ field: 'launchedOn', message: '启动日期不能晚于今天' });
          if (problems.length) return problems;
          return { row, unitId: unitId!, districtId };
        },
        write: (created) => writeDecisions(tx, ctx, created),
      };
    },
  },
};

// ---------------------------------------------------------------- comments

export type CommentLedgerRow = {
  decision: string;
  code: string;
  clause: string | null;
  author: string;
  submittedOn: string;
  text: string;
  disposition: string | null;
  reason: string | null;
};

const commentLedger = defineLedger<CommentLedgerRow>({
  key: 'decisions.comments',
  sheetName: '公众意见',
  columns: [
    { key: 'decision', header: '决策编号', type: 'string', required: true, maxLength: 60 },
    { key: 'code', header: '查询码', type: 'string', maxLength: 10, note: '线下收集的意见可留空，系统生成' },
    { key: 'clause', header: '针对条款', type: 'string', maxLength: 20, note: '对草案整体的意见留空' },
    { key: 'author', header: '意见人', type: 'string', required: true, maxLength: 40 },
    { key: 'submittedOn', header: '提出日期', type: 'date', required: true },
    { key: 'text', header: '意见内容', type: 'text', required: true, maxLength: 2000 },
    {
      key: 'disposition',
      header: '采纳情况',
      type: 'enum',
      dict: dict(DISPOSITIONS),
      note: '导出时填写，导入时忽略',
    },
    { key: 'reason', header: '理由', type: 'text', maxLength: 1000, note: '导出时填写，导入时忽略' },
  ],
});

interface CommentWrite {
  row: CommentLedgerRow;
  decision: typeof decisions.$inferSelect;
  clauseId: string | null;
}

async function commentRows(ctx: Ctx): Promise<CommentLedgerRow[]> {
  const rows = await ctx.db
    .select({ c: decisionComments, number: decisions.number, clause: decisionClauses.number })
    .from(decisionComments)
    .innerJoin(decisions, eq(decisions.id, decisionComments.decisionId))
    .leftJoin(decisionClauses, eq(decisionClauses.id, decisionComments.clauseId))
    .where(decisionScope(ctx.actor!))
    .orderBy(asc(decisions.number), asc(decisionComments.submittedOn), asc(decisionComments.code));
  return rows.map(({ c, number, clause }) => ({
    decision: number,
    code: c.code,
    clause,
    author: c.author,
    submittedOn: c.submittedOn,
    text: c.text,
    disposition: c.disposition,
    reason: c.reason,
  }));
}

export const commentLedgerEntry: LedgerEntrySpec<CommentLedgerRow, Q, CommentWrite> = {
  key: 'decisions.comments',
  ledger: commentLedger,
  title: '重大行政决策公众意见台账',
  base: '/api/v1/decisions/comments',
  tag: 'decisions',
  naturalKey: ['code'],
  exportOnly: ['disposition', 'reason'],
  export: { permission: 'decisions.export', query: ExportQuery, rows: (ctx) => commentRows(ctx) },
  import: {
    permissions: ['decisions.draft'],
    changed: '已登记的意见不能通过导入修改；其采纳情况请在决策页面登记',
    prepare: async (tx, ctx) => {
      const list = await tx.select().from(decisions).where(decisionScope(ctx.actor!));
      const byNumber = new Map(list.map((d) => [d.number, d]));
      const clauses = await tx
        .select()
        .from(decisionClauses)
        .where(eq(decisionClauses.districtId, ctx.actor!.districtId));
      return {
        create: (row) => {
          const decision = byNumber.get(row.decision.trim());
          if (!decision)
            return [{ field: 'decision', message: `没有编号为“${row.decision}”的决策（或不在您的范围内）` }];
          const problems: FieldProblem<CommentLedgerRow>[] = [];
          if (!['commenting', 'consulted'].includes(decision.state))
            problems.push({ field: 'decision', message: '该决策不在征求意见或意见处理阶段' });
          if (row.code && !/^[A-Z0-9]{10}$/.test(row.code))
            problems.push({ field: 'code', message: '查询码应为10位大写字母或数字' });
          if (row.submittedOn > ctx.today)
            problems.push({ field: 'submittedOn', message: '提出日期不能晚于今天' });
          const clause = row.clause
            ? clauses.find((c) => c.decisionId === decision.id && c.number === row.clause!.trim())
            : null;
          if (row.clause && !clause) problems.push({ field: 'clause', message: `草案中没有“${row.clause}”` });
          if (problems.length) return problems;
          return { row, decision, clauseId: clause?.id ?? null };
        },
        write: async (created) => {
          const audits: AuditInput[] = [];
          for (const c of created) {
            const [comment] = await tx
              .insert(decisionComments)
              .values({
                decisionId: c.decision.id,
                districtId: c.decision.districtId,
                orgUnitId: c.decision.orgUnitId,
                clauseId: c.clauseId,
                code: c.row.code || newCommentCode(randomBytes),
                author: c.row.author,
                text: c.row.text,
                submittedOn: c.row.submittedOn,
              })
              .returning();
            audits.push({
              action: 'decisions.comment.submitted',
              subjectType: 'decision_comment',
              subjectId: comment!.id,
              orgUnitId: comment!.orgUnitId,
              districtId: comment!.districtId,
              after: c.row,
            });
          }
          await recordAudits(tx, ctx, audits);
          return {};
        },
      };
    },
  },
};

export const DECISION_LEDGERS = [
  defineLedgerEntry(catalogueLedgerEntry),
  defineLedgerEntry(decisionLedgerEntry),
  defineLedgerEntry(commentLedgerEntry),
];
