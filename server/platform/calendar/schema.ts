import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Years for which the State Council holiday notice is loaded; due dates beyond them are provisional. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  loadedBy: uuid('loaded_by'),
  /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
  version: integer('version').notNull().default(1),
});

/** Exceptions to the Monday–Friday rule: 'off' = 放假 (holiday / shifted day off), 'work' = 调休上班日. */
export const calendarDays = pgTable('calendar_days', {
  day: date('day').primaryKey(),
  year: integer('year').notNull(),
  kind: text('kind').$type<'off' | 'work'>().notNull(),
  holiday: text('holiday'),
});
