/**
 * The reports module's use cases (decision 0036): generate a draft, edit it around its live figures, take the
 * departments' contributions, move it through review, approval, sign-off (checks, freeze, SM3 seal) and
 * publication, and read it — computed while it is being written, frozen once signed.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnnualReport, ReportCheck, ReportKind } from '../../../common/contracts/reports/annual.js';
import {
  type DraftParagraphInput,
  EDITABLE_STATUSES,
  FROZEN_STATUSES,
  type ReportDraftCreate,
  type ReportDraftListQuery,
  type ReportDraftPatch,
  type ReportDraftStatus,
} from '../../../common/contracts/reports/drafts.js';
import { assertCan, isDistrictWide } from '../../platform/authz/index.js';
import { recordAudit } from '../../platform/audit/index.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { type Executor, inTransaction, type Tx } from '../../platform/db/index.js';
import { AppError, notFound, ruleViolation } from '../../platform/errors.js';
import { getOrgUnit, type OrgUnit, orgUnits } from '../../platform/org/index.js';
import { availableActions, findProcedureSteps, procedureService } from '../../platform/procedures/index.js';
import {
  assembleReport,
  figuresRemovedWithoutReason,
  generateDraft,
  type ReportDraft,
  type ReportReader,
  resolveReportUnit,
  statementsOf,
  templateFor,
  titleWords,
} from '../../platform/reports/index.js';
import { assertSeenVersion } from '../../platform/versions.js';
import { ownScope, readScope } from './policy.js';
import { type ReportRecord, reportProcedure } from './procedure.js';
import {
  differencesBetween,
  nextOrder,
  paragraphFrom,
  regenerate,
  reportDeadlines,
  sealOf,
  signOffProblems,
} from './rules.js';
import { type ReportDraftRow, reportDrafts } from './schema.js';

/** The stored draft: the engine's draft plus the statements the coordinator dropped (not brought back). */
export type StoredDraft = ReportDraft & { dropped?: string[] };

const SUBJECT = 'report_draft';
const isEditable = (status: string) => EDITABLE_STATUSES.includes(status as ReportDraftStatus);
export const isFrozen = (status: string) => FROZEN_STATUSES.includes(status as ReportDraftStatus);

function requireActor(ctx: Ctx): Actor {
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
async function lockDraft(
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
const isContributor = (actor: Actor, row: ReportDraftRow) =>
  !isDistrictWide(actor) && row.orgUnitId === actor.districtId;

function assertEditable(row: ReportDraftRow): void {
  if (!isEditable(row.status))
    throw new AppError('REPORT_NOT_EDITABLE', '报告已审议通过或签署，不能再修改（如需修改，请先退回修改）');
}

async function saveDraft(tx: Tx, ctx: Ctx, row: ReportDraftRow, draft: StoredDraft): Promise<ReportDraftRow> {
  const [saved] = await tx
    .update(reportDrafts)
    .set({ draft, version: sql`${reportDrafts.version} + 1`, updatedAt: ctx.now })
    .where(eq(reportDrafts.id, row.id))
    .returning();
  return saved!;
}

/** The template a report of that year is written on (422 naming the year when there is none). */
function requireTemplate(report: ReportKind, year: number) {
  const template = templateFor(report, year);
  if (!template)
    throw new AppError('VALIDATION_FAILED', `${year} 年度没有该报告的模板`, [
      { path: 'body.year', message: '该年度没有适用的报告模板' },
    ]);
  return template;
}

/** The draft the installed statements make for (report, year): the engine's, with its template's id. */
function freshDraft(report: ReportKind, year: number): StoredDraft {
  const template = requireTemplate(report, year);
  return { paragraphs: generateDraft(template, statementsOf(report, year)) };
}

/** Generates the draft of (report, year, unit) from the installed statements; one per unit, kind and year. */
export async function createDraft(ctx: Ctx, input: ReportDraftCreate): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  const template = requireTemplate(input.report, input.year);
  const { unit } = await resolveReportUnit(ctx.db, actor, input.unit);
  return inTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select({ id: reportDrafts.id })
      .from(reportDrafts)
      .where(
        and(
          eq(reportDrafts.orgUnitId, unit.id),
          eq(reportDrafts.report, input.report),
          eq(reportDrafts.year, input.year),
        ),
      );
    if (existing)
      throw new AppError('REPORT_DRAFT_EXISTS', `${unit.name}${input.year}年度的该报告已有草稿`, undefined, {
        id: existing.id,
      });
    const [row] = await tx
      .insert(reportDrafts)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        report: input.report,
        year: input.year,
        templateId: template.id,
        draft: freshDraft(input.report, input.year),
        status: 'draft',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'reports.draft.generated',
      subjectType: SUBJECT,
      subjectId: row!.id,
      orgUnitId: unit.id,
      districtId: unit.districtId,
      after: { report: input.report, year: input.year, paragraphs: row!.draft.paragraphs.length },
    });
    return row!;
  });
}

