/** What the reports module's use cases share: the stored draft, the actor, the locked row and its save. */
import { and, eq, sql } from 'drizzle-orm';
import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import {
  EDITABLE_STATUSES,
  FROZEN_STATUSES,
  type ReportDraftStatus,
} from '../../../../common/contracts/reports/drafts.js';
import { isDistrictWide } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { getOrgUnit } from '../../../platform/org/index.js';
import {
  generateDraft,
  type ReportDraft,
  statementsOf,
  templateFor,
} from '../../../platform/reports/index.js';
import { ownScope, readScope } from '../policy.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';

/** The stored draft: the engine's draft plus the statements the coordinator dropped (not brought back). */
export type StoredDraft = ReportDraft & { dropped?: string[] };

export const SUBJECT = 'report_draft';
const isEditable = (status: string) => EDITABLE_STATUSES.includes(status as ReportDraftStatus);
export const isFrozen = (status: string) => FROZEN_STATUSES.includes(status as ReportDraftStatus);

/** The signed-in actor; a request without one is UNAUTHENTICATED. */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return ctx.actor;
}

/** A draft the actor may read (own scope, or the district's for a department), else NOT_FOUND. */
export async function getReadableDraft(db: Executor, actor: Actor, id: string): Promise<ReportDraftRow> {
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.id, id), readScope(actor, actor.districtId)));
  if (!row) throw notFound('年度报告');
  return row;
}

/**
 * Locks a draft for an edit. `contribute`: a department officer on the district's report may add and change
 * their own paragraphs; any other edit needs the draft in the actor's own scope (else NOT_FOUND).
 */
export async function lockDraft(
  tx: Tx,
  actor: Actor,
  id: string,
  mode: 'own' | 'contribute',
): Promise<ReportDraftRow> {
  const scope = mode === 'own' ? ownScope(actor) : readScope(actor, actor.districtId);
  const [row] = await tx
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.id, id), scope))
    .for('update');
  if (!row) throw notFound('年度报告');
  return row;
}

/** A department officer writing into the district's report (not their own). */
export const isContributor = (actor: Actor, row: ReportDraftRow) =>
  !isDistrictWide(actor) && row.orgUnitId === actor.districtId;

export function assertEditable(row: ReportDraftRow): void {
  if (!isEditable(row.status))
    throw new AppError('REPORT_NOT_EDITABLE', '报告已审议通过或签署，不能再修改（如需修改，请先退回修改）');
}

export async function saveDraft(
  tx: Tx,
  ctx: Ctx,
  row: ReportDraftRow,
  draft: StoredDraft,
): Promise<ReportDraftRow> {
  const [saved] = await tx
    .update(reportDrafts)
    .set({ draft, version: sql`${reportDrafts.version} + 1`, updatedAt: ctx.now })
    .where(eq(reportDrafts.id, row.id))
    .returning();
  return saved!;
}

/** The template a report of that year is written on (422 naming the year when there is none). */
export function requireTemplate(report: ReportKind, year: number) {
  const template = templateFor(report, year);
  if (!template)
    throw new AppError('VALIDATION_FAILED', `${year} 年度没有该报告的模板`, [
      { path: 'body.year', message: '该年度没有适用的报告模板' },
    ]);
  return template;
}

/** The draft the installed statements make for (report, year): the engine's, with its template's id. */
export function freshDraft(report: ReportKind, year: number): StoredDraft {
  const template = requireTemplate(report, year);
  return { paragraphs: generateDraft(template, statementsOf(report, year)) };
}

/** The paragraph of the draft, if the actor may change it (a contributor: only their unit's own). */
export async function paragraphToChange(tx: Tx, actor: Actor, row: ReportDraftRow, pid: string) {
  const draft = row.draft as StoredDraft;
  const paragraph = draft.paragraphs.find((p) => p.id === pid);
  const contributor = isContributor(actor, row);
  const own = contributor ? (await getOrgUnit(tx, actor.orgUnitId)).code : null;
  if (!paragraph || (contributor && paragraph.contributedBy !== own)) throw notFound('段落');
  return { draft, paragraph };
}
