import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits, users } from '../org/schema.js';

/**
 * One row per transition applied by the procedure engine: a record's procedural history (程序记录),
 * and what gates read ("was the legality review done, with outcome lawful?"). Written in the same
 * transaction as the change and its audit event.
 */
export const procedureSteps = pgTable(
  'procedure_steps',
  {
    // A sequence, not a uuid: the history of one record is read in the order it happened.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    procedureKey: text('procedure_key').notNull(),
    subjectId: text('subject_id').notNull(),
    transition: text('transition').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    input: jsonb('input'),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    districtId: uuid('district_id').notNull(),
  },
  (t) => [
    index('procedure_steps_subject_idx').on(t.procedureKey, t.subjectId, t.id),
    index('procedure_steps_org_idx').on(t.orgUnitId),
  ],
);
