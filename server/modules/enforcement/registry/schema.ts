import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  BODY_AUTHORITY_KIND_CODES,
  type BenchmarkRange,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { orgUnits, users } from '../../../platform/org/index.js';
import { powerItems } from '../../powers/schema.js';
import { inList } from '../shared/sql-lists.js';

const audit = {
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * The district's enforcement settings, set by the coordinator (依法治区办): the amounts that make a
 * decision major or give a right to a hearing, and the major-penalty filing period. Local rules, not
 * statute: docs/decisions/0011-enforcement.md.
 */
export const enforcementSettings = pgTable('enforcement_settings', {
  districtId: uuid('district_id').primaryKey(),
  /** 罚没 amount (yuan) at or above which a decision against a natural person is major. */
  majorAmountPerson: numeric('major_amount_person', { precision: 14, scale: 2 }).notNull().default('10000'),
  majorAmountOrganisation: numeric('major_amount_organisation', { precision: 14, scale: 2 })
    .notNull()
    .default('100000'),
  /** 较大数额罚款 (处罚法 第六十三条): the amount from which the party may ask for a hearing. */
  hearingAmountPerson: numeric('hearing_amount_person', { precision: 14, scale: 2 })
    .notNull()
    .default('5000'),
  hearingAmountOrganisation: numeric('hearing_amount_organisation', { precision: 14, scale: 2 })
    .notNull()
    .default('50000'),
  /** Days (calendar) after the decision within which a major penalty is filed (于洪区重大处罚备案审查办法). */
  filingDays: integer('filing_days').notNull().default(15),
  /** Working days after service of the notice for 陈述、申辩 (decision 0014 §2; 市场监管 practice: 5). */
  statementWorkingDays: integer('statement_working_days').notNull().default(5),
  /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A confirmed administrative enforcement body (确认的行政执法主体): the org unit, the legal basis of its
 * authority and its scope. Seed 一(五)三: 23 confirmed in 2020.
 */
export const enforcementBodies = pgTable(
  'enforcement_bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    authorityKind: text('authority_kind').notNull(),
    /** 执法依据: the laws giving the body its authority. */
    legalBasis: text('legal_basis').notNull(),
    /** 执法职责/范围. */
    scope: text('scope').notNull(),
    confirmedOn: date('confirmed_on').notNull(),
    /** 确认文件文号. */
    confirmationDocument: text('confirmation_document'),
    /** The confirmation withdrawn (机构改革, 职能划转); null while in force. */
    revokedOn: date('revoked_on'),
    ...audit,
  },
  (t) => [
    uniqueIndex('enforcement_bodies_org_uq').on(t.orgUnitId),
    index('enforcement_bodies_district_idx').on(t.districtId, t.confirmedOn),
    check('enforcement_bodies_kind_ck', inList('authority_kind', BODY_AUTHORITY_KIND_CODES)),
  ],
);

/** An enforcement officer with an enforcement certificate (行政执法证件). */
export const enforcementOfficers = pgTable(
  'enforcement_officers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    /** Stored whole; every presenter masks it. */
    idNumber: text('id_number'),
    phone: text('phone'),
    certificateNumber: text('certificate_number').notNull(),
    certificateIssuer: text('certificate_issuer').notNull(),
    certificateIssuedOn: date('certificate_issued_on'),
    certificateValidUntil: date('certificate_valid_until').notNull(),
    /** Holds the national 法律职业资格 (required of first-time legal reviewers, 处罚法 第五十八条). */
    hasLegalQualification: boolean('has_legal_qualification').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    ...audit,
  },
  (t) => [
    uniqueIndex('enforcement_officers_certificate_uq').on(t.districtId, t.certificateNumber),
    index('enforcement_officers_org_idx').on(t.orgUnitId, t.isActive),
    index('enforcement_officers_valid_idx').on(t.districtId, t.certificateValidUntil),
  ],
);

/** 重大执法决定法制审核目录清单: the decisions a body has listed as major (国办发〔2018〕118号). */
export const enforcementMajorCatalogue = pgTable(
  'enforcement_major_catalogue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The power exercised; null = every decision matching the description. */
    powerItemId: uuid('power_item_id').references(() => powerItems.id),
    description: text('description').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...audit,
  },
  (t) => [index('enforcement_major_catalogue_org_idx').on(t.orgUnitId, t.powerItemId)],
);

/** 行政处罚裁量基准: for one violation, the ranges by circumstance (处罚法 第三十四条). */
export const enforcementBenchmarks = pgTable(
  'enforcement_benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The body whose benchmark it is; null = district-wide. */
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    powerItemId: uuid('power_item_id').references(() => powerItems.id),
    code: text('code').notNull(),
    violation: text('violation').notNull(),
    /** 违法依据. */
    violationBasis: text('violation_basis'),
    /** 处罚依据. */
    penaltyBasis: text('penalty_basis').notNull(),
    ranges: jsonb('ranges').$type<BenchmarkRange[]>().notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...audit,
  },
  (t) => [
    uniqueIndex('enforcement_benchmarks_code_uq').on(t.districtId, t.code),
    index('enforcement_benchmarks_power_idx').on(t.powerItemId),
    check('enforcement_benchmarks_ranges_ck', sql`jsonb_typeof(${t.ranges}) = 'array'`),
  ],
);

/** 涉企行政事业性收费目录清单: one fee a body charges enterprises, with its basis and standard. */
export const enforcementFeeItems = pgTable(
  'enforcement_fee_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** 收费标准, as the pricing document states it. */
    standard: text('standard').notNull(),
    publishedOn: date('published_on').notNull(),
    repealedOn: date('repealed_on'),
    ...audit,
  },
  (t) => [
    uniqueIndex('enforcement_fee_items_code_uq').on(t.districtId, t.code),
    index('enforcement_fee_items_org_idx').on(t.orgUnitId),
  ],
);

/** Amounts collected for a fee item in a year (feeds table 二 of the disclosure annual report). */
export const enforcementFeeCollections = pgTable(
  'enforcement_fee_collections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    feeItemId: uuid('fee_item_id')
      .notNull()
      .references(() => enforcementFeeItems.id),
    year: integer('year').notNull(),
    amountYuan: numeric('amount_yuan', { precision: 16, scale: 2 }).notNull(),
    ...audit,
  },
  (t) => [uniqueIndex('enforcement_fee_collections_uq').on(t.feeItemId, t.year)],
);

export type EnforcementSettingsRow = typeof enforcementSettings.$inferSelect;
export type EnforcementBodyRow = typeof enforcementBodies.$inferSelect;
export type EnforcementOfficerRow = typeof enforcementOfficers.$inferSelect;
export type MajorCatalogueRow = typeof enforcementMajorCatalogue.$inferSelect;
export type BenchmarkRow = typeof enforcementBenchmarks.$inferSelect;
export type FeeItemRow = typeof enforcementFeeItems.$inferSelect;
export type FeeCollectionRow = typeof enforcementFeeCollections.$inferSelect;
