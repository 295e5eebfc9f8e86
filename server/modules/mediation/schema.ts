import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import { orgUnits } from '../../platform/org/index.js';

/** A person named on a point, a committee or a roster (personal data: staff only, never on the portal). */
export interface NamedPerson {
  name: string;
  /** 'female' | 'male'; the committee rule needs a woman member (人民调解法 第九条). */
  gender?: 'female' | 'male';
  phone?: string;
  role?: string;
  /** A party's basic facts for the agreement (人民调解法 第二十九条): birth year and address. */
  birthYear?: number;
  address?: string;
}

/**
 * One 村(居)民评理说事点 per village or community (seed 一(三)一): its set-up checklist, staff and linked lawyer.
 * A point counts as established from `established_on` (coverage as of any date).
 */
export const mediationPoints = pgTable(
  'mediation_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    establishedOn: date('established_on').notNull(),
    hasSign: boolean('has_sign').notNull().default(false),
    hasNoticeBoard: boolean('has_notice_board').notNull().default(false),
    hasContactCards: boolean('has_contact_cards').notNull().default(false),
    hasLogBook: boolean('has_log_book').notNull().default(false),
    hasWechatGroup: boolean('has_wechat_group').notNull().default(false),
    lawyerName: text('lawyer_name'),
    head: jsonb('head').$type<NamedPerson>(),
    speakers: jsonb('speakers').$type<NamedPerson[]>().notNull().default([]),
    informants: jsonb('informants').$type<NamedPerson[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mediation_points_unit_uq').on(t.orgUnitId),
    index('mediation_points_district_idx').on(t.districtId, t.establishedOn),
  ],
);

/** 人民调解委员会 (人民调解法 第八、九条): per village, community, street or sector, with its members and term. */
export const mediationCommittees = pgTable(
  'mediation_committees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 委员会编号: the natural key of the ledger. */
    number: text('number').notNull(),
    name: text('name').notNull(),
    /** 'village' | 'community' | 'street' | 'sector' */
    level: text('level').notNull(),
    members: jsonb('members').$type<NamedPerson[]>().notNull().default([]),
    termStartOn: date('term_start_on').notNull(),
    termEndOn: date('term_end_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mediation_committees_number_uq').on(t.districtId, t.number)],
);

/** 人民调解案件: a dispute from registration to revisit (procedure.ts). */
export const mediationCases = pgTable(
  'mediation_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    committeeId: uuid('committee_id').references(() => mediationCommittees.id),
    /** 案件编号: the natural key of the ledger. */
    number: text('number').notNull(),
    /** rules.ts CASE_SOURCES */
    source: text('source').notNull(),
    /** rules.ts CASE_CATEGORIES (the provincial statistical categories) */
    category: text('category').notNull(),
    summary: text('summary').notNull(),
    /** The parties (personal data: masked everywhere but the case itself). */
    parties: jsonb('parties').$type<NamedPerson[]>().notNull().default([]),
    mediators: jsonb('mediators').$type<string[]>().notNull().default([]),
    registeredOn: date('registered_on').notNull(),
    /** procedure.ts CASE_STATES */
    state: text('state').notNull(),
    /** 'success' | 'failure' | 'ended' once concluded */
    result: text('result'),
    concludedOn: date('concluded_on'),
    /** 'written' | 'oral' (人民调解法 第二十八条) */
    agreementForm: text('agreement_form'),
    agreementTerms: text('agreement_terms'),
    /** 第二十九条: the points in dispute and each side's responsibility, the manner and term of performance. */
    responsibility: text('responsibility'),
    performanceManner: text('performance_manner'),
    performanceDueOn: date('performance_due_on'),
    /** The day the agreement takes effect: the judicial confirmation window runs from it (第三十三条). */
    agreementEffectiveOn: date('agreement_effective_on'),
    confirmationAppliedOn: date('confirmation_applied_on'),
    confirmedOn: date('confirmed_on'),
    performedOn: date('performed_on'),
    revisitedOn: date('revisited_on'),
    closedOn: date('closed_on'),
    amountYuan: bigint('amount_yuan', { mode: 'number' }).notNull().default(0),
    peopleInvolved: integer('people_involved').notNull().default(2),
    atRisk: boolean('at_risk').notNull().default(false),
    /** 'criminal' (民转刑) | 'mass_incident' when the mediation prevented one */
    preventedEscalation: text('prevented_escalation'),
    /** 诉调对接: 'from_court' | 'to_court' and the dates */
    courtTransfer: text('court_transfer'),
    courtTransferOn: date('court_transfer_on'),
    courtResult: text('court_result'),
    /** The court on the other end of the transfer, and the day its result came back. */
    courtName: text('court_name'),
    courtResultOn: date('court_result_on'),
    /** The row version (decision 0022): raised by every step of the kernel procedure. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mediation_cases_number_uq').on(t.districtId, t.number),
    index('mediation_cases_registered_idx').on(t.districtId, t.registeredOn),
    check('mediation_cases_amount_ck', sql`${t.amountYuan} >= 0`),
  ],
);

/** The 说事 log: each day's matters at a point and how they were handled. */
export const mediationLogEntries = pgTable(
  'mediation_log_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 登记编号: the natural key of the ledger. */
    number: text('number').notNull(),
    occurredOn: date('occurred_on').notNull(),
    /** rules.ts LOG_KINDS */
    kind: text('kind').notNull(),
    raisedBy: text('raised_by').notNull(),
    summary: text('summary').notNull(),
    /** rules.ts LOG_HANDLINGS */
    handling: text('handling').notNull(),
    result: text('result'),
    closedOn: date('closed_on'),
    revisitOn: date('revisit_on'),
    caseId: uuid('case_id').references(() => mediationCases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mediation_log_number_uq').on(t.districtId, t.number),
    index('mediation_log_day_idx').on(t.districtId, t.occurredOn),
  ],
);

/**
 * The village 法治 roster (法治乡村; issue #16): per village or community its 法律明白人, 法治带头人, the
 * linked lawyer or legal adviser, the grid workers and its 民主法治示范村 (社区) title and year.
 */
export const mediationVillageRosters = pgTable(
  'mediation_village_rosters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    lawUnderstanders: jsonb('law_understanders').$type<NamedPerson[]>().notNull().default([]),
    ruleOfLawLeaders: jsonb('rule_of_law_leaders').$type<NamedPerson[]>().notNull().default([]),
    adviserName: text('adviser_name'),
    gridWorkers: jsonb('grid_workers').$type<NamedPerson[]>().notNull().default([]),
    /** rules.ts DEMO_VILLAGE_LEVELS: 'national' | 'provincial' | 'city' | 'district', null when none. */
    demoVillageLevel: text('demo_village_level'),
    demoVillageYear: integer('demo_village_year'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mediation_village_rosters_unit_uq').on(t.orgUnitId)],
);
