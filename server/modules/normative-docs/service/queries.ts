import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DocDetail,
  DocListQuery,
  DocSummary,
  PublicDocDetail,
  PublicDocQuery,
} from '../../../../common/contracts/normative-docs.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  clockViews,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
} from '../../../platform/procedures/index.js';
import { docScope } from '../policy.js';
import { docProcedure } from '../procedure.js';
import {
  type NormativeDocRow,
  normativeDocCitations,
  normativeDocFilings,
  normativeDocReviews,
  normativeDocs as d,
  normativeLaws,
} from '../schema.js';
import { getScopedDoc, settingsOf, toRecord, WHAT } from './records.js';
import { docTransitions } from './transitions.js';

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Late: a review past its due day, or a published document not filed by its filing day. */
function isOverdue(row: NormativeDocRow, reviewDueOn: string | null, today: string): boolean {
  if (row.status === 'legality_review') return reviewDueOn !== null && reviewDueOn < today;
  return row.status === 'published' && row.filingDueOn !== null && row.filingDueOn < today;
}

function summaryOf(
  row: NormativeDocRow,
  issuer: string,
  reviewDueOn: string | null,
  today: string,
): DocSummary {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    issuerLevel: row.issuerLevel,
    issuer: { id: row.orgUnitId, name: issuer },
    draftingUnit: row.draftingUnit,
    state: row.status as DocSummary['state'],
    registrationNumber: row.registrationNumber,
    documentNumber: row.documentNumber,
    publishedOn: row.publishedOn,
    validUntil: row.validUntil,
    reviewConclusion: row.reviewConclusion,
    filingDueOn: row.filingDueOn,
    overdue: isOverdue(row, reviewDueOn, today),
  };
}

const openReviewDue = sql<string | null>`(SELECT r.due_on::text FROM ${normativeDocReviews} r
  WHERE r.doc_id = ${d.id} AND r.reviewed_on IS NULL ORDER BY r.round DESC LIMIT 1)`;

