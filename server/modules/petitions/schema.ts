import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits, users } from '../../platform/org/index.js';

/**
 * A typed reference to a record of another module (诉访分离 → reconsideration; key cases → legal-affairs).
 * Kept as data until the target module's `index.ts` offers a lookup (decision 0046 §4).
 */
export interface ModuleLink {
  module: 'reconsideration' | 'legal_affairs' | 'litigation' | 'arbitration' | 'other';
  /** The other module's record id, once known. */
  id?: string | null;
  /** The number the other organ or module gave it (复议案号、法律意见书编号). */
  number?: string | null;
  note?: string | null;
}

/**
 * One petition (信访事项) from registration to closure. `org_unit_id` is the organ now responsible (the
 * 信访局 until it routes the matter, then the handling department); `intake_unit_id` is where it was
 * registered. Both enter the scope: the petitions office keeps seeing what it routed.
 */
export const petitions = pgTable(
  'petitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    intakeUnitId: uuid('intake_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 信访件编号, the natural key of the ledger (XF2020-0001). */
    number: text('number').notNull(),
    /** The public's tracking code (查询码). */
    trackingCode: text('tracking_code').notNull(),
    /** The 信访 text in force on the day of receipt: '2022' | '2005' (rules.ts). */
    law: text('law').notNull(),
    channel: text('channel').notNull(),
    category: text('category').notNull(),
    receivedOn: date('received_on').notNull(),
    petitionerName: text('petitioner_name').notNull(),
    petitionerPhone: text('petitioner_phone'),
    petitionerAddress: text('petitioner_address'),
    /** Group visit: the representatives chosen (≤ 5) and how many people came. */
    representatives: integer('representatives').notNull().default(0),
    peopleCount: integer('people_count').notNull().default(1),
    subject: text('subject').notNull(),
    content: text('content').notNull(),
    /** Submitted on the portal (the public form) rather than registered by staff. */
    submittedOnline: boolean('submitted_online').notNull().default(false),
    keyCase: boolean('key_case').notNull().default(false),
    /** 法律顾问 support on a key case: a typed link to legal-affairs. */
    legalSupport: jsonb('legal_support').$type<ModuleLink>(),
    status: text('status').notNull(),
    routedOn: date('routed_on'),
    /** 'transfer' (转送) | 'assign' (交办). */
    routeMode: text('route_mode'),
    objectedOn: date('objected_on'),
    objectionReason: text('objection_reason'),
    /** The day the petitioner was told how (whether) the matter is received. */
    noticeOn: date('notice_on'),
    noticeOnTime: boolean('notice_on_time'),
    acceptedOn: date('accepted_on'),
    notAcceptedReason: text('not_accepted_reason'),
    diversion: text('diversion'),
    diversionLink: jsonb('diversion_link').$type<ModuleLink>(),
    extendedOn: date('extended_on'),
    extensionReason: text('extension_reason'),
    answeredOn: date('answered_on'),
    outcome: text('outcome'),
    opinionNumber: text('opinion_number'),
    opinionSummary: text('opinion_summary'),
    answeredOnTime: boolean('answered_on_time'),
    reviewRequestedOn: date('review_requested_on'),
    reviewDecidedOn: date('review_decided_on'),
    reviewResult: text('review_result'),
    reexamRequestedOn: date('reexam_requested_on'),
    reexamDecidedOn: date('reexam_decided_on'),
    reexamResult: text('reexam_result'),
    closedOn: date('closed_on'),
    /** Row version for optimistic concurrency (decision 0022). */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('petitions_number_uq').on(t.districtId, t.number),
    uniqueIndex('petitions_tracking_uq').on(t.trackingCode),
    index('petitions_org_idx').on(t.orgUnitId, t.status),
    index('petitions_intake_idx').on(t.intakeUnitId),
    index('petitions_received_idx').on(t.districtId, t.receivedOn),
  ],
);

export type PetitionRow = typeof petitions.$inferSelect;
export type NewPetitionRow = typeof petitions.$inferInsert;
