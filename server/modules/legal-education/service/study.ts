/**
 * 领导干部学法: the leaders' roster, the study sessions with attendance per leader, and each leader's yearly
 * record (sessions, hours, exam results). Sessions belong to the district's root unit (the 区政府 holds them).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { LeaderBody, SessionBody } from '../../../../common/contracts/legal-education.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, orgScope } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { conflict, notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { attendance, type LeaderRow, leaders, sessions } from '../schema.js';
import { districtRoot, unitFor } from './units.js';

type LeaderIn = z.output<typeof LeaderBody>;
type SessionIn = z.output<typeof SessionBody>;

export async function listLeaders(ctx: Ctx) {
  assertCan(ctx.actor, 'legal_education.view');
  const rows = await ctx.db
    .select({ l: leaders, unit: orgUnits.name })
    .from(leaders)
    .innerJoin(orgUnits, eq(orgUnits.id, leaders.orgUnitId))
    .where(and(orgScope(ctx.actor, leaders.orgUnitId, leaders.districtId), eq(leaders.active, true)))
    .orderBy(desc(leaders.principal), asc(leaders.code));
  return { items: rows.map(({ l, unit }) => leaderOut(l, unit)) };
}

export const leaderOut = (l: LeaderRow, unit: string) => ({
  id: l.id,
  code: l.code,
  name: l.name,
  post: l.post,
  unit,
  orgUnitId: l.orgUnitId,
  principal: l.principal,
  version: l.version,
});

export async function createLeader(ctx: Ctx, body: LeaderIn) {
  assertCan(ctx.actor, 'legal_education.study');
  return inTransaction(ctx.db, async (tx) => {
    const unit = await unitFor(tx, ctx.actor!, body.orgUnitId, 'orgUnitId');
    const [dup] = await tx
      .select({ id: leaders.id })
      .from(leaders)
      .where(and(eq(leaders.districtId, unit.districtId), eq(leaders.code, body.code)));
    if (dup) throw validationFailed([{ path: 'code', message: `人员编号 ${body.code} 已存在` }]);
    const [row] = await tx
      .insert(leaders)
      .values({ ...body, districtId: unit.districtId })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_education.leader.registered',
      subjectType: 'legal_education_leader',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return leaderOut(row!, unit.name);
  });
}

/** The roster's leaders named in an attendance list, all of the actor's district, each once. */
async function checkAttendance(tx: Tx, ctx: Ctx, list: SessionIn['attendance']) {
  const seen = new Set<string>();
  for (const [i, a] of list.entries()) {
    if (seen.has(a.leaderId))
      throw validationFailed([{ path: `attendance.${i}.leaderId`, message: '同一领导重复登记' }]);
    seen.add(a.leaderId);
  }
  if (list.length === 0) return;
  const known = await tx
    .select({ id: leaders.id })
    .from(leaders)
    .where(eq(leaders.districtId, ctx.actor!.districtId));
  const ids = new Set(known.map((k) => k.id));
  const bad = list.findIndex((a) => !ids.has(a.leaderId));
  if (bad >= 0)
    throw validationFailed([{ path: `attendance.${bad}.leaderId`, message: '该领导不在学法名册中' }]);
}

function checkScores(body: SessionIn) {
  if (body.kind === 'exam') return;
  const bad = body.attendance.findIndex((a) => a.score !== null && a.score !== undefined);
  if (bad >= 0)
    throw validationFailed([{ path: `attendance.${bad}.score`, message: '只有学法考试登记成绩' }]);
}

async function writeAttendance(tx: Tx, districtId: string, sessionId: string, list: SessionIn['attendance']) {
  await tx.delete(attendance).where(eq(attendance.sessionId, sessionId));
  if (list.length)
    await tx.insert(attendance).values(
      list.map((a) => ({
        districtId,
        sessionId,
        leaderId: a.leaderId,
        present: a.present,
        score: a.score ?? null,
      })),
    );
}

