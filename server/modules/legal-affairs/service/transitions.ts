import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ConcludeInput, IssueOpinionInput } from '../../../../common/contracts/legal-affairs/matters.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { type PendingTransition, procedureService } from '../../../platform/procedures/index.js';
import { type MatterFacts, matterProcedure } from '../procedure.js';
import { outcomeFitsKind } from '../rules.js';
import {
  type LegalMatterRow,
  legalAdvisers,
  legalMatterAdvisers,
  legalMatters,
  legalOpinions,
} from '../schema.js';
import { lockScopedMatter, type MatterRec, toRecord } from './records.js';

type Step = PendingTransition<typeof matterProcedure.transitions>;

/** Moves a matter along its procedure; each writer is the UPDATE of one step (the kernel audits it). */
export const matterTransitions = procedureService({
  procedure: matterProcedure,
  lock: async (tx, _ctx, actor, id): Promise<MatterRec> => toRecord(await lockScopedMatter(tx, actor, id)),
  facts: async (tx, record): Promise<MatterFacts> => ({ opinions: await countOpinions(tx, record.id) }),
  write: (tx, ctx, { record, to, step }) => writeStep(tx, ctx, record.row, to, step),
});

async function countOpinions(tx: Tx, matterId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(legalOpinions)
    .where(eq(legalOpinions.matterId, matterId));
  return Number(row?.n ?? 0);
}

/** Fires one transition of a matter (demo, tests, the legality-review hook). */
export async function fireMatterTransition(
  ctx: Ctx,
  id: string,
  transition: Step['transition'],
  input: unknown = {},
) {
  return (await matterTransitions.fire(ctx, id, transition, input)).row;
}

async function save(tx: Tx, ctx: Ctx, id: string, set: Partial<LegalMatterRow>): Promise<MatterRec> {
  const [row] = await tx
    .update(legalMatters)
    .set({ ...set, version: sql`${legalMatters.version} + 1`, updatedAt: ctx.now })
    .where(eq(legalMatters.id, id))
    .returning();
  return toRecord(row!);
}

async function writeStep(tx: Tx, ctx: Ctx, m: LegalMatterRow, to: string, step: Step): Promise<MatterRec> {
  switch (step.transition) {
    case 'assign':
      await setAdvisers(tx, m, step.input.adviserIds);
      return save(tx, ctx, m.id, { state: to, assignedOn: m.assignedOn ?? ctx.today });
    case 'start':
      return save(tx, ctx, m.id, { state: to });
    case 'issue_opinion':
      await insertOpinion(tx, ctx, m, step.input);
      return save(tx, ctx, m.id, { state: to });
    case 'conclude':
      return save(tx, ctx, m.id, { state: to, ...conclusionOf(ctx, m, step.input) });
    case 'return':
    case 'withdraw':
      return save(tx, ctx, m.id, { state: to, closingReason: step.input.reason });
  }
}

/** The advisers of a matter, the first the lead; each must be an active member of the district's roster. */
async function setAdvisers(tx: Tx, m: LegalMatterRow, adviserIds: string[]): Promise<void> {
  const unique = [...new Set(adviserIds)];
  const found = await tx
    .select({ id: legalAdvisers.id })
    .from(legalAdvisers)
    .where(
      and(
        inArray(legalAdvisers.id, unique),
        eq(legalAdvisers.districtId, m.districtId),
        eq(legalAdvisers.status, 'active'),
      ),
    );
  if (found.length !== unique.length)
    throw validationFailed([{ path: 'adviserIds', message: '所选法律顾问不在本区在册名单中' }]);
  await tx.delete(legalMatterAdvisers).where(eq(legalMatterAdvisers.matterId, m.id));
  await tx
    .insert(legalMatterAdvisers)
    .values(unique.map((adviserId, i) => ({ matterId: m.id, adviserId, role: i === 0 ? 'lead' : 'assist' })));
}

function dateProblem(ctx: Ctx, m: LegalMatterRow, on: string, path: string, what: string) {
  if (on > ctx.today) return { path, message: `${what}不能晚于今天` };
  if (on < m.requestedOn) return { path, message: `${what}不能早于申请日期 ${m.requestedOn}` };
  return null;
}

/** An opinion document: signed by one of the matter's advisers, its number unused in the district. */
async function insertOpinion(tx: Tx, ctx: Ctx, m: LegalMatterRow, input: IssueOpinionInput): Promise<void> {
  const date = dateProblem(ctx, m, input.issuedOn, 'issuedOn', '出具日期');
  if (date) throw validationFailed([date]);
  const [signer] = await tx
    .select({ adviserId: legalMatterAdvisers.adviserId })
    .from(legalMatterAdvisers)
    .where(
      and(eq(legalMatterAdvisers.matterId, m.id), eq(legalMatterAdvisers.adviserId, input.signerAdviserId)),
    );
  if (!signer)
    throw validationFailed([{ path: 'signerAdviserId', message: '签署人须为本事项的承办或协办法律顾问' }]);
  const [taken] = await tx
    .select({ id: legalOpinions.id })
    .from(legalOpinions)
    .where(
      and(eq(legalOpinions.districtId, m.districtId), eq(legalOpinions.opinionNumber, input.opinionNumber)),
    );
  if (taken)
    throw validationFailed([
      { path: 'opinionNumber', message: `意见书编号 ${input.opinionNumber} 已被使用` },
    ]);
  await tx.insert(legalOpinions).values({
    districtId: m.districtId,
    orgUnitId: m.orgUnitId,
    matterId: m.id,
    opinionNumber: input.opinionNumber,
    issuedOn: input.issuedOn,
    signerAdviserId: input.signerAdviserId,
    title: input.title,
    body: input.body,
    createdAt: ctx.now,
  });
}

/** The outcome fits the kind; the amounts are kept as yuan strings (numeric). */
function conclusionOf(ctx: Ctx, m: LegalMatterRow, input: ConcludeInput): Partial<LegalMatterRow> {
  const problems = [dateProblem(ctx, m, input.concludedOn, 'concludedOn', '办结日期')].filter(
    (p) => p !== null,
  );
  if (!outcomeFitsKind(m.kind, input.outcome))
    problems.push({ path: 'outcome', message: '办理结果与事项类型不符' });
  if (problems.length) throw validationFailed(problems);
  const yuan = (v: number | null | undefined) => (v == null ? null : String(v));
  return {
    concludedOn: input.concludedOn,
    outcome: input.outcome,
    outcomeNote: input.outcomeNote ?? null,
    amountAtStake: input.amountAtStake == null ? m.amountAtStake : yuan(input.amountAtStake),
    lossAvoidedYuan: yuan(input.lossAvoidedYuan),
    lossReckoning: input.lossReckoning ?? null,
  };
}
