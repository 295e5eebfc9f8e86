import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../common/calendar/index.js';
import { orgScope } from '../authz/index.js';
import { loadCalendar } from '../calendar/calendar-store.js';
import type { Actor, Ctx } from '../context.js';
import type { Executor } from '../db/client.js';
import { notFound, unauthenticated } from '../errors.js';
import { findReminders } from '../reminders/index.js';
import { clockColumns, toClockRecord } from './clock-record.js';
import { localizeClock } from './localize-clock.js';
import { clocks, notifications } from './schema.js';
import { type Urgency, urgencyOf } from './urgency.js';

function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** The actor's own in-app notifications, newest first, with the unread count. */
export async function findNotifications(
  ctx: Ctx,
  limit = 50,
): Promise<{ items: NotificationItem[]; unread: number }> {
  const actor = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    unread: count?.n ?? 0,
  };
}

/** Marks one of the actor's notifications read (someone else's is NOT_FOUND); reading twice keeps the first time. */
export async function markNotificationRead(ctx: Ctx, id: string): Promise<{ id: string; readAt: string }> {
  const actor = actorOf(ctx);
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${ctx.now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id, readAt: notifications.readAt });
  if (!row?.readAt) throw notFound('通知');
  return { id: row.id, readAt: row.readAt.toISOString() };
}

export interface DueItem {
  clockId: string;
  clockKey: string;
  title: string;
  subjectType: string;
  subjectId: string;
  status: string;
  dueOn: IsoDate | null;
  urgency: Urgency;
  explanation: string;
  provisional: boolean;
}

/**
 * Open clocks in the actor's data scope and the modules' other reminders (platform/reminders), soonest due
 * first (paused ones last), urgency as of today.
 */
export async function findMyDueItems(ctx: Ctx, limit = 50): Promise<DueItem[]> {
  const actor = actorOf(ctx);
  const [clockItems, reminders] = await Promise.all([
    findMyClockItems(ctx, actor, limit),
    findReminders(ctx.db, actor, ctx.today, ctx.locale),
  ]);
  if (reminders.length === 0) return clockItems;
  const byDue = (a: DueItem, b: DueItem) =>
    (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.title.localeCompare(b.title);
  return [...clockItems, ...reminders].sort(byDue).slice(0, limit);
}

async function findMyClockItems(ctx: Ctx, actor: Actor, limit: number): Promise<DueItem[]> {
  const cal = await loadCalendar(ctx.db);
  const rows = await ctx.db
    .select(clockColumns)
    .from(clocks)
    .where(and(sql`${clocks.status} <> 'stopped'`, orgScope(actor, clocks.orgUnitId, clocks.districtId)))
    .orderBy(sql`${clocks.dueOn} ASC NULLS LAST`, clocks.title)
    .limit(limit);
  return rows
    .map(toClockRecord)
    .map((c) => localizeClock(c, cal, ctx.locale))
    .map((c) => ({
      clockId: c.id,
      clockKey: c.clockKey,
      title: c.title,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      status: c.status,
      dueOn: c.dueOn,
      urgency: urgencyOf(cal, ctx.today, c),
      explanation: c.explanation,
      provisional: c.isProvisional,
    }));
}

/** A notification a module sends (an early warning, a decision to tell someone about), not a clock's reminder. */
export interface NewNotification {
  userId: string;
  /** `<module>.<what>`, e.g. `mediation.warning`. */
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** One notification per (user, dedupe key): sending the same warning twice tells nobody twice. */
  dedupeKey: string;
}

/**
 * Sends in-app notifications in the caller's transaction (they appear in each user's bell beside the clocks'
 * reminders). Idempotent on (user, dedupe key). Returns how many were new.
 */
export async function notifyUsers(tx: Executor, items: readonly NewNotification[]): Promise<number> {
  if (!items.length) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(items.map((n) => ({ ...n })))
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return inserted.length;
}