/** Edits the parts around the paragraphs (title, opening, closing, signing organs); only the fields sent. */
export async function updateDraftText(
  ctx: Ctx,
  id: string,
  patch: ReportDraftPatch,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const before = row.draft as StoredDraft;
    const draft: StoredDraft = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    const saved = await saveDraft(tx, ctx, row, draft);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.updated',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: pick(before, Object.keys(patch)),
      after: patch,
    });
    return saved;
  });
}

const pick = (o: object, keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));

/** Adds a prose paragraph (a department's on the district report is marked as its contribution). */
export async function addParagraph(
  ctx: Ctx,
  id: string,
  input: DraftParagraphInput,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const draft = row.draft as StoredDraft;
    const contributedBy = isContributor(actor, row)
      ? (await getOrgUnit(tx, actor.orgUnitId)).code
      : undefined;
    const paragraph = paragraphFrom(input, {
      id: `prose-${crypto.randomUUID().slice(0, 8)}`,
      statement: null,
      contributedBy,
      order: nextOrder(draft, input.section, input.area ?? undefined),
    });
    const saved = await saveDraft(tx, ctx, row, { ...draft, paragraphs: [...draft.paragraphs, paragraph] });
    await recordAudit(tx, ctx, {
      action: contributedBy ? 'reports.paragraph.contributed' : 'reports.paragraph.added',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      after: paragraph,
    });
    return saved;
  });
}

/** The paragraph of the draft, if the actor may change it (a contributor: only their unit's own). */
async function paragraphToChange(tx: Tx, actor: Actor, row: ReportDraftRow, pid: string) {
  const draft = row.draft as StoredDraft;
  const paragraph = draft.paragraphs.find((p) => p.id === pid);
  const contributor = isContributor(actor, row);
  const own = contributor ? (await getOrgUnit(tx, actor.orgUnitId)).code : null;
  if (!paragraph || (contributor && paragraph.contributedBy !== own)) throw notFound('段落');
  return { draft, paragraph };
}

/**
 * Edits a paragraph's text or lead, or moves it: placeholders stay live; a figure taken out of the text without
 * an override and its reason is refused (422 naming the figure), so no typed number silently replaces a live one.
 */
export async function editParagraph(
  ctx: Ctx,
  id: string,
  pid: string,
  input: DraftParagraphInput,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const { draft, paragraph } = await paragraphToChange(tx, actor, row, pid);
    const edited = paragraphFrom(input, paragraph);
    const removed = figuresRemovedWithoutReason(paragraph.text, edited);
    if (removed.length > 0)
      throw new AppError(
        'FIGURE_REMOVED_WITHOUT_REASON',
        `修改删去了实时数字 ${removed.join('、')}：请保留占位符，或以文字替换并填写理由`,
        removed.map((figure) => ({ path: 'body.overrides', message: `数字 ${figure} 被删去但未说明理由` })),
        { figures: removed },
      );
    const paragraphs = draft.paragraphs.map((p) => (p.id === pid ? edited : p));
    const saved = await saveDraft(tx, ctx, row, { ...draft, paragraphs });
    await recordAudit(tx, ctx, {
      action: 'reports.paragraph.edited',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: paragraph,
      after: edited,
    });
    return saved;
  });
}

