import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type {
  PersonalStatus,
  ProposalDetail,
  ProposalListQuery,
  ProposalOverview,
  ProposalSummary,
  PublicAnswer,
  PublicAnswerQuery,
} from '../../../../common/contracts/proposals.js';
import { assertCan } from '../../../platform/authz/index.js';
import { latestClockDueOnSql } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  clockViews,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
} from '../../../platform/procedures/index.js';
import { itemScope } from '../policy.js';
import { ANSWER_CLOCKS, REHANDLE_CLOCK } from '../rules.js';
import { proposalProcedure } from '../procedure.js';
import {
  type ProposalItemRow,
  proposalAnswers,
  proposalAssignments,
  proposalContacts,
  proposalFollowUps,
  proposalItems as i,
  proposalLinks,
} from '../schema.js';
import { getScopedItem, settingsOf, toRecord, WHAT } from './records.js';
import { proposalTransitions } from './transitions.js';

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
/** The due day of the handling under way: the answer period, or after a 不满意 the re-handling one. */
const currentDueOn = latestClockDueOnSql({
  subjectType: 'proposal_item',
  subjectId: i.id,
  clockKeys: [...ANSWER_CLOCKS, REHANDLE_CLOCK].map((c) => c.key),
});

function summaryOf(
  row: ProposalItemRow,
  leadUnit: { id: string; name: string } | null,
  today: string,
  dueOn: string | null,
): ProposalSummary {
  const due = row.status === 'handling' ? (dueOn ?? row.answerDueOn) : row.answerDueOn;
  return {
    id: row.id,
    version: row.version,
    kind: row.kind as ProposalSummary['kind'],
    session: row.session,
    meeting: row.meeting,
    number: row.number,
    title: row.title,
    leadAuthor: row.leadAuthor,
    category: row.category,
    state: row.status as ProposalSummary['state'],
    round: row.round,
    leadUnit: row.assignedOn ? leadUnit : null,
    assignedOn: row.assignedOn,
    answerDueOn: due,
    answeredOn: row.firstAnsweredOn,
    resultClass: row.resultClass,
    evaluation: row.evaluation,
    overdue: row.status === 'handling' && due !== null && due < today,
  };
}

/** The staff list: the actor's items, filtered; overdue = handling past the answer period. */
export async function findProposals(ctx: Ctx, q: ProposalListQuery) {
  assertCan(ctx.actor, 'proposals.view');
  const where: SQL[] = [itemScope(ctx.actor)];
  if (q.kind) where.push(eq(i.kind, q.kind));
  if (q.state) where.push(eq(i.status, q.state));
  if (q.session) where.push(eq(i.session, q.session));
  if (q.unitId) where.push(eq(i.orgUnitId, q.unitId));
  if (q.year) where.push(sql`extract(year from coalesce(${i.assignedOn}, ${i.receivedOn}))::int = ${q.year}`);
  if (q.overdue === 'true') where.push(sql`${i.status} = 'handling' AND ${i.answerDueOn} < ${ctx.today}`);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(i.title, like), ilike(i.number, like), ilike(i.leadAuthor, like))!);
  }
  const cond = and(...where);
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ item: i, unitName: orgUnits.name, dueOn: currentDueOn })
      .from(i)
      .innerJoin(orgUnits, eq(orgUnits.id, i.orgUnitId))
      .where(cond)
      .orderBy(desc(sql`coalesce(${i.assignedOn}, ${i.receivedOn})`), asc(i.kind), asc(i.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(i).where(cond),
  ]);
  return {
    items: rows.map((r) => summaryOf(r.item, { id: r.item.orgUnitId, name: r.unitName }, ctx.today, r.dueOn)),
    total: Number(total[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function unitName(db: Executor, id: string): Promise<string> {
  const [u] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id));
  return u?.name ?? '';
}

async function dueOf(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ due: currentDueOn }).from(i).where(eq(i.id, id));
  return row?.due ?? null;
}

async function historyOf(db: Executor, id: string) {
  const [assignments, contacts, answers, followUps, links] = await Promise.all([
    db
      .select({ a: proposalAssignments, name: orgUnits.name })
      .from(proposalAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, proposalAssignments.orgUnitId))
      .where(eq(proposalAssignments.itemId, id))
      .orderBy(
        asc(proposalAssignments.assignedOn),
        sql`CASE ${proposalAssignments.role} WHEN 'co' THEN 1 ELSE 0 END`,
        asc(orgUnits.sortOrder),
      ),
    db
      .select()
      .from(proposalContacts)
      .where(eq(proposalContacts.itemId, id))
      .orderBy(asc(proposalContacts.on)),
    db
      .select()
      .from(proposalAnswers)
      .where(eq(proposalAnswers.itemId, id))
      .orderBy(asc(proposalAnswers.round)),
    db
      .select()
      .from(proposalFollowUps)
      .where(eq(proposalFollowUps.itemId, id))
      .orderBy(asc(proposalFollowUps.on)),
    db.select().from(proposalLinks).where(eq(proposalLinks.itemId, id)).orderBy(asc(proposalLinks.createdAt)),
  ]);
  return { assignments, contacts, answers, followUps, links };
}

