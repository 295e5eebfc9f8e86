import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type {
  CatalogueOut,
  CommentOut,
  DecisionDetail,
  DecisionListQuery,
  DecisionPage,
  DecisionSummary,
} from '../../../../common/contracts/decisions.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  clockViews,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
} from '../../../platform/procedures/index.js';
import { catalogueScope, decisionScope } from '../policy.js';
import { decisionProcedure } from '../procedure.js';
import {
  decisionCatalogueItems,
  decisionCatalogues,
  decisionClauses,
  decisionComments,
  decisionMaterials,
  type DecisionRow,
  decisions as d,
} from '../schema.js';
import { getScopedDecision, loadFacts, reviewOf, toRecord } from './records.js';
import { decisionTransitions } from './transitions.js';

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

const commentCount = () =>
  sql<number>`(SELECT count(*)::int FROM ${decisionComments} c WHERE c.decision_id = ${d.id})`;

function summaryOf(row: DecisionRow, unit: string, comments: number): DecisionSummary {
  return {
    id: row.id,
    version: row.version,
    number: row.number,
    title: row.title,
    category: row.category,
    state: row.state as DecisionSummary['state'],
    unit: { id: row.orgUnitId, name: unit },
    launchedOn: row.launchedOn,
    commentClosesOn: row.commentClosesOn,
    decidedOn: row.decidedOn,
    publishedOn: row.publishedOn,
    comments,
  };
}

/** The decisions in the actor's scope, newest first. */
export async function findDecisions(ctx: Ctx, q: DecisionListQuery): Promise<DecisionPage> {
  assertCan(ctx.actor, 'decisions.view');
  const where: SQL[] = [decisionScope(ctx.actor!)];
  if (q.state) where.push(eq(d.state, q.state));
  if (q.year) where.push(sql`extract(year from ${d.launchedOn}) = ${q.year}`);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(d.title, like), ilike(d.number, like))!);
  }
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ row: d, unit: orgUnits.name, comments: commentCount() })
      .from(d)
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(cond)
      .orderBy(desc(d.launchedOn), desc(d.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(d).where(cond),
  ]);
  return {
    items: rows.map((r) => summaryOf(r.row, r.unit, r.comments)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The clauses and comments of a decision, each comment with the clause numbers it changed. */
export async function clausesAndComments(db: Executor, decisionId: string) {
  const [clauses, comments] = await Promise.all([
    db
      .select()
      .from(decisionClauses)
      .where(eq(decisionClauses.decisionId, decisionId))
      .orderBy(asc(decisionClauses.position)),
    db
      .select()
      .from(decisionComments)
      .where(eq(decisionComments.decisionId, decisionId))
      .orderBy(asc(decisionComments.submittedOn), asc(decisionComments.code)),
  ]);
  const numberOf = new Map(clauses.map((c) => [c.id, c.number]));
  const present = (c: (typeof comments)[number], author: string): CommentOut => ({
    id: c.id,
    clauseId: c.clauseId,
    clauseNumber: c.clauseId ? (numberOf.get(c.clauseId) ?? null) : null,
    author,
    text: c.text,
    submittedOn: c.submittedOn,
    disposition: c.disposition,
    reason: c.reason,
    changedClauses: c.changedClauseIds.map((id) => numberOf.get(id) ?? '—'),
    disposedOn: c.disposedOn,
  });
  return {
    clauses: clauses.map((c) => ({ id: c.id, number: c.number, text: c.text, originalText: c.originalText })),
    comments,
    present,
  };
}

/** One decision with its draft, comments, materials, review, meeting, checklist, history, clocks and next steps. */
export async function getDecision(ctx: Ctx, id: string): Promise<DecisionDetail> {
  assertCan(ctx.actor, 'decisions.view');
  const row = await getScopedDecision(ctx.db, ctx.actor!, id);
  const review = await reviewOf(ctx, ctx.db, row);
  const [cc, materials, steps, clocks, actions, facts, [unit]] = await Promise.all([
    clausesAndComments(ctx.db, id),
    ctx.db
      .select()
      .from(decisionMaterials)
      .where(eq(decisionMaterials.decisionId, id))
      .orderBy(asc(decisionMaterials.on)),
    findProcedureSteps(ctx.db, decisionProcedure.key, id),
    clockViews(ctx.db, ctx.today, 'major_decision', id, ctx.locale),
    decisionTransitions.actionsFor(ctx, toRecord(row, ctx.today, review)),
    loadFacts(ctx.db, id),
    ctx.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, row.orgUnitId)),
  ]);
  const en = ctx.locale === 'en-US';
  const item = (key: string, zh: string, eng: string, done: boolean, required = true) => ({
    key,
    label: en ? eng : zh,
    done,
    required,
  });
  return {
    ...summaryOf(row, unit?.name ?? '', cc.comments.length),
    source: row.source,
    sourceProposalId: row.sourceProposalId,
    sourceText: row.sourceText,
    catalogueItemId: row.catalogueItemId,
    technical: row.technical,
    riskRelevant: row.riskRelevant,
    explanation: row.explanation,
    options: row.options,
    costBenefit: row.costBenefit,
    laws: row.laws,
    commentOpensOn: row.commentOpensOn,
    shorterReason: row.shorterReason,
    reviewRound: row.reviewRound,
    review,
    reviewConclusion: row.reviewConclusion,
    reviewOpinionNumber: row.reviewOpinionNumber,
    meeting: row.meeting ?? null,
    partyReportedOn: row.partyReportedOn,
    documentNumber: row.documentNumber,
    statusReason: row.statusReason,
    clauses: cc.clauses,
    // Staff see the commenter's name as given; the public feedback report masks it.
    comments: cc.comments.map((c) => cc.present(c, c.author)),
    commentCount: cc.comments.length,
    materials: materials.map((m) => ({ id: m.id, kind: m.kind, on: m.on, data: m.data })),
    // 第二十九条: what the meeting must have before it.
    checklist: [
      item(
        'draft',
        '决策草案及相关材料',
        'Draft and materials',
        Boolean(row.explanation) && facts.clauses > 0,
      ),
      item(
        'comments',
        '公众参与意见及采纳情况',
        'Public comments handled',
        row.commentOpensOn !== null && facts.undisposed === 0,
      ),
      item('experts', '专家论证意见及采纳情况', 'Expert opinions', facts.experts > 0, row.technical),
      item('risk', '风险评估报告', 'Risk assessment report', facts.risks > 0, row.riskRelevant),
      item('review', '合法性审查意见', 'Legality review opinion', row.reviewConclusion === 'lawful'),
    ],
    history: steps.map((s) => presentStep(decisionProcedure, s, ctx.locale)),
    actions: presentActions(actions),
    clocks: clocks.map(presentClock),
  };
}