/** Drops a paragraph; a dropped statement is remembered so a regeneration does not bring it back. */
export async function dropParagraph(ctx: Ctx, id: string, pid: string): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const { draft, paragraph } = await paragraphToChange(tx, actor, row, pid);
    const dropped = paragraph.statement ? [...(draft.dropped ?? []), paragraph.statement] : draft.dropped;
    const saved = await saveDraft(tx, ctx, row, {
      ...draft,
      paragraphs: draft.paragraphs.filter((p) => p.id !== pid),
      ...(dropped ? { dropped } : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'reports.paragraph.removed',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: paragraph,
    });
    return saved;
  });
}

/** Brings in the statements installed since the draft was generated; edited and prose paragraphs stay. */
export async function regenerateDraft(ctx: Ctx, id: string): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const draft = row.draft as StoredDraft;
    const fresh = freshDraft(row.report as ReportKind, row.year);
    const next = regenerate(draft, fresh.paragraphs, draft.dropped ?? []);
    const added = next.paragraphs.length - draft.paragraphs.length;
    const saved = await saveDraft(tx, ctx, row, next);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.regenerated',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      data: { added: next.paragraphs.slice(draft.paragraphs.length).map((p) => p.id), count: added },
    });
    return saved;
  });
}

// ---- Reading ----

/** The report computed now from the records with the draft's text (the CLI and the engine's reader: system). */
export function computeDocument(db: Executor, row: ReportDraftRow): Promise<AnnualReport> {
  return assembleReport(db, 'system', {
    report: row.report as ReportKind,
    year: row.year,
    unit: row.orgUnitId,
    draft: row.draft as StoredDraft,
  });
}

/** The seal of a frozen report: its hash, and whether the stored snapshot still matches it. */
export function sealOfRow(row: ReportDraftRow) {
  if (!row.frozen || !row.frozenHash || !row.frozenAt) return null;
  return {
    frozenAt: row.frozenAt.toISOString(),
    hash: row.frozenHash,
    verified: sealOf(row.frozen) === row.frozenHash,
  };
}

/** The report as it reads: the frozen snapshot once signed (never recomputed), else computed now. */
export async function documentOf(db: Executor, row: ReportDraftRow): Promise<AnnualReport> {
  if (isFrozen(row.status) && row.frozen) return row.frozen;
  return computeDocument(db, row);
}

/** What a recomputation now states differently from the frozen report (signed reports; else none). */
export async function differencesOf(db: Executor, row: ReportDraftRow) {
  if (!row.frozen) return { seal: null, differences: [], missing: [] };
  const now = await computeDocument(db, row);
  return { seal: sealOfRow(row), ...differencesBetween(row.frozen, now) };
}

/** The draft with the unit's name, the report as it reads and the workflow, for the detail view. */
export async function getDraftDetail(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.read');
  const row = await getReadableDraft(ctx.db, actor, id);
  const [unit, document, steps, contributions] = await Promise.all([
    getOrgUnit(ctx.db, row.orgUnitId),
    documentOf(ctx.db, row),
    findProcedureSteps(ctx.db, reportProcedure.key, id),
    Promise.resolve(contributionCount(row)),
  ]);
  const contributor = isContributor(actor, row);
  const actions = contributor
    ? []
    : availableActions(reportProcedure, {
        actor,
        record: toRecord(row, ctx.today),
        facts: { steps },
        locale: ctx.locale,
      });
  const differences = row.frozen ? (await differencesOf(ctx.db, row)).differences.length : 0;
  return { row, unit, document, steps, actions, contributions, contributor, differences };
}

