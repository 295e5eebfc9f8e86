import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ImportResult } from '../../../../common/contracts/kit.js';
import { PowerExportQuery, PowerImportResult, PowerItemCode } from '../../../../common/contracts/powers.js';
import { type AuditInput, recordAudits } from '../../../platform/audit/index.js';
import { can } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec, UNCHANGED } from '../../../platform/ledgers/index.js';
import type { OrgUnit } from '../../../platform/org/index.js';
import { recordHistoricalSteps } from '../../../platform/procedures/index.js';
import { type PowerLedgerRow, powerLedger, toLedgerRow } from '../io.js';
import { mayActForUnit } from '../policy.js';
import { powerItemProcedure } from '../procedure.js';
import { contentOf, missingForPublication } from '../rules.js';
import { type PowerItemContentJson, type PowerItemRow, powerItems, powerItemVersions } from '../schema.js';
import { contentJson, takenCodes, versionValues } from './records.js';
import { findItemsForExport } from './find-items.js';
import { implementingUnits, unitMatcher } from './units.js';
import { editDraft, type UpdateItemInput } from './update-item.js';

/** An item ready to be written: resolved department, content, and its publication date if published. */
export interface NewItem {
  districtId: string;
  orgUnitId: string;
  code: string;
  content: PowerItemContentJson;
  publishedOn: string | null;
}

export type ImportSummary = ImportResult & { published: number };
type ExportQuery = z.output<typeof PowerExportQuery>;

interface RowContext {
  actor: Actor;
  match: (text: string) => OrgUnit | undefined;
  mayPublish: boolean;
  today: string;
  /** Codes of live items of the district named by the file (those outside the actor's scope included). */
  taken: Set<string>;
}

type Problems = FieldProblem<PowerLedgerRow>[];

/** A draft the file edits: the item, and its new content and department. */
interface DraftEdit {
  id: string;
  patch: UpdateItemInput;
}

type Prepared = NewItem | DraftEdit;
const isEdit = (p: Prepared): p is DraftEdit => 'patch' in p;

/**
 * The power list as a declared ledger (权责清单台账), keyed by 事项编码. New codes come in as drafts, or as
 * published versions when the 依法治区办 imports rows marked 已发布 (docs/decisions/0007-power-list.md); a
 * known code read back unchanged is left alone; a changed row edits a draft through the same rules as the
 * edit form, and is refused for a published item (a published item changes only by a revision).
 */
export const powerItemsLedger: LedgerEntrySpec<PowerLedgerRow, ExportQuery, Prepared> = {
  key: 'powers.items',
  aliases: ['powers'],
  ledger: powerLedger,
  title: '权责清单',
  base: '/api/v1/powers',
  tag: 'powers',
  naturalKey: ['code'],
  exportOnly: ['version'],
  export: {
    permission: 'powers.export',
    query: PowerExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findItemsForExport(ctx, filters)).map(toLedgerRow),
  },
  import: {
    permissions: ['powers.import'],
    changed: '已发布的事项不能通过导入改写，请在系统中“发起修订”',
    result: PowerImportResult,
    prepare: async (tx, ctx, rows) => {
      const actor = ctx.actor!;
      const c: RowContext = {
        actor,
        match: unitMatcher(await implementingUnits(tx, actor.districtId)),
        mayPublish: can(actor, 'powers.publish'),
        today: ctx.today,
        taken: await takenCodes(
          tx,
          actor.districtId,
          rows.map((r) => r.code.trim()),
        ),
      };
      return {
        create: (row) => {
          if (c.taken.has(row.code.trim()))
            return [{ field: 'code', message: `事项编码已存在：${row.code}（已有事项请在系统中修订）` }];
          return checkRow(row, c);
        },
        change: (row, before) => checkDraftEdit(tx, row, before, c),
        write: async (created, changed) => {
          await registerItems(tx, ctx, created.filter((p) => !isEdit(p)) as NewItem[], 'import');
          for (const edit of changed.filter(isEdit)) await editDraft(tx, ctx, edit.id, edit.patch);
          return { published: created.filter((p) => !isEdit(p) && p.publishedOn).length };
        },
      };
    },
  },
};

/** Imports a power-list sheet, all or nothing, idempotent on 事项编码 (see `powerItemsLedger`). */
export function importItems(ctx: Ctx, parsed: ParsedLedger<PowerLedgerRow>): Promise<ImportSummary> {
  return importLedger(powerItemsLedger, ctx, parsed) as Promise<ImportSummary>;
}

/** A changed row of a draft: the edit it makes, checked as the form checks it; anything else is refused. */
async function checkDraftEdit(
  tx: Tx,
  row: PowerLedgerRow,
  before: PowerLedgerRow,
  c: RowContext,
): Promise<Problems | string | DraftEdit | typeof UNCHANGED> {
  if (before.status !== 'draft') return '已发布的事项不能通过导入改写，请在系统中“发起修订”';
  if ((row.status ?? 'draft') !== 'draft')
    return [{ field: 'status', message: '草稿事项请在系统中发布，导入只能修改草稿的内容' }];
  const checked = checkRow(row, c);
  if (Array.isArray(checked)) return checked;
  const [item] = await tx
    .select()
    .from(powerItems)
    .where(
      and(
        eq(powerItems.districtId, c.actor.districtId),
        eq(powerItems.code, checked.code),
        eq(powerItems.status, 'draft'),
      ),
    );
  if (!item) return '该草稿事项已不存在，请刷新后重试';
  // The department may be typed by its short name or code: resolved, the row may be the draft as it is.
  const same =
    item.orgUnitId === checked.orgUnitId &&
    JSON.stringify(contentJson(item)) === JSON.stringify(checked.content);
  if (same) return UNCHANGED;
  return { id: item.id, patch: { ...contentOf(checked.content), orgUnitId: checked.orgUnitId } };
}

