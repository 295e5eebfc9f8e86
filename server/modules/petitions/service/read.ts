import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { pickText } from '../../../../common/text/localized.js';
import {
  type LegalSupportRequestBody,
  type ModuleLinkIn,
  type PetitionDetail,
  type PetitionListQuery,
  type PetitionSummary,
  STATE_LABELS,
} from '../../../../common/contracts/petitions.js';
import { maskPersonName } from '../../../../common/privacy/masking.js';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, can, isDistrictWide } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { notFound, ruleViolation, unauthenticated } from '../../../platform/errors.js';
import { legalAffairs } from '../../legal-affairs/index.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  clockViews,
  findLatestClocks,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
  withUrgency,
} from './kit.js';
import { ALL_PETITION_CLOCKS, petitionProcedure } from '../procedure.js';
import { petitionScope } from '../policy.js';
import { petitionPeriodsOf, type PetitionLaw } from '../rules.js';
import { type ModuleLink, type PetitionRow, petitions } from '../schema.js';
import { checkedLink, linkStatus } from './links.js';
import { getScopedPetition, lockScopedPetition, searchCondition, toRecord } from './records.js';
import { petitionTransitions } from './transitions.js';
import { assertSeenVersion } from '../../../platform/versions.js';

const handling = alias(orgUnits, 'handling_unit');

function filters(ctx: Ctx, q: PetitionListQuery): SQL {
  const where: (SQL | undefined)[] = [petitionScope(ctx.actor!)];
  if (q.status) where.push(eq(petitions.status, q.status));
  if (q.category) where.push(eq(petitions.category, q.category));
  if (q.channel) where.push(eq(petitions.channel, q.channel));
  if (q.year) where.push(sql`${petitions.receivedOn} BETWEEN ${`${q.year}-01-01`} AND ${`${q.year}-12-31`}`);
  if (q.q) where.push(searchCondition(q.q));
  return and(...where)!;
}

/** The current clock of each petition (the latest one started that is not stopped), for list badges. */
async function currentClocks(ctx: Ctx, ids: string[]) {
  const found = await Promise.all(
    ALL_PETITION_CLOCKS.map((def) => findLatestClocks(ctx.db, petitionProcedure.subjectType, def.key, ids)),
  );
  const running = found.flatMap((m) => [...m.values()]).filter((c) => c.status !== 'stopped');
  const views = await withUrgency(ctx.db, ctx.today, running, ctx.locale);
  return new Map(views.map((v) => [v.subjectId, v]));
}

function summaryOf(ctx: Ctx, row: PetitionRow, unit: string, clock: unknown): PetitionSummary {
  return {
    id: row.id,
    number: row.number,
    trackingCode: row.trackingCode,
    law: row.law,
    channel: row.channel,
    category: row.category,
    receivedOn: row.receivedOn,
    petitionerName: row.petitionerName,
    subject: row.subject,
    status: row.status,
    statusLabel: pickText(STATE_LABELS[row.status as keyof typeof STATE_LABELS] ?? row.status, ctx.locale),
    handlingUnit: unit,
    outcome: row.outcome,
    keyCase: row.keyCase,
    clock: (clock ? presentClock(clock as never) : null) as PetitionSummary['clock'],
  };
}

/** One page of the petitions in the actor's scope, newest first. */
export async function findPetitions(ctx: Ctx, q: PetitionListQuery) {
  assertCan(ctx.actor, 'petitions.view');
  const where = filters(ctx, q);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ p: petitions, unit: handling.name })
      .from(petitions)
      .innerJoin(handling, eq(handling.id, petitions.orgUnitId))
      .where(where)
      .orderBy(desc(petitions.receivedOn), desc(petitions.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(petitions).where(where),
  ]);
  const clocks = await currentClocks(
    ctx,
    rows.map((r) => r.p.id),
  );
  return {
    items: rows.map((r) => summaryOf(ctx, r.p, r.unit, clocks.get(r.p.id))),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function unitName(ctx: Ctx, id: string) {
  const [u] = await ctx.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id));
  return u?.name ?? '';
}

