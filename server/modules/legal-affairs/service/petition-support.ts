import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../common/calendar/index.js';
import { MATTER_STATES } from '../../../../common/contracts/legal-affairs/dictionaries.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { unauthenticated } from '../../../platform/errors.js';
import { legalMatters } from '../schema.js';
import { startAssignmentClock } from './matters.js';
import { MATTER_SUBJECT, nextMatterNumber, resolveRequestingUnit } from './records.js';

/** What another module sees of a legal matter: enough to check a reference and show where it stands. */
export interface MatterRef {
  id: string;
  matterNumber: string;
  kind: string;
  category: string;
  subject: string;
  state: string;
  /** zh-CN name of the state (MATTER_STATES). */
  stateLabel: string;
}

const refOf = (m: typeof legalMatters.$inferSelect): MatterRef => ({
  id: m.id,
  matterNumber: m.matterNumber,
  kind: m.kind,
  category: m.category,
  subject: m.subject,
  state: m.state,
  stateLabel: MATTER_STATES.find((s) => s.code === m.state)?.label ?? m.state,
});

/**
 * A matter of the actor's district by its id or its 事项编号, or null: another module checks a typed link
 * against it (petitions: 法律顾问 support on a key case). District-wide on purpose — the link is checked, the
 * matter's own page still applies the legal-affairs scope.
 */
export async function matterRef(
  ctx: Ctx,
  ref: { id?: string | null; number?: string | null },
  db: Executor = ctx.db,
): Promise<MatterRef | null> {
  if (!ctx.actor) throw unauthenticated();
  const by: SQL | undefined = ref.id
    ? eq(legalMatters.id, ref.id)
    : ref.number
      ? eq(legalMatters.matterNumber, ref.number.trim())
      : undefined;
  if (!by) return null;
  const [row] = await db
    .select()
    .from(legalMatters)
    .where(and(by, eq(legalMatters.districtId, ctx.actor.districtId)));
  return row ? refOf(row) : null;
}

/**
 * The key-petition-case matters (非诉 · 重点信访案件) requested in `year` in the actor's district, oldest first:
 * the petitions demo links its key cases to the ones the legal-affairs demo holds (seed 一(二)二 counts them).
 */
export async function petitionCaseMatters(ctx: Ctx, year: number): Promise<MatterRef[]> {
  if (!ctx.actor) throw unauthenticated();
  const m = legalMatters;
  const rows = await ctx.db
    .select()
    .from(m)
    .where(
      and(
        eq(m.districtId, ctx.actor.districtId),
        eq(m.category, 'petition_case'),
        sql`${m.requestedOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`,
      ),
    )
    .orderBy(asc(m.requestedOn), asc(m.matterNumber));
  return rows.map(refOf);
}

export interface PetitionSupportRequest {
  /** The petition's id (the matter's source) and its 信访件编号 (quoted in the subject). */
  petitionId: string;
  petitionNumber: string;
  /** The requesting unit: the petitions office or the organ handling the petition. */
  orgUnitId: string;
  /** What the advisers are asked to look at. */
  subject: string;
}

/**
 * A key petition case (重点信访案件) sent to the legal advisers as a non-litigation matter of category
 * `petition_case` (seed 一(四)三 "通过法律顾问研判分析"): requested today, waiting for the 司法局 to assign it,
 * its assignment clock running. Written in the caller's transaction (the petition's link is part of the same
 * write). Idempotent on the petition: asking again returns the matter already asked for.
 */
export async function requestPetitionSupport(
  tx: Tx,
  ctx: Ctx,
  input: PetitionSupportRequest,
): Promise<{ matter: MatterRef; created: boolean }> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  assertCan(actor, 'legal_affairs.request');
  const [existing] = await tx
    .select()
    .from(legalMatters)
    .where(
      and(
        eq(legalMatters.districtId, actor.districtId),
        eq(legalMatters.sourceModule, 'petitions'),
        eq(legalMatters.sourceId, input.petitionId),
      ),
    );
  if (existing) return { matter: refOf(existing), created: false };
  const unit = await resolveRequestingUnit(tx, actor, input.orgUnitId);
  const requestedOn: IsoDate = ctx.today;
  const [row] = await tx
    .insert(legalMatters)
    .values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      matterNumber: await nextMatterNumber(tx, unit.districtId, Number(requestedOn.slice(0, 4))),
      kind: 'non_litigation',
      category: 'petition_case',
      subject: input.subject,
      requestedOn,
      state: 'requested',
      sourceModule: 'petitions',
      sourceId: input.petitionId,
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
    after: { ...input, kind: matter.kind, category: matter.category, matterNumber: matter.matterNumber },
  });
  await startAssignmentClock(tx, ctx, matter);
  return { matter: refOf(matter), created: true };
}
