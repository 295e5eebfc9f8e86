import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { daysBetween } from '../../../../common/calendar/index.js';
import type { PublicDecisionDetail } from '../../../../common/contracts/decisions.js';
import { maskPersonName } from '../../../../common/privacy/masking.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { commentOpen, newCommentCode } from '../rules.js';
import {
  decisionCatalogues,
  decisionClauses,
  decisionComments,
  type DecisionRow,
  decisions as d,
} from '../schema.js';
import { catalogueView, clausesAndComments } from './queries.js';

/** What the public may see of a decision: a draft from the day it is put out for comment on, and after. */
const PUBLIC_STATES = ['commenting', 'consulted', 'reviewing', 'decided', 'published', 'suspended'];

function publicOf(row: DecisionRow, unit: string, today: string) {
  const open = commentOpen(row.commentOpensOn, row.commentClosesOn, today);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    unit,
    state: row.state,
    commentOpensOn: row.commentOpensOn,
    commentClosesOn: row.commentClosesOn,
    daysLeft: open ? daysBetween(today, row.commentClosesOn!) : null,
    publishedOn: row.publishedOn,
    documentNumber: row.publishedOn ? row.documentNumber : null,
  };
}

/** The portal lists: drafts open for comment (with the days left) and the published decisions. */
export async function publicDecisions(ctx: Ctx, which: 'open' | 'published') {
  const rows = await ctx.db
    .select({ row: d, unit: orgUnits.name })
    .from(d)
    .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
    .where(which === 'open' ? eq(d.state, 'commenting') : inArray(d.state, ['published', 'suspended']))
    .orderBy(which === 'open' ? asc(d.commentClosesOn) : desc(d.publishedOn));
  return {
    items: rows
      .map((r) => publicOf(r.row, r.unit, ctx.today))
      .filter((r) => which === 'published' || r.daysLeft !== null),
  };
}

async function publicRow(ctx: Ctx, id: string) {
  const [r] = await ctx.db
    .select({ row: d, unit: orgUnits.name })
    .from(d)
    .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
    .where(and(eq(d.id, id), inArray(d.state, PUBLIC_STATES)));
  if (!r || r.row.commentOpensOn === null || r.row.commentOpensOn > ctx.today) throw notFound('决策草案');
  return r;
}

/**
 * One decision on the portal: the draft (the text put out for comment while it is open), and once published
 * the decision's text, its interpretation and the feedback report (every comment, the author masked).
 */
export async function publicDecision(ctx: Ctx, id: string): Promise<PublicDecisionDetail> {
  const { row, unit } = await publicRow(ctx, id);
  const cc = await clausesAndComments(ctx.db, id);
  const published = row.state === 'published' || row.state === 'suspended';
  return {
    ...publicOf(row, unit, ctx.today),
    explanation: row.explanation,
    shorterReason: row.shorterReason,
    open: commentOpen(row.commentOpensOn, row.commentClosesOn, ctx.today) && row.state === 'commenting',
    clauses: cc.clauses.map((c) => (published ? c : { ...c, text: c.originalText })),
    interpretation: published ? row.interpretation : null,
    feedback: published ? cc.comments.map((c) => cc.present(c, maskPersonName(c.author) ?? '—')) : null,
  };
}

/** A citizen's comment on the draft or on one clause, while the period runs; the answer is the 查询码. */
export async function submitComment(
  ctx: Ctx,
  id: string,
  body: { clauseId?: string | null; name: string; contact: string | null; text: string },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(d).where(eq(d.id, id)).for('share');
    if (row?.state !== 'commenting' || !commentOpen(row.commentOpensOn, row.commentClosesOn, ctx.today))
      throw validationFailed([{ path: 'text', message: '该决策草案目前不在公开征求意见期间' }]);
    if (body.clauseId) {
      const [clause] = await tx
        .select({ id: decisionClauses.id })
        .from(decisionClauses)
        .where(and(eq(decisionClauses.id, body.clauseId), eq(decisionClauses.decisionId, id)));
      if (!clause) throw validationFailed([{ path: 'clauseId', message: '草案中没有这一条款' }]);
    }
    const code = newCommentCode(randomBytes);
    const [comment] = await tx
      .insert(decisionComments)
      .values({
        decisionId: id,
        districtId: row.districtId,
        orgUnitId: row.orgUnitId,
        clauseId: body.clauseId ?? null,
        code,
        author: body.name,
        contact: body.contact,
        text: body.text,
        submittedOn: ctx.today,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'decisions.comment.submitted',
      subjectType: 'decision_comment',
      subjectId: comment!.id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      // The commenter's contact stays out of the chain; the text is the public record.
      after: { decisionId: id, clauseId: body.clauseId ?? null, text: body.text },
    });
    return { code, submittedOn: ctx.today };
  });
}

/** What became of a comment, by its 查询码 (the code is the only key: nothing else of the commenter shows). */
export async function commentStatus(ctx: Ctx, code: string) {
  const [c] = await ctx.db.select().from(decisionComments).where(eq(decisionComments.code, code));
  if (!c) throw notFound('意见');
  const [row] = await ctx.db.select().from(d).where(eq(d.id, c.decisionId));
  const cc = await clausesAndComments(ctx.db, c.decisionId);
  const out = cc.present(c, '');
  return {
    decisionTitle: row!.title,
    decisionId: row!.id,
    clauseNumber: out.clauseNumber,
    text: c.text,
    submittedOn: c.submittedOn,
    disposition: c.disposition,
    reason: c.reason,
    changedClauses: out.changedClauses,
  };
}

/** The published catalogue of a year (nothing before its publication). */
export async function publicCatalogue(ctx: Ctx, year: number) {
  const [cat] = await ctx.db.select().from(decisionCatalogues).where(eq(decisionCatalogues.year, year));
  if (cat?.state !== 'published') throw notFound(`${year}年度重大行政决策事项目录`);
  return catalogueView(ctx.db, cat.districtId, year, undefined);
}