/** A petition in a final state (办结、不予受理、诉访分离): nothing more to ask the advisers for. */
const isEnded = (row: PetitionRow) =>
  petitionProcedure.states[row.status as keyof typeof petitionProcedure.states]?.final === true;

/** May the actor ask the legal advisers for support on this petition from its page? */
const mayRequestLegalSupport = (ctx: Ctx, row: PetitionRow) =>
  can(ctx.actor, 'petitions.handle') && can(ctx.actor, 'legal_affairs.request') && !isEnded(row);

/** A stored link with the linked record's state now (through the other module's index.ts). */
async function linkOut(ctx: Ctx, link: ModuleLink | null) {
  return link
    ? {
        module: link.module,
        id: link.id ?? null,
        number: link.number ?? null,
        note: link.note ?? null,
        status: await linkStatus(ctx, link),
      }
    : null;
}

/** The petition page: its facts, every clock, the steps taken and what the actor may do next. */
export async function getPetition(ctx: Ctx, id: string): Promise<PetitionDetail> {
  assertCan(ctx.actor, 'petitions.view');
  return presentPetition(ctx, await getScopedPetition(ctx.db, ctx.actor!, id));
}

/**
 * The petition as it stands after the actor's own step. A step may move it out of the actor's scope (an
 * objection sends it back to the petitions office): the actor still sees the result of what they did.
 */
export async function getPetitionAfterStep(ctx: Ctx, id: string): Promise<PetitionDetail> {
  const [row] = await ctx.db.select().from(petitions).where(eq(petitions.id, id));
  if (!row) throw notFound('信访事项');
  return presentPetition(ctx, row);
}

async function presentPetition(ctx: Ctx, row: PetitionRow): Promise<PetitionDetail> {
  const id = row.id;
  const [unit, intake, clocks, steps, actions, diversionLink, legalSupport] = await Promise.all([
    unitName(ctx, row.orgUnitId),
    unitName(ctx, row.intakeUnitId),
    clockViews(ctx.db, ctx.today, petitionProcedure.subjectType, id, ctx.locale),
    findProcedureSteps(ctx.db, petitionProcedure.key, id),
    petitionTransitions.actionsFor(ctx, toRecord(row, ctx.today)),
    linkOut(ctx, row.diversionLink),
    linkOut(ctx, row.legalSupport),
  ]);
  const running = clocks.findLast((c) => c.status !== 'stopped') ?? null;
  return {
    ...summaryOf(ctx, row, unit, running),
    version: row.version,
    intakeUnit: intake,
    lawTitle: petitionPeriodsOf(row.law as PetitionLaw).title,
    petitionerPhone: row.petitionerPhone,
    petitionerAddress: row.petitionerAddress,
    representatives: row.representatives,
    peopleCount: row.peopleCount,
    content: row.content,
    submittedOnline: row.submittedOnline,
    dates: {
      receivedOn: row.receivedOn,
      routedOn: row.routedOn,
      objectedOn: row.objectedOn,
      noticeOn: row.noticeOn,
      acceptedOn: row.acceptedOn,
      extendedOn: row.extendedOn,
      answeredOn: row.answeredOn,
      reviewRequestedOn: row.reviewRequestedOn,
      reviewDecidedOn: row.reviewDecidedOn,
      reexamRequestedOn: row.reexamRequestedOn,
      reexamDecidedOn: row.reexamDecidedOn,
      closedOn: row.closedOn,
    },
    routeMode: row.routeMode,
    diversion: row.diversion,
    diversionLink,
    legalSupport,
    legalSupportAllowed: mayRequestLegalSupport(ctx, row),
    opinionNumber: row.opinionNumber,
    opinionSummary: row.opinionSummary,
    reviewResult: row.reviewResult,
    reexamResult: row.reexamResult,
    clocks: clocks.map((c) => presentClock(c)) as PetitionDetail['clocks'],
    steps: steps.map((s) => presentStep(petitionProcedure, s, ctx.locale)) as PetitionDetail['steps'],
    actions: presentActions(actions) as PetitionDetail['actions'],
  };
}

