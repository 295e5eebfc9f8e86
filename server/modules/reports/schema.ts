import { sql } from 'drizzle-orm';
import {
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
import type { AnnualReport, ReportCheck } from '../../../common/contracts/reports/annual.js';
import type { ReportApproval, ReportSigner } from '../../../common/contracts/reports/drafts.js';
import { orgUnits } from '../../platform/org/index.js';
import type { ReportDraft } from '../../platform/reports/index.js';

/**
 * One annual report of one unit for one year, as it is written, approved, signed, published and archived
 * (decision 0036). The text lives in `draft` (paragraphs with their figures as placeholders, so the figures
 * stay live); at sign-off the whole report as it then read — text and figures — is frozen in `frozen` and
 * sealed with its SM3 hash, and that is what is served from then on.
 */
export const reportDrafts = pgTable(
  'report_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** Whose report: the district itself, or a department (its own report). */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'rule_of_law_annual' | 'disclosure_annual' */
    report: text('report').notNull(),
    year: integer('year').notNull(),
    /** The template version the draft was generated from (data/reports/*.yaml). */
    templateId: text('template_id').notNull(),
    draft: jsonb('draft').$type<ReportDraft>().notNull(),
    /** 'draft' | 'in_review' | 'approved' | 'signed' | 'published' | 'archived' */
    status: text('status').notNull(),
    /** Row version for optimistic concurrency (decision 0022). */
    version: integer('version').notNull().default(1),
    /** 常务会议 (or a department's 党组会) that approved it: meeting, date, minutes reference. */
    approval: jsonb('approval').$type<ReportApproval>(),
    /** The principal leaders who signed (党政主要负责人): names and roles. */
    signers: jsonb('signers').$type<ReportSigner[]>(),
    signedOn: date('signed_on'),
    /** The warnings the signers acknowledged (the checks as they stood at sign-off). */
    acknowledgedChecks: jsonb('acknowledged_checks').$type<ReportCheck[]>(),
    publishedOn: date('published_on'),
    archivedOn: date('archived_on'),
    /** The whole report at sign-off (figures included): served instead of a recomputation once signed. */
    frozen: jsonb('frozen').$type<AnnualReport>(),
    /** SM3 (hex) of the canonical JSON of `frozen`; verified on every read. */
    frozenHash: text('frozen_hash'),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('report_drafts_unit_kind_year_uq').on(t.districtId, t.orgUnitId, t.report, t.year),
    index('report_drafts_published_idx').on(t.publishedOn),
  ],
);

export type ReportDraftRow = typeof reportDrafts.$inferSelect;