/** One item with its units, contacts, answers, follow-ups, links, history, clocks and next steps. */
export async function getProposal(ctx: Ctx, id: string): Promise<ProposalDetail> {
  assertCan(ctx.actor, 'proposals.view');
  const row = await getScopedItem(ctx.db, ctx.actor, id);
  const [h, steps, clocks, actions, lead, due] = await Promise.all([
    historyOf(ctx.db, id),
    findProcedureSteps(ctx.db, proposalProcedure.key, id),
    clockViews(ctx.db, ctx.today, 'proposal_item', id, ctx.locale),
    proposalTransitions.actionsFor(ctx, toRecord(row, ctx.today)),
    unitName(ctx.db, row.orgUnitId),
    dueOf(ctx.db, id),
  ]);
  const mayRegister = ctx.actor.role === 'coordinator';
  return {
    ...summaryOf(row, { id: row.orgUnitId, name: lead }, ctx.today, due),
    coSigners: row.coSigners,
    body: row.body,
    receivedOn: row.receivedOn,
    difficult: row.difficult,
    difficultReason: row.difficultReason,
    followUpDone: row.followUpDone,
    // The office hands the link to the deputy or member; units do not need it.
    personalLink: mayRegister ? `/portal/proposals/status/${row.accessToken}` : null,
    assignments: h.assignments.map(({ a, name }) => ({
      unit: { id: a.orgUnitId, name },
      role: a.role,
      assignedOn: a.assignedOn,
      status: a.status,
      returnReason: a.returnReason,
      viewsDueOn: a.viewsDueOn,
      viewsOn: a.viewsOn,
      views: a.views,
    })),
    contacts: h.contacts.map((c) => ({ on: c.on, kind: c.kind, who: c.who, note: c.note })),
    answers: h.answers.map((a) => ({
      round: a.round,
      on: a.on,
      documentNumber: a.documentNumber,
      signer: a.signer,
      resultClass: a.resultClass,
      text: a.text,
      disclosed: a.disclosed,
      withholdReason: a.withholdReason,
      evaluation: a.evaluation,
      evaluatedOn: a.evaluatedOn,
      evaluationNote: a.evaluationNote,
    })),
    followUps: h.followUps.map((f) => ({ on: f.on, note: f.note, done: f.done })),
    links: h.links.map((l) => ({ targetModule: l.targetModule, targetId: l.targetId, text: l.text })),
    history: steps.map((s) => presentStep(proposalProcedure, s, ctx.locale)),
    actions: presentActions(actions),
    clocks: clocks.map(presentClock),
  };
}