/**
 * Marks a petition a key case (重点信访案件) with the legal adviser's support: a link to a legal-affairs matter
 * already opened, checked in that module by its id or 事项编号 (seed 一(四)三 "通过法律顾问研判分析"). One write
 * with its audit event.
 */
export async function linkLegalSupport(ctx: Ctx, id: string, link: z.output<typeof ModuleLinkIn>) {
  if (!ctx.actor) throw unauthenticated();
  assertCan(ctx.actor, 'petitions.handle');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedPetition(tx, ctx.actor!, id);
    assertSeenVersion(ctx, row);
    const legalSupport = await checkedLink(tx, ctx, { ...link, module: 'legal_affairs' }, 'number');
    await saveLegalSupport(tx, ctx, row, legalSupport, 'petitions.petition.legal_support_linked');
  });
}

/**
 * The petitions office (or the handling organ) asks the legal advisers for support on a key case from the
 * petition's page: legal-affairs opens a non-litigation matter "重点信访案件" for the 司法局 to assign, and the
 * petition links it — one transaction, an audit event on each side. Asking again links the same matter.
 */
export async function requestLegalSupport(
  ctx: Ctx,
  id: string,
  body: z.output<typeof LegalSupportRequestBody>,
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  assertCan(actor, 'petitions.handle');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedPetition(tx, actor, id);
    assertSeenVersion(ctx, row);
    if (isEnded(row)) throw ruleViolation('PETITION_ENDED', '信访事项已终结，不能再申请法律顾问支持');
    // The requesting unit: a district-wide user asks on behalf of the organ that registered the petition.
    const orgUnitId = isDistrictWide(actor) ? row.intakeUnitId : actor.orgUnitId;
    const { matter } = await legalAffairs.requestPetitionSupport(tx, ctx, {
      petitionId: row.id,
      petitionNumber: row.number,
      orgUnitId,
      subject: `重点信访案件法律支持：${row.number} ${row.subject}`.slice(0, 300),
    });
    const link = {
      module: 'legal_affairs' as const,
      id: matter.id,
      number: matter.matterNumber,
      note: body.note ?? null,
    };
    await saveLegalSupport(tx, ctx, row, link, 'petitions.petition.legal_support_requested');
  });
}

async function saveLegalSupport(
  tx: Tx,
  ctx: Ctx,
  row: PetitionRow,
  legalSupport: ModuleLink,
  action: 'petitions.petition.legal_support_linked' | 'petitions.petition.legal_support_requested',
) {
  await tx
    .update(petitions)
    .set({ keyCase: true, legalSupport, version: row.version + 1, updatedAt: ctx.now })
    .where(eq(petitions.id, row.id));
  await recordAudit(tx, ctx, {
    action,
    subjectType: petitionProcedure.subjectType,
    subjectId: row.id,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    before: { keyCase: row.keyCase, legalSupport: row.legalSupport },
    after: { keyCase: true, legalSupport },
  });
}

/** What the public learns from a tracking code: procedural facts, the petitioner's name masked. */
export async function trackPetition(ctx: Ctx, trackingCode: string) {
  const [found] = await ctx.db
    .select({ p: petitions, unit: orgUnits.name })
    .from(petitions)
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.orgUnitId))
    .where(eq(petitions.trackingCode, trackingCode.toUpperCase()));
  if (!found) throw notFound('该查询码对应的信访事项');
  const p = found.p;
  return {
    trackingCode: p.trackingCode,
    receivedOn: p.receivedOn,
    category: p.category,
    status: p.status,
    statusLabel: pickText(STATE_LABELS[p.status as keyof typeof STATE_LABELS] ?? p.status, ctx.locale),
    handlingUnit: found.unit,
    noticeOn: p.noticeOn,
    answeredOn: p.answeredOn,
    outcome: p.outcome,
    closedOn: p.closedOn,
    petitioner: maskPersonName(p.petitionerName) ?? '',
  };
}
