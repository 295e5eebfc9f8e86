import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Db, Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { legalAffairs } from '../../legal-affairs/index.js';
import { decisionScope } from '../policy.js';
import type { DecisionFacts, DecisionRecord, ReviewView } from '../procedure.js';
import {
  decisionClauses,
  decisionComments,
  decisionMaterials,
  type DecisionRow,
  decisions,
} from '../schema.js';

export const WHAT = '重大行政决策';
export const SOURCE_MODULE = 'decisions';

/** The legal-affairs source id of a round's review: one matter per round (asking again returns the same one). */
export const reviewSourceId = (row: Pick<DecisionRow, 'id' | 'reviewRound'>) =>
  row.reviewRound === 1 ? row.id : `${row.id}#${row.reviewRound}`;

/** This round's review as legal-affairs reports it (read in the caller's transaction when there is one). */
export async function reviewOf(ctx: Ctx, db: Executor, row: DecisionRow): Promise<ReviewView | null> {
  return legalAffairs.legalityReviewOf({ ...ctx, db: db as Db }, SOURCE_MODULE, reviewSourceId(row));
}

export async function getScopedDecision(db: Executor, actor: Actor, id: string): Promise<DecisionRow> {
  const [row] = await db
    .select()
    .from(decisions)
    .where(and(eq(decisions.id, id), decisionScope(actor)));
  if (!row) throw notFound(WHAT);
  return row;
}

export async function lockScopedDecision(tx: Tx, actor: Actor, id: string): Promise<DecisionRow> {
  const [row] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.id, id), decisionScope(actor)))
    .for('update');
  if (!row) throw notFound(WHAT);
  return row;
}

/** The procedure's view of a row; `form` is the step's form while one is applied. */
export function toRecord(
  row: DecisionRow,
  today: string,
  review: ReviewView | null,
  form: Record<string, unknown> = {},
): DecisionRecord & { row: DecisionRow } {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    today,
    stepOn: typeof form.on === 'string' ? form.on : today,
    form,
    technical: row.technical,
    riskRelevant: row.riskRelevant,
    hasExplanation: Boolean(row.explanation),
    commentClosesOn: row.commentClosesOn,
    reviewConclusion: row.reviewConclusion,
    review,
    partyReportedOn: row.partyReportedOn,
    caption: `${row.number} ${row.title}`,
    row,
  };
}

/** The gates' facts: clauses, comments without a disposition, the materials on file. */
export async function loadFacts(db: Executor, decisionId: string): Promise<DecisionFacts> {
  const [[clauses], [undisposed], materials] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(decisionClauses)
      .where(eq(decisionClauses.decisionId, decisionId)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(decisionComments)
      .where(and(eq(decisionComments.decisionId, decisionId), isNull(decisionComments.disposition))),
    db
      .select({ kind: decisionMaterials.kind, data: decisionMaterials.data })
      .from(decisionMaterials)
      .where(eq(decisionMaterials.decisionId, decisionId)),
  ]);
  const count = (k: string) => materials.filter((m) => m.kind === k).length;
  return {
    clauses: clauses?.n ?? 0,
    undisposed: undisposed?.n ?? 0,
    hearings: count('hearing'),
    experts: count('expert'),
    risks: count('risk'),
    assessors: materials
      .filter((m) => m.kind === 'risk')
      .map((m) => String((m.data as { assessor?: string }).assessor ?? '').trim()),
  };
}

export interface UnitRef {
  id: string;
  name: string;
  path: string;
  districtId: string;
}

export async function unitsById(db: Executor, districtId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, UnitRef>();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, [...ids]), eq(orgUnits.districtId, districtId)));
  return new Map(rows.map((u) => [u.id, u]));
}
