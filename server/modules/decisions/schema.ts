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
import type { LawCited } from '../../../common/contracts/decisions.js';
import { orgUnits } from '../../platform/org/index.js';

/**
 * The annual 重大行政决策事项目录 (条例 第三条第三款): one per district and year, approved by the 同级党委,
 * then published (docs/decisions/0047-major-decisions.md §1).
 */
export const decisionCatalogues = pgTable(
  'decision_catalogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** draft | approved | published */
    state: text('state').notNull(),
    approvedOn: date('approved_on'),
    publishedOn: date('published_on'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('decision_catalogues_year_uq').on(t.districtId, t.year)],
);

/** One item of the catalogue: the matter, its 承办单位 (the row's unit) and planned date; adjusted with a reason. */
export const decisionCatalogueItems = pgTable(
  'decision_catalogue_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** 序号 within the year's catalogue: the ledger's natural key with the year. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    /** 计划完成时间, as the catalogue states it (a month or a quarter: "2020年第三季度"). */
    plannedOn: text('planned_on').notNull(),
    /** listed | withdrawn (调出目录) */
    status: text('status').notNull().default('listed'),
    adjustReason: text('adjust_reason'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('decision_catalogue_items_number_uq').on(t.districtId, t.year, t.number)],
);

/** One major administrative decision under the 条例's procedure; the row's unit is the 承办单位. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 决策编号, e.g. 于洪决〔2026〕3号: the ledger's natural key. */
    number: text('number').notNull(),
    catalogueItemId: uuid('catalogue_item_id').references(() => decisionCatalogueItems.id),
    title: text('title').notNull(),
    category: text('category').notNull(),
    state: text('state').notNull(),
    source: text('source').notNull(),
    /** The proposals module's item id (its `proposal_links` row points back here as targetModule 'decisions'). */
    sourceProposalId: uuid('source_proposal_id'),
    sourceText: text('source_text'),
    launchedOn: date('launched_on').notNull(),
    technical: boolean('technical').notNull().default(false),
    riskRelevant: boolean('risk_relevant').notNull().default(false),
    explanation: text('explanation'),
    options: text('options'),
    costBenefit: text('cost_benefit'),
    laws: jsonb('laws').$type<LawCited[]>().notNull().default([]),
    commentOpensOn: date('comment_opens_on'),
    commentClosesOn: date('comment_closes_on'),
    shorterReason: text('shorter_reason'),
    /** 1, then 2 … after a review found it to amend: each round is its own legal-affairs matter. */
    reviewRound: integer('review_round').notNull().default(1),
    reviewConclusion: text('review_conclusion'),
    reviewOpinionNumber: text('review_opinion_number'),
    reviewedOn: date('reviewed_on'),
    /** Passed the legality review in its first round (the metric "reviews passed first time"). */
    reviewPassedFirst: boolean('review_passed_first'),
    meeting: jsonb('meeting').$type<Record<string, unknown>>(),
    decidedOn: date('decided_on'),
    partyReportedOn: date('party_reported_on'),
    publishedOn: date('published_on'),
    documentNumber: text('document_number'),
    interpretation: text('interpretation'),
    /** Why it was suspended, abandoned or changed (第三十七条). */
    statusReason: text('status_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('decisions_number_uq').on(t.districtId, t.number),
    index('decisions_org_idx').on(t.orgUnitId, t.state),
  ],
);

/** The draft's clauses; `original_text` is the text put out for comment, `text` the current one. */
export const decisionClauses = pgTable(
  'decision_clauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    districtId: uuid('district_id').notNull(),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    text: text('text').notNull(),
    originalText: text('original_text').notNull(),
  },
  (t) => [index('decision_clauses_decision_idx').on(t.decisionId, t.position)],
);

/** A public comment on the draft as a whole or on one clause, and its disposition (采纳反馈). */
export const decisionComments = pgTable(
  'decision_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    clauseId: uuid('clause_id').references(() => decisionClauses.id),
    /** 查询码: the commenter sees what became of the comment with it. */
    code: text('code').notNull(),
    author: text('author').notNull(),
    contact: text('contact'),
    text: text('text').notNull(),
    submittedOn: date('submitted_on').notNull(),
    disposition: text('disposition'),
    reason: text('reason'),
    changedClauseIds: jsonb('changed_clause_ids').$type<string[]>().notNull().default([]),
    disposedOn: date('disposed_on'),
  },
  (t) => [
    uniqueIndex('decision_comments_code_uq').on(t.code),
    index('decision_comments_decision_idx').on(t.decisionId),
  ],
);

/** The record's materials: hearing, expert argument, risk assessment, execution reports, post-evaluation. */
export const decisionMaterials = pgTable(
  'decision_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    districtId: uuid('district_id').notNull(),
    kind: text('kind').notNull(),
    on: date('on').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decision_materials_decision_idx').on(t.decisionId, t.kind)],
);

export type DecisionRow = typeof decisions.$inferSelect;
export type CatalogueItemRow = typeof decisionCatalogueItems.$inferSelect;
export type CommentRow = typeof decisionComments.$inferSelect;
