import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits, users } from '../../platform/org/index.js';

/**
 * One member of the roster (法律顾问团成员 or 公职律师). `org_unit_id` is the unit that manages the member: the
 * 司法局 for the 法律顾问团 (seed 一(二)二: "由区司法局负责时常管理"), the employing department for a 公职律师.
 */
export const legalAdvisers = pgTable(
  'legal_advisers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The adviser's own login, when they record their matters themselves. */
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    /** 'retained' | 'public_lawyer' */
    kind: text('kind').notNull(),
    /** 律师事务所 (retained advisers); a 公职律师 has none. */
    firm: text('firm'),
    /** 律师执业证号 / 公职律师证号: the natural key of the roster. */
    licenceNumber: text('licence_number').notNull(),
    phone: text('phone'),
    /** 专业领域 codes (ADVISER_FIELDS). */
    fields: text('fields').array().notNull(),
    /** The units the adviser serves (服务单位). */
    unitsServed: uuid('units_served').array().notNull(),
    /** 'active' | 'ended' */
    status: text('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_advisers_licence_uq').on(t.districtId, t.licenceNumber),
    index('legal_advisers_org_idx').on(t.orgUnitId),
  ],
);

/** An engagement contract (聘用合同) of a retained adviser: its term and fee. */
export const legalAdviserContracts = pgTable(
  'legal_adviser_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => legalAdvisers.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    contractNumber: text('contract_number').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    feeYuan: numeric('fee_yuan', { precision: 14, scale: 2 }),
    scope: text('scope'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_adviser_contracts_number_uq').on(t.districtId, t.contractNumber),
    index('legal_adviser_contracts_adviser_idx').on(t.adviserId),
    check('legal_adviser_contracts_term_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The yearly evaluation (年度考评) of an adviser: one per adviser and year. */
export const legalAdviserEvaluations = pgTable(
  'legal_adviser_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => legalAdvisers.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** EVALUATION_GRADES code. */
    grade: text('grade').notNull(),
    score: integer('score'),
    remarks: text('remarks'),
    evaluatedOn: date('evaluated_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('legal_adviser_evaluations_uq').on(t.adviserId, t.year)],
);

/**
 * One legal matter (法律事务): a unit's request for help, assigned to advisers and tracked to its end. The
 * requesting unit owns the row (`org_unit_id`): its officers see their own matters.
 */
export const legalMatters = pgTable(
  'legal_matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 事项编号, the ledger's natural key (于法务〔2020〕0001号). */
    matterNumber: text('matter_number').notNull(),
    /** MATTER_KINDS / MATTER_CATEGORIES codes. */
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    subject: text('subject').notNull(),
    /** 重点项目 the matter supports (大棚房, 苏宁小镇集体土地征拆 …). */
    keyProject: text('key_project'),
    /** 对方当事人 / 合同相对方. */
    counterparty: text('counterparty'),
    /** The government side's place in a lawsuit (PARTY_ROLES). */
    partyRole: text('party_role'),
    /** 涉案标的额 / 合同金额, yuan. */
    amountAtStake: numeric('amount_at_stake', { precision: 14, scale: 2 }),
    requestedOn: date('requested_on').notNull(),
    assignedOn: date('assigned_on'),
    concludedOn: date('concluded_on'),
    state: text('state').notNull(),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    /** 减损金额: the loss avoided, yuan, with how it was reckoned (required when positive). */
    lossAvoidedYuan: numeric('loss_avoided_yuan', { precision: 14, scale: 2 }),
    lossReckoning: text('loss_reckoning'),
    /** Why it was returned or withdrawn. */
    closingReason: text('closing_reason'),
    /** A legality review of another module: which module and which record (legalAffairs.requestLegalityReview). */
    sourceModule: text('source_module'),
    sourceId: text('source_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_matters_number_uq').on(t.districtId, t.matterNumber),
    uniqueIndex('legal_matters_source_uq')
      .on(t.districtId, t.sourceModule, t.sourceId)
      .where(sql`${t.sourceModule} IS NOT NULL`),
    index('legal_matters_year_idx').on(t.districtId, t.kind, t.requestedOn),
    index('legal_matters_org_idx').on(t.orgUnitId, t.state),
    check(
      'legal_matters_loss_reckoned_ck',
      sql`${t.lossAvoidedYuan} IS NULL OR ${t.lossAvoidedYuan} = 0 OR ${t.lossReckoning} IS NOT NULL`,
    ),
  ],
);

/** The advisers on a matter: one lead (承办), others assisting (协办). */
export const legalMatterAdvisers = pgTable(
  'legal_matter_advisers',
  {
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalMatters.id),
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => legalAdvisers.id),
    /** 'lead' | 'assist' */
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.matterId, t.adviserId] }),
    index('legal_matter_advisers_adviser_idx').on(t.adviserId),
  ],
);

/** A legal opinion (法律意见书): a document with its number, date and signer, issued on a matter. */
export const legalOpinions = pgTable(
  'legal_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalMatters.id),
    /** 意见书编号 (于法顾意〔2020〕12号), unique in the district. */
    opinionNumber: text('opinion_number').notNull(),
    issuedOn: date('issued_on').notNull(),
    signerAdviserId: uuid('signer_adviser_id')
      .notNull()
      .references(() => legalAdvisers.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_opinions_number_uq').on(t.districtId, t.opinionNumber),
    index('legal_opinions_matter_idx').on(t.matterId),
    index('legal_opinions_year_idx').on(t.districtId, t.issuedOn),
  ],
);

export type LegalAdviserRow = typeof legalAdvisers.$inferSelect;
export type LegalMatterRow = typeof legalMatters.$inferSelect;
export type LegalOpinionRow = typeof legalOpinions.$inferSelect;