/** The catalogue of one year as staff see it: every item, withdrawn ones with their reason. */
export async function getCatalogue(ctx: Ctx, year: number): Promise<CatalogueOut> {
  assertCan(ctx.actor, 'decisions.view');
  return catalogueView(ctx.db, ctx.actor!.districtId, year, catalogueScope(ctx.actor!));
}

export async function catalogueView(
  db: Executor,
  districtId: string | null,
  year: number,
  scope: SQL | undefined,
) {
  const [cat] = await db
    .select()
    .from(decisionCatalogues)
    .where(
      and(
        eq(decisionCatalogues.year, year),
        districtId ? eq(decisionCatalogues.districtId, districtId) : undefined,
      ),
    );
  const items = await db
    .select({ i: decisionCatalogueItems, unit: orgUnits.name, decisionId: d.id, decisionState: d.state })
    .from(decisionCatalogueItems)
    .innerJoin(orgUnits, eq(orgUnits.id, decisionCatalogueItems.orgUnitId))
    .leftJoin(d, eq(d.catalogueItemId, decisionCatalogueItems.id))
    .where(and(eq(decisionCatalogueItems.year, year), scope))
    .orderBy(sql`length(${decisionCatalogueItems.number})`, asc(decisionCatalogueItems.number));
  return {
    year,
    state: (cat?.state ?? 'draft') as CatalogueOut['state'],
    version: cat?.version ?? 0,
    approvedOn: cat?.approvedOn ?? null,
    publishedOn: cat?.publishedOn ?? null,
    items: items.map((r) => ({
      id: r.i.id,
      version: r.i.version,
      number: r.i.number,
      title: r.i.title,
      category: r.i.category,
      unit: { id: r.i.orgUnitId, name: r.unit },
      plannedOn: r.i.plannedOn,
      status: r.i.status as 'listed' | 'withdrawn',
      adjustReason: r.i.adjustReason,
      decisionId: r.decisionId,
      decisionState: r.decisionState,
    })),
  };
}

/**
 * The decisions that rest on a law (for the law register, toward B6): `{id, title, path}` of every decision in
 * the actor's scope whose laws list the title. Exported through index.ts for the lead's wiring.
 */
export async function decisionsCitingLaw(ctx: Ctx, lawTitle: string) {
  assertCan(ctx.actor, 'decisions.view');
  const title = lawTitle.replace(/^《|》$/g, '').trim();
  const rows = await ctx.db
    .select({ id: d.id, title: d.title, number: d.number, state: d.state })
    .from(d)
    .where(
      and(
        decisionScope(ctx.actor!),
        sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${d.laws}) law
          WHERE trim(both '《》' from law->>'title') = ${title})`,
      ),
    )
    .orderBy(asc(d.number));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    number: r.number,
    state: r.state,
    path: `/decisions/${r.id}`,
  }));
}
