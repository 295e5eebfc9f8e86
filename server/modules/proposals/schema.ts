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
import type { ProposalSettings } from '../../../common/contracts/proposals.js';
import { orgUnits } from '../../platform/org/index.js';

/**
 * One 人大代表建议 or 政协委员提案 (docs/decisions/0040-proposals.md). Before 交办 the item belongs to the
 * district (`org_unit_id` = the district's root unit); from 交办 on, to its lead unit (主办). Co-handlers and
 * separately assigned units see it through `proposal_assignments`.
 */
export const proposalItems = pgTable(
  'proposal_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'npc' | 'cppcc' */
    kind: text('kind').notNull(),
    /** 届次 (e.g. 第十七届) and 会次 (第五次会议, or 闭会期间 for an item raised between sessions). */
    session: text('session').notNull(),
    meeting: text('meeting').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    leadAuthor: text('lead_author').notNull(),
    coSigners: text('co_signers'),
    category: text('category'),
    body: text('body'),
    receivedOn: date('received_on').notNull(),
    /** registered | handling | returned | answered | closed */
    status: text('status').notNull(),
    /** 1, then 2, 3 … after each 不满意 (再办理). */
    round: integer('round').notNull().default(1),
    assignedOn: date('assigned_on'),
    difficult: boolean('difficult').notNull().default(false),
    difficultReason: text('difficult_reason'),
    /** The answer period's end, fixed when the clock starts (3 or 6 months, legal-rules §8 and §0). */
    answerDueOn: date('answer_due_on'),
    /** The last day a unit may return the item (configurable window, fixed at assignment). */
    returnDueOn: date('return_due_on'),
    /** The first answer's day (办复率 counts it against `answer_due_on`). */
    firstAnsweredOn: date('first_answered_on'),
    /** The latest answer's result class and the latest evaluation (the figures count the final one). */
    resultClass: text('result_class'),
    evaluation: text('evaluation'),
    /** B and C answers promise work: followed up until done. */
    followUpDone: boolean('follow_up_done').notNull().default(false),
    /** The deputy's or member's personal link (查询码): read-only status without an admin login. */
    accessToken: text('access_token').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('proposal_items_number_uq').on(t.districtId, t.kind, t.session, t.number),
    uniqueIndex('proposal_items_token_uq').on(t.accessToken),
    index('proposal_items_org_idx').on(t.orgUnitId, t.status),
    index('proposal_items_assigned_idx').on(t.districtId, t.assignedOn),
  ],
);

/** Each unit an item was assigned to: lead, co-handler or separately assigned; returned ones are kept. */
export const proposalAssignments = pgTable(
  'proposal_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => proposalItems.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'lead' | 'co' | 'separate' */
    role: text('role').notNull(),
    assignedOn: date('assigned_on').notNull(),
    /** 'active' | 'returned' (the unit sent it back) | 'replaced' (a reassignment ended it) */
    status: text('status').notNull(),
    returnedOn: date('returned_on'),
    returnReason: text('return_reason'),
    /** Co-handlers: the day their view is due at the lead unit (configurable), and the view received. */
    viewsDueOn: date('views_due_on'),
    viewsOn: date('views_on'),
    views: text('views'),
  },
  (t) => [
    index('proposal_assignments_item_idx').on(t.itemId),
    index('proposal_assignments_org_idx').on(t.orgUnitId, t.status),
  ],
);

/** 办前面商 and 见面: each contact with the deputy or member, with its day, means and who took part. */
export const proposalContacts = pgTable(
  'proposal_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => proposalItems.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    on: date('on').notNull(),
    /** 'meeting' | 'phone' | 'online' */
    kind: text('kind').notNull(),
    who: text('who').notNull(),
    note: text('note'),
  },
  (t) => [index('proposal_contacts_item_idx').on(t.itemId)],
);

/** Each written answer (答复), one per round, with the evaluation the feedback form brought back. */
export const proposalAnswers = pgTable(
  'proposal_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => proposalItems.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    round: integer('round').notNull(),
    on: date('on').notNull(),
    documentNumber: text('document_number').notNull(),
    signer: text('signer').notNull(),
    resultClass: text('result_class').notNull(),
    text: text('text').notNull(),
    disclosed: boolean('disclosed').notNull(),
    withholdReason: text('withhold_reason'),
    evaluation: text('evaluation'),
    evaluatedOn: date('evaluated_on'),
    evaluationNote: text('evaluation_note'),
  },
  (t) => [uniqueIndex('proposal_answers_round_uq').on(t.itemId, t.round)],
);

/** 落实情况跟踪: what became of a B or C answer's promise. */
export const proposalFollowUps = pgTable(
  'proposal_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => proposalItems.id),
    districtId: uuid('district_id').notNull(),
    on: date('on').notNull(),
    note: text('note').notNull(),
    done: boolean('done').notNull(),
  },
  (t) => [index('proposal_follow_ups_item_idx').on(t.itemId)],
);

/** A major decision or a work-plan task the item started: module key + id, or free text until it exists. */
export const proposalLinks = pgTable(
  'proposal_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => proposalItems.id),
    districtId: uuid('district_id').notNull(),
    targetModule: text('target_module').notNull(),
    targetId: text('target_id'),
    text: text('text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_links_item_idx').on(t.itemId),
    index('proposal_links_target_idx').on(t.targetModule, t.targetId),
  ],
);

/** The district's settings; no row = the defaults of rules.ts (decision 0040 §4). */
export const proposalSettings = pgTable('proposal_settings', {
  districtId: uuid('district_id').primaryKey(),
  settings: jsonb('settings').$type<ProposalSettings>().notNull(),
  /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ProposalItemRow = typeof proposalItems.$inferSelect;
export type ProposalAssignmentRow = typeof proposalAssignments.$inferSelect;
export type ProposalAnswerRow = typeof proposalAnswers.$inferSelect;