/** Records a study session with its attendance: one transaction, one audit event. */
export async function recordSession(ctx: Ctx, body: SessionIn, tx0?: Tx) {
  assertCan(ctx.actor, 'legal_education.study');
  checkScores(body);
  if (body.heldOn > ctx.today) throw validationFailed([{ path: 'heldOn', message: '学法日期不能晚于今天' }]);
  const run = async (tx: Tx) => {
    await checkAttendance(tx, ctx, body.attendance);
    const root = await districtRoot(tx, ctx.actor!.districtId);
    const [dup] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.districtId, root.districtId), eq(sessions.code, body.code)));
    if (dup) throw validationFailed([{ path: 'code', message: `学法活动编号 ${body.code} 已存在` }]);
    const { attendance: list, ...fields } = body;
    const [row] = await tx
      .insert(sessions)
      .values({ ...fields, districtId: root.districtId, orgUnitId: root.id })
      .returning();
    await writeAttendance(tx, root.districtId, row!.id, list);
    await recordAudit(tx, ctx, {
      action: 'legal_education.session.recorded',
      subjectType: 'legal_education_session',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return row!;
  };
  return tx0 ? run(tx0) : inTransaction(ctx.db, run);
}

/** Corrects a session and its attendance (If-Match: the version the user saw). */
export async function updateSession(ctx: Ctx, id: string, body: SessionIn) {
  assertCan(ctx.actor, 'legal_education.study');
  checkScores(body);
  if (body.heldOn > ctx.today) throw validationFailed([{ path: 'heldOn', message: '学法日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), orgScope(ctx.actor!, sessions.orgUnitId, sessions.districtId)))
      .for('update');
    if (!before) throw notFound('学法活动');
    assertSeenVersion(ctx, before);
    if (body.code !== before.code) throw conflict('学法活动编号不能修改');
    await checkAttendance(tx, ctx, body.attendance);
    const { attendance: list, ...fields } = body;
    const [row] = await tx
      .update(sessions)
      .set({ ...fields, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(sessions.id, id))
      .returning();
    await writeAttendance(tx, before.districtId, id, list);
    await recordAudit(tx, ctx, {
      action: 'legal_education.session.updated',
      subjectType: 'legal_education_session',
      subjectId: id,
      orgUnitId: before.orgUnitId,
      districtId: before.districtId,
      before,
      after: body,
    });
    return row!;
  });
}

const countsSql = sql<number>`(SELECT count(*)::int FROM ${attendance} a WHERE a.session_id = ${sessions.id} AND a.present)`;
const invitedSql = sql<number>`(SELECT count(*)::int FROM ${attendance} a WHERE a.session_id = ${sessions.id})`;

export async function listSessions(
  ctx: Ctx,
  q: { page: number; pageSize: number; year?: number; kind?: string },
) {
  assertCan(ctx.actor, 'legal_education.view');
  const where = and(
    orgScope(ctx.actor, sessions.orgUnitId, sessions.districtId),
    q.year ? sql`extract(year from ${sessions.heldOn}) = ${q.year}` : undefined,
    q.kind ? eq(sessions.kind, q.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ s: sessions, unit: orgUnits.name, present: countsSql, invited: invitedSql })
      .from(sessions)
      .innerJoin(orgUnits, eq(orgUnits.id, sessions.orgUnitId))
      .where(where)
      .orderBy(desc(sessions.heldOn), desc(sessions.code))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(sessions).where(where),
  ]);
  return {
    items: rows.map((r) => sessionOut(r.s, r.unit, Number(r.present), Number(r.invited))),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

const sessionOut = (s: typeof sessions.$inferSelect, unit: string, present: number, invited: number) => ({
  id: s.id,
  code: s.code,
  kind: s.kind,
  heldOn: s.heldOn,
  topic: s.topic,
  speaker: s.speaker,
  hours: s.hours,
  unit,
  present,
  invited,
  version: s.version,
});

export async function getSession(ctx: Ctx, id: string) {
  assertCan(ctx.actor, 'legal_education.view');
  const [row] = await ctx.db
    .select({ s: sessions, unit: orgUnits.name })
    .from(sessions)
    .innerJoin(orgUnits, eq(orgUnits.id, sessions.orgUnitId))
    .where(and(eq(sessions.id, id), orgScope(ctx.actor, sessions.orgUnitId, sessions.districtId)));
  if (!row) throw notFound('学法活动');
  const list = await ctx.db
    .select({
      leaderId: attendance.leaderId,
      name: leaders.name,
      post: leaders.post,
      present: attendance.present,
      score: attendance.score,
    })
    .from(attendance)
    .innerJoin(leaders, eq(leaders.id, attendance.leaderId))
    .where(eq(attendance.sessionId, id))
    .orderBy(asc(leaders.code));
  const present = list.filter((a) => a.present).length;
  return { ...sessionOut(row.s, row.unit, present, list.length), attendance: list };
}

/** Every roster leader's year: sessions invited to and attended, hours, average exam score. */
export async function leaderRecords(ctx: Ctx, year: number) {
  assertCan(ctx.actor, 'legal_education.view');
  const result = await ctx.db.execute<Record<string, unknown>>(sql`
    SELECT l.id, l.name, l.post, u.name AS unit,
      count(s.id)::int AS invited_count,
      count(s.id) FILTER (WHERE a.present)::int AS attended,
      coalesce(sum(s.hours) FILTER (WHERE a.present), 0)::float AS hours,
      avg(a.score) FILTER (WHERE s.kind = 'exam' AND a.present)::float AS average_score
    FROM ${leaders} l JOIN org_units u ON u.id = l.org_unit_id
    LEFT JOIN ${attendance} a ON a.leader_id = l.id
    LEFT JOIN ${sessions} s ON s.id = a.session_id AND extract(year from s.held_on) = ${year}
    WHERE ${orgScope(ctx.actor, sql`l.org_unit_id`)} AND l.district_id = ${ctx.actor.districtId} AND l.active
    GROUP BY l.id, l.name, l.post, u.name, l.principal, l.code
    ORDER BY l.principal DESC, l.code`);
  return {
    year,
    items: result.rows.map((r) => ({
      leaderId: String(r.id),
      name: String(r.name),
      post: String(r.post),
      unit: String(r.unit),
      sessions: Number(r.invited_count),
      attended: Number(r.attended),
      hours: Math.round(Number(r.hours) * 10) / 10,
      averageScore: r.average_score === null ? null : Math.round(Number(r.average_score) * 10) / 10,
    })),
  };
}

/** One leader's year, session by session. */
export async function leaderRecord(ctx: Ctx, leaderId: string, year: number) {
  assertCan(ctx.actor, 'legal_education.view');
  const [row] = await ctx.db
    .select({ l: leaders, unit: orgUnits.name })
    .from(leaders)
    .innerJoin(orgUnits, eq(orgUnits.id, leaders.orgUnitId))
    .where(and(eq(leaders.id, leaderId), orgScope(ctx.actor, leaders.orgUnitId, leaders.districtId)));
  if (!row) throw notFound('领导干部');
  const rows = await ctx.db
    .select({
      code: sessions.code,
      kind: sessions.kind,
      heldOn: sessions.heldOn,
      topic: sessions.topic,
      hours: sessions.hours,
      present: attendance.present,
      score: attendance.score,
    })
    .from(attendance)
    .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
    .where(and(eq(attendance.leaderId, leaderId), sql`extract(year from ${sessions.heldOn}) = ${year}`))
    .orderBy(asc(sessions.heldOn));
  const attended = rows.filter((r) => r.present);
  return {
    leader: leaderOut(row.l, row.unit),
    year,
    sessions: rows.length,
    attended: attended.length,
    hours: Math.round(attended.reduce((h, r) => h + r.hours, 0) * 10) / 10,
    exams: rows
      .filter((r) => r.kind === 'exam')
      .map((r) => ({ code: r.code, heldOn: r.heldOn, topic: r.topic, score: r.present ? r.score : null })),
    rows,
  };
}