/** One row's problems, or the item it describes. */
function checkRow(row: PowerLedgerRow, c: RowContext): Problems | NewItem {
  const problems: Problems = [];
  const code = PowerItemCode.safeParse(row.code);
  if (!code.success)
    problems.push({ field: 'code', message: code.error.issues[0]?.message ?? '事项编码格式不正确' });
  const unit = c.match(row.orgUnit);
  if (!unit) {
    problems.push({
      field: 'orgUnit',
      message: `未找到实施主体“${row.orgUnit}”，请填本区部门的全称、简称或机构代码`,
    });
  } else if (!mayActForUnit(c.actor, unit)) {
    problems.push({ field: 'orgUnit', message: `只能导入本单位的事项，不能导入“${unit.name}”的事项` });
  }
  const publishedOn = checkStatus(row, c, problems);
  if (problems.length > 0 || !unit) return problems;
  return {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    code: row.code.trim(),
    content: contentJson(row),
    publishedOn,
  };
}

/** The status column: 草稿 by default; 已发布 for publishers, complete rows only, dated no later than today. */
function checkStatus(row: PowerLedgerRow, c: RowContext, problems: Problems): string | null {
  const status = row.status ?? 'draft';
  if (status !== 'draft' && status !== 'published') {
    problems.push({ field: 'status', message: '导入时状态只能为“草稿”或“已发布”' });
    return null;
  }
  if (status === 'draft') {
    if (row.publishedOn) problems.push({ field: 'publishedOn', message: '草稿不填发布日期' });
    return null;
  }
  if (!c.mayPublish) {
    problems.push({
      field: 'status',
      message: '您的角色无权发布事项，状态只能为“草稿”（由依法治区办审核发布）',
    });
    return null;
  }
  // Basis: 中办发〔2015〕21号 — a published item states its basis, process and responsibility.
  for (const field of missingForPublication(row)) {
    problems.push({ field, message: '状态为“已发布”时必填' });
  }
  const on = row.publishedOn ?? c.today;
  if (on > c.today) problems.push({ field: 'publishedOn', message: `发布日期不能晚于今天（${c.today}）` });
  return on;
}

const CHUNK = 500;

/**
 * Writes checked items in bulk — drafts, or first versions in force from their publication date — with one
 * audit event per item, and each publication in the item's procedural history.
 */
export async function registerItems(
  tx: Tx,
  ctx: Ctx,
  items: readonly NewItem[],
  source: string,
): Promise<number> {
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const rows = await tx
      .insert(powerItems)
      .values(
        chunk.map((item) => ({
          ...item.content,
          districtId: item.districtId,
          orgUnitId: item.orgUnitId,
          code: item.code,
          status: item.publishedOn ? 'published' : 'draft',
          currentVersion: item.publishedOn ? 1 : 0,
          publishedOn: item.publishedOn,
          createdBy: ctx.actor?.userId ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .returning();
    const published = rows.filter((r) => r.publishedOn);
    if (published.length > 0) {
      await tx
        .insert(powerItemVersions)
        .values(published.map((r) => versionValues(r, 1, contentJson(r), r.publishedOn!, null)));
    }
    await recordPublicationSteps(tx, ctx, published, source);
    await recordAudits(
      tx,
      ctx,
      rows.map((row) => newItemAudit(row, source)),
    );
  }
  return items.length;
}

/**
 * One audit event per item: `created` for a draft; for a row imported as published, one `published`
 * event carrying the whole first version (before: nothing), so a bulk import halves its chain appends.
 */
function newItemAudit(row: PowerItemRow, source: string): AuditInput {
  const subject = {
    subjectType: 'power_item',
    subjectId: row.id,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
  };
  const after = { code: row.code, orgUnitId: row.orgUnitId, ...contentJson(row) };
  if (!row.publishedOn) return { ...subject, action: 'powers.item.created', after, data: { source } };
  return {
    ...subject,
    action: 'powers.item.published',
    before: null,
    after: { ...after, state: 'published', version: 1 },
    data: { source, publishedOn: row.publishedOn, created: true },
  };
}

/** The publications in the items' procedural history (written in bulk, not one step at a time). */
async function recordPublicationSteps(tx: Tx, ctx: Ctx, rows: readonly PowerItemRow[], source: string) {
  if (rows.length === 0) return;
  await recordHistoricalSteps(
    tx,
    rows.map((row) => ({
      procedureKey: powerItemProcedure.key,
      subjectId: row.id,
      transition: 'publish',
      fromState: 'draft',
      toState: 'published',
      input: { publishedOn: row.publishedOn, source },
      actorUserId: ctx.actor?.userId ?? null,
      occurredAt: ctx.now,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
    })),
  );
}