const contributionCount = (row: ReportDraftRow) =>
  (row.draft as StoredDraft).paragraphs.filter((p) => p.contributedBy).length;

/** The drafts in the reader's scope (a department officer: its own and the district's), newest year first. */
export async function findDrafts(ctx: Ctx, query: ReportDraftListQuery) {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.read');
  const where: SQL[] = [readScope(actor, actor.districtId)];
  if (query.year) where.push(eq(reportDrafts.year, query.year));
  if (query.report) where.push(eq(reportDrafts.report, query.report));
  if (query.status) where.push(eq(reportDrafts.status, query.status));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        row: reportDrafts,
        unitName: orgUnits.name,
        unitCode: orgUnits.code,
        unitType: orgUnits.type,
      })
      .from(reportDrafts)
      .innerJoin(orgUnits, eq(orgUnits.id, reportDrafts.orgUnitId))
      .where(condition)
      .orderBy(desc(reportDrafts.year), asc(orgUnits.path), asc(reportDrafts.report))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(reportDrafts).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The stored report of (report, year, unit) in the reader's scope, if one was generated. */
export async function findStoredReport(
  db: Executor,
  reader: ReportReader,
  report: ReportKind,
  year: number,
  unit?: string,
) {
  const resolved = await resolveReportUnit(db, reader, unit);
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(
      and(
        eq(reportDrafts.orgUnitId, resolved.unit.id),
        eq(reportDrafts.report, report),
        eq(reportDrafts.year, year),
      ),
    );
  return row ?? null;
}

/** `GET /api/v1/reports/annual` and the CLI: the stored report when there is one, else computed now. */
export async function annualReport(
  db: Executor,
  reader: ReportReader,
  input: { report: ReportKind; year: number; unit?: string },
): Promise<AnnualReport> {
  const row = await findStoredReport(db, reader, input.report, input.year, input.unit);
  return row ? documentOf(db, row) : assembleReport(db, reader, input);
}

// ---- The workflow ----

/** The procedure's view of a stored report. */
export function toRecord(row: ReportDraftRow, stepOn: string): ReportRecord {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    row,
    stepOn,
  };
}

const stepDayOf = (input: unknown, today: string): string => {
  const form = (input ?? {}) as { on?: string; meetingOn?: string };
  return form.on ?? form.meetingOn ?? today;
};

/** The transitions of a report: review, approval, sign-off (checks, freeze, seal), publication, archive. */
export const reportTransitions = procedureService({
  procedure: reportProcedure,
  lock: async (tx, ctx, actor, id, step) =>
    toRecord(await lockDraft(tx, actor, id, 'own'), stepDayOf(step.input, ctx.today)),
  write: async (tx, ctx, { record, to, step }) => {
    const set: Partial<typeof reportDrafts.$inferInsert> = { status: to };
    const input = step.input as Record<string, unknown>;
    if (step.transition === 'approve') set.approval = step.input as never;
    if (step.transition === 'return_to_draft') Object.assign(set, { approval: null });
    if (step.transition === 'sign') Object.assign(set, await signOff(tx, record.row, input as never, ctx));
    if (step.transition === 'publish') set.publishedOn = input.on as string;
    if (step.transition === 'archive') set.archivedOn = ctx.today;
    const [row] = await tx
      .update(reportDrafts)
      .set({ ...set, version: sql`${reportDrafts.version} + 1`, updatedAt: ctx.now })
      .where(eq(reportDrafts.id, record.id))
      .returning();
    return toRecord(row!, record.stepOn);
  },
});

/**
 * Sign-off: the report is computed one last time and its checks run — an error blocks, a warning must be
 * acknowledged — then it is frozen as it reads (text and figures) and sealed with SM3.
 */