/** The staff list: the actor's documents, filtered by state, year (drafted or published in it) and words. */
export async function findDocs(ctx: Ctx, q: DocListQuery) {
  assertCan(ctx.actor, 'normative_docs.view');
  const where: SQL[] = [docScope(ctx.actor!)];
  if (q.state) where.push(eq(d.status, q.state));
  if (q.year) where.push(sql`(extract(year FROM coalesce(${d.publishedOn}, ${d.draftedOn})) = ${q.year})`);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(d.title, like), ilike(d.documentNumber, like), ilike(d.registrationNumber, like))!);
  }
  const cond = and(...where);
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ doc: d, issuer: orgUnits.name, reviewDue: openReviewDue })
      .from(d)
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(cond)
      .orderBy(desc(sql`coalesce(${d.publishedOn}, ${d.draftedOn})`), asc(d.title))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(d).where(cond),
  ]);
  return {
    items: rows.map((r) => summaryOf(r.doc, r.issuer, r.reviewDue, ctx.today)),
    total: Number(total[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One document with its reviews, filings, citations, history, the steps the actor may take and its clocks. */
export async function getDoc(ctx: Ctx, id: string): Promise<DocDetail> {
  assertCan(ctx.actor, 'normative_docs.view');
  const row = await getScopedDoc(ctx.db, ctx.actor!, id);
  const settings = await settingsOf(ctx.db, row.districtId);
  const [issuer, reviews, filings, citations, steps, clocks, actions] = await Promise.all([
    ctx.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, row.orgUnitId)),
    ctx.db
      .select()
      .from(normativeDocReviews)
      .where(eq(normativeDocReviews.docId, id))
      .orderBy(asc(normativeDocReviews.round)),
    ctx.db.select().from(normativeDocFilings).where(eq(normativeDocFilings.docId, id)),
    ctx.db
      .select({ c: normativeDocCitations, law: normativeLaws })
      .from(normativeDocCitations)
      .innerJoin(normativeLaws, eq(normativeLaws.id, normativeDocCitations.lawId))
      .where(eq(normativeDocCitations.docId, id)),
    findProcedureSteps(ctx.db, docProcedure.key, id),
    clockViews(ctx.db, ctx.today, 'normative_doc', id, ctx.locale),
    docTransitions.actionsFor(ctx, toRecord(row, settings, ctx.today)),
  ]);
  const reviewDue = reviews.find((r) => !r.reviewedOn)?.dueOn ?? null;
  return {
    ...summaryOf(row, issuer[0]?.name ?? '', reviewDue, ctx.today),
    subject: row.subject,
    body: row.body,
    draftedOn: row.draftedOn,
    evaluationNote: row.evaluationNote,
    commentFrom: row.commentFrom,
    commentUntil: row.commentUntil,
    commentChannel: row.commentChannel,
    commentSummary: row.commentSummary,
    noCommentReason: row.noCommentReason,
    reviews: reviews.map((r) => ({
      round: r.round,
      submittedOn: r.submittedOn,
      dueOn: r.dueOn,
      reviewedOn: r.reviewedOn,
      conclusion: r.conclusion,
      checklist: r.checklist,
      opinion: r.opinion,
      opinionNumber: r.opinionNumber,
      reviewer: r.reviewer,
      response: r.response,
      explanation: r.explanation,
    })),
    meeting: row.meeting,
    meetingOn: row.meetingOn,
    signer: row.signer,
    issuedOn: row.issuedOn,
    carrier: row.carrier,
    interpretation: row.interpretation,
    effectiveOn: row.effectiveOn,
    provisional: row.provisional,
    filings: filings.map((f) => ({
      recipient: f.recipient,
      filedOn: f.filedOn,
      dueOn: f.dueOn,
      onTime: f.filedOn <= f.dueOn,
      result: f.result,
      resultOn: f.resultOn,
      note: f.note,
    })),
    endedOn: row.endedOn,
    endReason: row.endReason,
    needsRevision: row.needsRevision,
    citations: citations.map(({ c, law }) => ({
      lawId: law.id,
      lawTitle: law.title,
      lawStatus: law.status,
      article: c.article,
    })),
    history: steps.map((s) => presentStep(docProcedure, s, ctx.locale)),
    actions: presentActions(actions),
    clocks: clocks.map(presentClock),
  };
}

/** In force today for the public: published (filed or not), within validity. The authority for citing. */
const validForPublic = (today: string) =>
  sql`${d.status} IN ('published', 'filed') AND ${d.publishedOn} <= ${today}
    AND (${d.validUntil} IS NULL OR ${d.validUntil} >= ${today})`;

/** The portal's list of valid documents (no personal data: documents are public acts). */
export async function findPublicDocs(ctx: Ctx, q: z.output<typeof PublicDocQuery>) {
  const where: SQL[] = [validForPublic(ctx.today)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(d.title, like), ilike(d.documentNumber, like))!);
  }
  const cond = and(...where);
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ doc: d, issuer: orgUnits.name })
      .from(d)
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(cond)
      .orderBy(desc(d.publishedOn), asc(d.documentNumber))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(d).where(cond),
  ]);
  return {
    items: rows.map((r) => publicOf(r.doc, r.issuer)),
    total: Number(total[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

function publicOf(row: NormativeDocRow, issuer: string) {
  return {
    id: row.id,
    title: row.title,
    issuer,
    registrationNumber: row.registrationNumber ?? '',
    documentNumber: row.documentNumber ?? '',
    publishedOn: row.publishedOn!,
    effectiveOn: row.effectiveOn,
    validUntil: row.validUntil,
    provisional: row.provisional,
  };
}

/** One valid document with its full text and 解读; a repealed, expired or unpublished one is not found. */
export async function getPublicDoc(ctx: Ctx, id: string): Promise<z.output<typeof PublicDocDetail>> {
  const [r] = await ctx.db
    .select({ doc: d, issuer: orgUnits.name })
    .from(d)
    .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
    .where(and(eq(d.id, id), validForPublic(ctx.today)));
  if (!r) throw notFound(WHAT);
  return {
    ...publicOf(r.doc, r.issuer),
    body: r.doc.body,
    interpretation: r.doc.interpretation,
    carrier: r.doc.carrier,
  };
}

/** Citable by document number (other modules ask before they record a document as a basis). */
export async function isCitableNumber(db: Ctx['db'], districtId: string, documentNumber: string, on: string) {
  const [row] = await db
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.districtId, districtId), eq(d.documentNumber, documentNumber), validForPublic(on)));
  return !!row;
}
