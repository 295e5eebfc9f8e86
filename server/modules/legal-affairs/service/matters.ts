import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type {
  CreateMatterBody,
  MatterListQuery,
} from '../../../../common/contracts/legal-affairs/matters.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import { startClock } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import { type Executor, inTransaction, type Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  type AvailableAction,
  type ClockView,
  clockViews,
  findProcedureSteps,
  type ProcedureStep,
} from '../../../platform/procedures/index.js';
import { matterScope } from '../policy.js';
import { matterProcedure } from '../procedure.js';
import { assignmentClock, categoryFitsKind, needsContractFacts, needsPartyRole } from '../rules.js';
import {
  type LegalMatterRow,
  type LegalOpinionRow,
  legalAdvisers,
  legalMatterAdvisers,
  legalMatters,
  legalOpinions,
} from '../schema.js';
import {
  getScopedMatter,
  MATTER_SUBJECT,
  nextMatterNumber,
  resolveRequestingUnit,
  toRecord,
} from './records.js';
import { matterTransitions } from './transitions.js';

type FieldProblem = { path: string; message: string };

/** What a matter must say for its kind: the category of the kind, a contract's amount and counterparty. */
export function matterFactsProblems(m: {
  kind: string;
  category: string;
  counterparty?: string | null;
  amountAtStake?: number | null;
  partyRole?: string | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!categoryFitsKind(m.kind, m.category))
    problems.push({ path: 'category', message: '事项类别与事项类型不符' });
  if (needsContractFacts(m.kind)) {
    if (!m.counterparty) problems.push({ path: 'counterparty', message: '合同审查须填写合同相对方' });
    if (m.amountAtStake == null) problems.push({ path: 'amountAtStake', message: '合同审查须填写合同金额' });
  }
  if (needsPartyRole(m.kind) && !m.partyRole)
    problems.push({ path: 'partyRole', message: '诉讼案件须填写我方诉讼地位' });
  return problems;
}

/** A unit asks for legal help: the matter is registered and the 司法局's assignment clock starts. */
export async function createMatter(ctx: Ctx, input: CreateMatterBody): Promise<LegalMatterRow> {
  const actor = ctx.actor;
  assertCan(actor, 'legal_affairs.request');
  const problems = matterFactsProblems(input);
  if (problems.length) throw validationFailed(problems);
  if (input.requestedOn > ctx.today)
    throw validationFailed([{ path: 'requestedOn', message: '申请日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const unit = await resolveRequestingUnit(tx, actor, input.orgUnitId);
    const year = Number(input.requestedOn.slice(0, 4));
    const [row] = await tx
      .insert(legalMatters)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        matterNumber: await nextMatterNumber(tx, unit.districtId, year),
        kind: input.kind,
        category: input.category,
        subject: input.subject,
        keyProject: input.keyProject ?? null,
        counterparty: input.counterparty ?? null,
        partyRole: input.partyRole ?? null,
        amountAtStake: input.amountAtStake == null ? null : String(input.amountAtStake),
        requestedOn: input.requestedOn,
        state: 'requested',
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const matter = row!;
    await recordAudit(tx, ctx, {
      action: 'legal_affairs.matter.requested',
      subjectType: MATTER_SUBJECT,
      subjectId: matter.id,
      orgUnitId: matter.orgUnitId,
      districtId: matter.districtId,
      after: input,
    });
    await startAssignmentClock(tx, ctx, matter);
    return matter;
  });
}

export async function startAssignmentClock(tx: Tx, ctx: Ctx, matter: LegalMatterRow): Promise<void> {
  await startClock(tx, ctx, {
    def: assignmentClock,
    subjectType: MATTER_SUBJECT,
    subjectId: matter.id,
    title: `${matter.matterNumber} ${matter.subject}`,
    orgUnitId: matter.orgUnitId,
    districtId: matter.districtId,
    handlerUserId: null,
    startedOn: matter.requestedOn,
  });
}

/** The list's filters, every one ANDed with the actor's scope. */
function listWhere(ctx: Ctx, q: Partial<MatterListQuery>): SQL {
  const m = legalMatters;
  const parts: SQL[] = [matterScope(ctx.actor!)];
  if (q.kind) parts.push(eq(m.kind, q.kind));
  if (q.state) parts.push(eq(m.state, q.state));
  if (q.orgUnitId) parts.push(eq(m.orgUnitId, q.orgUnitId));
  if (q.year) parts.push(sql`extract(year from ${m.requestedOn}) = ${q.year}`);
  if (q.adviserId)
    parts.push(
      sql`${m.id} IN (SELECT matter_id FROM legal_matter_advisers WHERE adviser_id = ${q.adviserId})`,
    );
  if (q.q) {
    const like = `%${q.q}%`;
    parts.push(
      sql`(${m.matterNumber} ILIKE ${like} OR ${m.subject} ILIKE ${like} OR ${m.keyProject} ILIKE ${like} OR ${m.counterparty} ILIKE ${like})`,
    );
  }
  return and(...parts)!;
}

export interface MatterListRow extends LegalMatterRow {
  orgUnitName: string;
  advisers: { id: string; name: string; role: 'lead' | 'assist' }[];
  opinions: number;
}

/** The matters ledger, newest first, in the actor's scope. */
export async function findMatters(
  ctx: Ctx,
  q: MatterListQuery,
): Promise<{ rows: MatterListRow[]; total: number }> {
  assertCan(ctx.actor, 'legal_affairs.view');
  const where = listWhere(ctx, q);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({ matter: legalMatters, orgUnitName: orgUnits.name })
      .from(legalMatters)
      .innerJoin(orgUnits, eq(orgUnits.id, legalMatters.orgUnitId))
      .where(where)
      .orderBy(desc(legalMatters.requestedOn), desc(legalMatters.matterNumber))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(legalMatters).where(where),
  ]);
  const ids = rows.map((r) => r.matter.id);
  const [advisers, opinions] = await Promise.all([advisersOf(ctx.db, ids), opinionCounts(ctx.db, ids)]);
  return {
    rows: rows.map((r) => ({
      ...r.matter,
      orgUnitName: r.orgUnitName,
      advisers: advisers.get(r.matter.id) ?? [],
      opinions: opinions.get(r.matter.id) ?? 0,
    })),
    total: Number(count?.n ?? 0),
  };
}