/** The leaders' view of a year: totals and the units' league table (items assigned in the year). */
export async function proposalOverview(ctx: Ctx, year: number): Promise<ProposalOverview> {
  assertCan(ctx.actor, 'proposals.view');
  const settings = await settingsOf(ctx.db, ctx.actor.districtId);
  const kinds = sql.join(
    settings.meetingKinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const result = await ctx.db.execute<Record<string, number | string>>(sql`
    SELECT u.id, u.name, count(*)::int AS assigned,
      count(*) FILTER (WHERE proposal_items.kind = 'npc')::int AS npc,
      count(*) FILTER (WHERE proposal_items.kind = 'cppcc')::int AS cppcc,
      count(proposal_items.first_answered_on)::int AS answered,
      count(*) FILTER (WHERE proposal_items.first_answered_on <= proposal_items.answer_due_on)::int AS on_time,
      count(*) FILTER (WHERE proposal_items.status = 'handling' AND ${currentDueOn} < ${ctx.today})::int AS overdue,
      count(*) FILTER (WHERE proposal_items.status = 'answered')::int AS awaiting,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${proposalContacts} c WHERE c.item_id = proposal_items.id AND c.kind IN (${kinds})))::int AS met,
      count(*) FILTER (WHERE proposal_items.evaluation = 'satisfied')::int AS satisfied,
      count(*) FILTER (WHERE proposal_items.evaluation = 'basically_satisfied')::int AS basic,
      count(proposal_items.evaluation)::int AS evaluated,
      count(*) FILTER (WHERE proposal_items.round > 1)::int AS rehandled
    FROM ${i} JOIN org_units u ON u.id = proposal_items.org_unit_id
    WHERE ${itemScope(ctx.actor)} AND proposal_items.status <> 'returned'
      AND extract(year from proposal_items.assigned_on)::int = ${year}
    GROUP BY u.id, u.name, u.sort_order
    ORDER BY u.sort_order`);
  const units = result.rows.map((r) => ({
    unit: { id: String(r.id), name: String(r.name) },
    assigned: Number(r.assigned),
    answered: Number(r.answered),
    onTime: Number(r.on_time),
    overdue: Number(r.overdue),
    awaitingEvaluation: Number(r.awaiting),
    met: Number(r.met),
    satisfied: Number(r.satisfied),
    basicallySatisfied: Number(r.basic),
    evaluated: Number(r.evaluated),
    rehandled: Number(r.rehandled),
  }));
  const total = (f: (r: (typeof result.rows)[number]) => number) => result.rows.reduce((n, r) => n + f(r), 0);
  return {
    year,
    totals: {
      npc: total((r) => Number(r.npc)),
      cppcc: total((r) => Number(r.cppcc)),
      overdue: total((r) => Number(r.overdue)),
      awaitingEvaluation: total((r) => Number(r.awaiting)),
      rehandled: total((r) => Number(r.rehandled)),
    },
    units,
  };
}

/** What the deputy or member sees through the personal link: no login, only their own item, disclosed answers. */
export async function personalStatus(ctx: Ctx, token: string): Promise<PersonalStatus> {
  const [row] = await ctx.db.select().from(i).where(eq(i.accessToken, token));
  if (!row) throw notFound(WHAT);
  const h = await historyOf(ctx.db, row.id);
  return {
    kind: row.kind as PersonalStatus['kind'],
    session: row.session,
    meeting: row.meeting,
    number: row.number,
    title: row.title,
    state: row.status as PersonalStatus['state'],
    units: h.assignments
      .filter(({ a }) => a.status === 'active')
      .map(({ a, name }) => ({ name, role: a.role })),
    assignedOn: row.assignedOn,
    answerDueOn: row.status === 'handling' ? ((await dueOf(ctx.db, row.id)) ?? row.answerDueOn) : null,
    contacts: h.contacts.map((c) => ({ on: c.on, kind: c.kind })),
    // The author receives every answer addressed to them, disclosed to the public or not.
    answers: h.answers.map((a) => ({
      round: a.round,
      on: a.on,
      documentNumber: a.documentNumber,
      resultClass: a.resultClass,
      text: a.text,
      evaluation: a.evaluation,
    })),
  };
}

/** 办理复文公开: the disclosed answers (the latest of each item), searchable by session, unit and topic. */
export async function findPublicAnswers(ctx: Ctx, q: PublicAnswerQuery) {
  const a = proposalAnswers;
  const where: SQL[] = [
    eq(a.disclosed, true),
    sql`${a.round} = (SELECT max(x.round) FROM ${proposalAnswers} x WHERE x.item_id = ${a.itemId})`,
  ];
  if (q.kind) where.push(eq(i.kind, q.kind));
  if (q.session) where.push(eq(i.session, q.session));
  if (q.unit) where.push(ilike(orgUnits.name, `%${escapeLike(q.unit)}%`));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(i.title, like), ilike(i.category, like), ilike(a.text, like))!);
  }
  const cond = and(...where);
  const base = ctx.db
    .select({ a, item: i, unit: orgUnits.name })
    .from(a)
    .innerJoin(i, eq(i.id, a.itemId))
    .innerJoin(orgUnits, eq(orgUnits.id, a.orgUnitId));
  const [rows, total] = await Promise.all([
    base
      .where(cond)
      .orderBy(desc(a.on), asc(i.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(a)
      .innerJoin(i, eq(i.id, a.itemId))
      .innerJoin(orgUnits, eq(orgUnits.id, a.orgUnitId))
      .where(cond),
  ]);
  const items: PublicAnswer[] = rows.map((r) => ({
    id: r.item.id,
    kind: r.item.kind as PublicAnswer['kind'],
    session: r.item.session,
    meeting: r.item.meeting,
    number: r.item.number,
    title: r.item.title,
    category: r.item.category,
    leadAuthor: r.item.leadAuthor,
    unit: r.unit,
    answeredOn: r.a.on,
    documentNumber: r.a.documentNumber,
    resultClass: r.a.resultClass,
    text: r.a.text,
  }));
  return { items, total: Number(total[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
}
