import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits, users } from '../../platform/org/index.js';

/**
 * Every concluded review of an act (a reconsideration decision, an effective court judgment), corrective or
 * not: the denominator of the 纠错率 per unit and per power. Written by the reviewing module through
 * `corrections.recordReviewOutcome`, in its own transaction (docs/decisions/0043-litigation-and-corrections.md).
 */
export const correctionReviews = pgTable(
  'correction_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The unit that acted (被申请人 / 被告): the correction, if any, is its task. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'reconsideration' | 'litigation' */
    sourceKind: text('source_kind').notNull(),
    /** The reviewing module's record id (its own table; resolved through its index.ts). */
    sourceId: text('source_id'),
    /** 复议案号 / 法院案号: the natural key of the review. */
    sourceNumber: text('source_number').notNull(),
    /** The reviewing module's own decision or judgment code, kept as it said it. */
    outcomeCode: text('outcome_code').notNull(),
    /** One of the five corrective outcomes (revoke, change, …), or null when the act stood. */
    correctiveOutcome: text('corrective_outcome'),
    decidedOn: date('decided_on').notNull(),
    /** The power (权责事项) the act exercised, when known: the per-power rate and the repeat flag. */
    powerId: uuid('power_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('correction_reviews_source_uq').on(t.districtId, t.sourceKind, t.sourceNumber),
    index('correction_reviews_unit_idx').on(t.orgUnitId, t.decidedOn),
    index('correction_reviews_power_idx').on(t.powerId, t.decidedOn),
  ],
);

/** A corrective task (纠错整改任务): the unit that acted writes its rectification; the coordinator accepts it. */
export const correctiveTasks = pgTable(
  'corrective_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    reviewId: uuid('review_id')
      .notNull()
      .unique()
      .references(() => correctionReviews.id),
    /** 整改任务编号, e.g. ZG2026-0003 (the ledger's natural key). */
    number: text('number').notNull(),
    /** 'open' | 'submitted' | 'returned' | 'closed' */
    state: text('state').notNull(),
    /** What was corrected: 'power' | 'enforcement_case' | 'disclosure_request' | 'decision' | 'other'. */
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id'),
    /** The target as the source named it (案号, 事项名称, 文号 …), shown when the owner cannot resolve it. */
    targetLabel: text('target_label').notNull(),
    powerId: uuid('power_id'),
    /** The defect the decision found (纠错理由), as the decision states it. */
    defect: text('defect').notNull(),
    dueOn: date('due_on').notNull(),
    /** How the due date was set: the decision's own time limit, or the default period with its basis. */
    dueBasis: text('due_basis').notNull(),
    rectification: text('rectification'),
    rectifiedOn: date('rectified_on'),
    returnReason: text('return_reason'),
    closedOn: date('closed_on'),
    /** Row version for optimistic concurrency (decision 0022). */
    version: integer('version').notNull().default(1),
    imported: boolean('imported').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('corrective_tasks_number_uq').on(t.districtId, t.number),
    index('corrective_tasks_unit_idx').on(t.orgUnitId, t.state),
    index('corrective_tasks_due_idx').on(t.districtId, t.state, t.dueOn),
  ],
);

export type CorrectionReviewRow = typeof correctionReviews.$inferSelect;
export type CorrectiveTaskRow = typeof correctiveTasks.$inferSelect;
