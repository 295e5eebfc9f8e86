import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit chain (全过程记录). Each event carries the SM3 hash of its content and of the
 * previous event's hash, and from the key's first seq a keyed HMAC-SM3 (`anchor.ts`, decision 0021); triggers
 * refuse UPDATE, DELETE and TRUNCATE (see migration audit_append_only) and the app's role may not either.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    districtId: uuid('district_id'),
    orgUnitId: uuid('org_unit_id'),
    requestId: text('request_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    data: jsonb('data'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** HMAC-SM3 of `hash` under the install's audit key (kept outside the database); null before the key. */
    mac: text('mac'),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), index('audit_action_idx').on(t.action)],
);