async function signOff(
  tx: Tx,
  row: ReportDraftRow,
  form: { signers: { name: string; role: string }[]; on: string; acknowledgeWarnings: boolean },
  ctx: Ctx,
) {
  const computed = await computeDocument(tx, row);
  const problem = signOffProblems(computed.checks, form.acknowledgeWarnings);
  if (problem) throw ruleViolation(problem.code, problem.message, { checks: problem.checks });
  const organs = (row.draft as StoredDraft).signature?.organs ?? computed.signature.organs;
  const frozen: AnnualReport = { ...computed, signature: { organs, dateOn: form.on } };
  return {
    signers: form.signers,
    signedOn: form.on,
    acknowledgedChecks: computed.checks.filter((c: ReportCheck) => c.level !== 'error'),
    frozen,
    frozenHash: sealOf(frozen),
    frozenAt: ctx.now,
  };
}

/** Fires one transition of a report (demo, tests). */
export function fireReportTransition(ctx: Ctx, id: string, transition: string, input: unknown = {}) {
  return reportTransitions.fire(ctx, id, transition as never, input);
}

/** The deadlines of a listed report, today (the list knows the unit's type). */
export function listedDeadlines(row: ReportDraftRow, isDistrict: boolean, today: string) {
  return reportDeadlines({
    report: row.report as ReportKind,
    year: row.year,
    isDistrict,
    status: row.status as ReportDraftStatus,
    publishedOn: row.publishedOn,
    today,
  });
}

/** The deadlines of a stored report, today. */
export async function deadlinesOf(db: Executor, row: ReportDraftRow, today: string) {
  const unit = await getOrgUnit(db, row.orgUnitId);
  return reportDeadlines({
    report: row.report as ReportKind,
    year: row.year,
    isDistrict: unit.type === 'district',
    status: row.status as ReportDraftStatus,
    publishedOn: row.publishedOn,
    today,
  });
}

// ---- The portal ----

/** The published (and archived) reports of the district, newest first: public, no personal data. */
export async function findPublishedReports(db: Executor, filter: { year?: number; report?: ReportKind }) {
  const where: SQL[] = [
    isNotNull(reportDrafts.publishedOn),
    inArray(reportDrafts.status, ['published', 'archived']),
  ];
  if (filter.year) where.push(eq(reportDrafts.year, filter.year));
  if (filter.report) where.push(eq(reportDrafts.report, filter.report));
  return db
    .select({ row: reportDrafts, unitCode: orgUnits.code })
    .from(reportDrafts)
    .innerJoin(orgUnits, eq(orgUnits.id, reportDrafts.orgUnitId))
    .where(and(...where))
    .orderBy(desc(reportDrafts.year), desc(reportDrafts.publishedOn));
}

/** One published report, frozen; anything else (a draft, a signed report not yet public) is NOT_FOUND. */
export async function getPublishedReport(db: Executor, id: string): Promise<ReportDraftRow> {
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.id, id), inArray(reportDrafts.status, ['published', 'archived'])));
  if (!row?.frozen || !row.publishedOn) throw notFound('年度报告');
  return row;
}

export { titleWords, type OrgUnit };

/**
 * Replaces a draft's whole text (the demo's report in the seed's words; a report written elsewhere): checked like
 * an edit — every figure of a generated statement the new text drops needs an override with a reason.
 */
export async function importDraftText(ctx: Ctx, id: string, text: StoredDraft): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const before = row.draft as StoredDraft;
    for (const old of before.paragraphs) {
      const now = text.paragraphs.find((p) => p.id === old.id);
      const removed = now ? figuresRemovedWithoutReason(old.text, now) : [];
      if (removed.length > 0)
        throw new AppError(
          'FIGURE_REMOVED_WITHOUT_REASON',
          `段落 ${old.id} 删去了实时数字 ${removed.join('、')}`,
        );
    }
    const saved = await saveDraft(tx, ctx, row, text);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.imported',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      data: { paragraphs: text.paragraphs.length },
    });
    return saved;
  });
}