export async function advisersOf(db: Executor, matterIds: string[]) {
  const out = new Map<string, { id: string; name: string; role: 'lead' | 'assist' }[]>();
  if (matterIds.length === 0) return out;
  const rows = await db
    .select({
      matterId: legalMatterAdvisers.matterId,
      id: legalAdvisers.id,
      name: legalAdvisers.name,
      role: legalMatterAdvisers.role,
    })
    .from(legalMatterAdvisers)
    .innerJoin(legalAdvisers, eq(legalAdvisers.id, legalMatterAdvisers.adviserId))
    .where(inArray(legalMatterAdvisers.matterId, matterIds))
    .orderBy(desc(legalMatterAdvisers.role), asc(legalAdvisers.name));
  for (const r of rows) {
    const list = out.get(r.matterId) ?? [];
    list.push({ id: r.id, name: r.name, role: r.role as 'lead' | 'assist' });
    out.set(r.matterId, list);
  }
  return out;
}

async function opinionCounts(db: Executor, matterIds: string[]) {
  if (matterIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ matterId: legalOpinions.matterId, n: sql<number>`count(*)::int` })
    .from(legalOpinions)
    .where(inArray(legalOpinions.matterId, matterIds))
    .groupBy(legalOpinions.matterId);
  return new Map(rows.map((r) => [r.matterId, Number(r.n)]));
}

export interface MatterDetailData {
  matter: MatterListRow;
  opinions: (LegalOpinionRow & { signerName: string })[];
  history: ProcedureStep[];
  actions: AvailableAction[];
  clocks: ClockView[];
}

/** One matter with its advisers, opinions, steps, clocks and what the actor may do next. */
export async function getMatter(ctx: Ctx, id: string): Promise<MatterDetailData> {
  assertCan(ctx.actor, 'legal_affairs.view');
  const row = await getScopedMatter(ctx.db, ctx.actor, id);
  const [unit] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, row.orgUnitId));
  const [advisers, opinions, history, clocks] = await Promise.all([
    advisersOf(ctx.db, [id]),
    opinionsOf(ctx.db, id),
    findProcedureSteps(ctx.db, matterProcedure.key, id),
    clockViews(ctx.db, ctx.today, MATTER_SUBJECT, id, ctx.locale),
  ]);
  const actions = await matterTransitions.actionsFor(ctx, toRecord(row));
  return {
    matter: {
      ...row,
      orgUnitName: unit?.name ?? '',
      advisers: advisers.get(id) ?? [],
      opinions: opinions.length,
    },
    opinions,
    history,
    actions,
    clocks,
  };
}

export async function opinionsOf(db: Executor, matterId: string) {
  const rows = await db
    .select({ opinion: legalOpinions, signerName: legalAdvisers.name })
    .from(legalOpinions)
    .innerJoin(legalAdvisers, eq(legalAdvisers.id, legalOpinions.signerAdviserId))
    .where(eq(legalOpinions.matterId, matterId))
    .orderBy(asc(legalOpinions.issuedOn), asc(legalOpinions.opinionNumber));
  return rows.map((r) => ({ ...r.opinion, signerName: r.signerName }));
}
