import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A running statutory clock on one record. The due date is always recomputed from `events` + calendar. */
export const clocks = pgTable(
  'clocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clockKey: text('clock_key').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    title: text('title').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    districtId: uuid('district_id').notNull(),
    handlerUserId: uuid('handler_user_id'),
    /** 'running' | 'paused' | 'stopped' */
    status: text('status').notNull(),
    startedOn: date('started_on').notNull(),
    dueOn: date('due_on'),
    isProvisional: boolean('is_provisional').notNull().default(false),
    explanation: text('explanation').notNull(),
    /** The clock's life as data: start, pauses, resumes, extensions, stop (replayed on calendar change). */
    events: jsonb('events').notNull(),
    /** 'ok' | 'due_soon' | 'overdue', set by the daily sweep. */
    urgency: text('urgency').notNull().default('ok'),
    stoppedOn: date('stopped_on'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('clocks_subject_idx').on(t.subjectType, t.subjectId),
    index('clocks_open_due_idx').on(t.status, t.dueOn),
    index('clocks_org_idx').on(t.orgUnitId),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** Makes the sweep idempotent: one notification per (user, dedupe key). */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);
