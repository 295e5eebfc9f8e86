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
import type { NormativeSettings } from '../../../common/contracts/normative-docs.js';
import { orgUnits } from '../../platform/org/index.js';

/**
 * One 行政规范性文件 through its life (docs/decisions/0048-normative-documents.md): drafted by a unit for its
 * issuer (`org_unit_id`, the 制定机关: the scope), reviewed, deliberated, registered and numbered (三统一),
 * published with its 解读, filed, in force until repealed or expired.
 */
export const normativeDocs = pgTable(
  'normative_docs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'government' | 'department': decides where it is filed. */
    issuerLevel: text('issuer_level').notNull(),
    title: text('title').notNull(),
    draftingUnit: text('drafting_unit').notNull(),
    subject: text('subject'),
    body: text('body'),
    draftedOn: date('drafted_on').notNull(),
    /** drafting | evaluation | public_comment | legality_review | reviewed | deliberated | registered | published | filed | repealed | expired */
    status: text('status').notNull(),
    evaluationNote: text('evaluation_note'),
    commentFrom: date('comment_from'),
    commentUntil: date('comment_until'),
    commentChannel: text('comment_channel'),
    commentSummary: text('comment_summary'),
    noCommentReason: text('no_comment_reason'),
    /** The latest review's conclusion and the drafter's answer to it (the gate before 集体审议 reads them). */
    reviewConclusion: text('review_conclusion'),
    drafterResponse: text('drafter_response'),
    meeting: text('meeting'),
    meetingOn: date('meeting_on'),
    /** 统一登记编号 (allocated at registration) and 发文字号 (the natural key of the ledger). */
    registrationNumber: text('registration_number'),
    documentNumber: text('document_number'),
    signer: text('signer'),
    issuedOn: date('issued_on'),
    publishedOn: date('published_on'),
    carrier: text('carrier'),
    interpretation: text('interpretation'),
    effectiveOn: date('effective_on'),
    validUntil: date('valid_until'),
    provisional: boolean('provisional').notNull().default(false),
    /** The last day to file (备案), fixed at publication from the district's setting. */
    filingDueOn: date('filing_due_on'),
    filedOn: date('filed_on'),
    /** 废止 or 失效: the day and the reason (a cleanup's, or the organ's own decision). */
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    /** A cleanup found it must be amended (修改): in force until the revised text replaces it. */
    needsRevision: boolean('needs_revision').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('normative_docs_number_uq').on(t.districtId, t.documentNumber),
    uniqueIndex('normative_docs_registration_uq').on(t.districtId, t.registrationNumber),
    index('normative_docs_org_idx').on(t.orgUnitId, t.status),
    index('normative_docs_published_idx').on(t.districtId, t.publishedOn),
  ],
);

/** Each 合法性审核 round: submitted, due (5–15 WD), the seven-point checklist, the opinion, the drafter's answer. */
export const normativeDocReviews = pgTable(
  'normative_doc_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    docId: uuid('doc_id')
      .notNull()
      .references(() => normativeDocs.id),
    districtId: uuid('district_id').notNull(),
    round: integer('round').notNull(),
    submittedOn: date('submitted_on').notNull(),
    dueOn: date('due_on').notNull(),
    reviewedOn: date('reviewed_on'),
    conclusion: text('conclusion'),
    checklist: jsonb('checklist').$type<Record<string, boolean>>(),
    opinion: text('opinion'),
    opinionNumber: text('opinion_number'),
    reviewer: text('reviewer'),
    /** 'adopted' | 'explained' */
    response: text('response'),
    explanation: text('explanation'),
  },
  (t) => [uniqueIndex('normative_doc_reviews_round_uq').on(t.docId, t.round)],
);

/** 备案: one row per recipient, with the filing review's result. */
export const normativeDocFilings = pgTable(
  'normative_doc_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    docId: uuid('doc_id')
      .notNull()
      .references(() => normativeDocs.id),
    districtId: uuid('district_id').notNull(),
    recipient: text('recipient').notNull(),
    filedOn: date('filed_on').notNull(),
    dueOn: date('due_on').notNull(),
    reportNumber: text('report_number'),
    /** pending | no_objection | correction_requested */
    result: text('result').notNull(),
    resultOn: date('result_on'),
    note: text('note'),
  },
  (t) => [uniqueIndex('normative_doc_filings_uq').on(t.docId, t.recipient)],
);

/** 法律法规 register: what documents (and decisions, powers) rest on; amended or repealed with the day. */
export const normativeLaws = pgTable(
  'normative_laws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    versionLabel: text('version_label'),
    promulgatedOn: date('promulgated_on'),
    /** in_force | amended | repealed */
    status: text('status').notNull(),
    changedOn: date('changed_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('normative_laws_title_uq').on(t.districtId, t.title)],
);

/** A document's legal basis: {law, article}. */
export const normativeDocCitations = pgTable(
  'normative_doc_citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    docId: uuid('doc_id')
      .notNull()
      .references(() => normativeDocs.id),
    lawId: uuid('law_id')
      .notNull()
      .references(() => normativeLaws.id),
    article: text('article'),
  },
  (t) => [
    index('normative_doc_citations_law_idx').on(t.lawId),
    index('normative_doc_citations_doc_idx').on(t.docId),
  ],
);

/** 清理: a campaign over a list of documents; results applied and lists published together. */
export const normativeCleanups = pgTable('normative_cleanups', {
  id: uuid('id').primaryKey().defaultRandom(),
  districtId: uuid('district_id').notNull(),
  orgUnitId: uuid('org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  title: text('title').notNull(),
  reason: text('reason').notNull(),
  startedOn: date('started_on').notNull(),
  /** open | published */
  status: text('status').notNull(),
  publishedOn: date('published_on'),
  version: integer('version').notNull().default(1),
});

export const normativeCleanupItems = pgTable(
  'normative_cleanup_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cleanupId: uuid('cleanup_id')
      .notNull()
      .references(() => normativeCleanups.id),
    docId: uuid('doc_id')
      .notNull()
      .references(() => normativeDocs.id),
    districtId: uuid('district_id').notNull(),
    result: text('result'),
    reason: text('reason'),
    reviewer: text('reviewer'),
    reviewedOn: date('reviewed_on'),
  },
  (t) => [uniqueIndex('normative_cleanup_items_uq').on(t.cleanupId, t.docId)],
);

/** The district's periods; no row = the Liaoning defaults of rules.ts (decision 0048 §2). */
export const normativeSettings = pgTable('normative_settings', {
  districtId: uuid('district_id').primaryKey(),
  settings: jsonb('settings').$type<NormativeSettings>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type NormativeDocRow = typeof normativeDocs.$inferSelect;
export type NormativeLawRow = typeof normativeLaws.$inferSelect;
