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
 * One administrative lawsuit against the district or a department (行政应诉), first instance to the end, with
 * its second instance on the same row (docs/decisions/0043-litigation-and-corrections.md).
 */
export const lawsuits = pgTable(
  'lawsuits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The defending unit (the organ that acted); the 复议机关 as co-defendant is derived (rules.ts). */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 一审案号, e.g. （2026）辽0114行初12号: the ledger's natural key. */
    caseNumber: text('case_number').notNull(),
    court: text('court').notNull(),
    plaintiffName: text('plaintiff_name').notNull(),
    /** 'person' | 'organisation': a person's name is masked wherever the public could read it. */
    plaintiffKind: text('plaintiff_kind').notNull(),
    cause: text('cause').notNull(),
    actChallenged: text('act_challenged').notNull(),
    actKind: text('act_kind').notNull(),
    /** The act's record in its module, as a typed reference (`disclosure_request:<number>`, a 文号 …). */
    actRef: text('act_ref'),
    powerId: uuid('power_id'),
    afterReconsideration: boolean('after_reconsideration').notNull().default(false),
    /** The 复议 case (reconsideration module), by its number: resolved when that module can. */
    reconsiderationNumber: text('reconsideration_number'),
    /** 'upheld' | 'changed' | 'silent' */
    reconsiderationResult: text('reconsideration_result'),
    simplified: boolean('simplified').notNull().default(false),
    filedOn: date('filed_on').notNull(),
    /** 收到起诉状副本之日: the answer period runs from it. */
    servedOn: date('served_on').notNull(),
    /** 'received' | 'answered' | 'heard' | 'judged' | 'appealed' | 'effective' | 'closed' */
    state: text('state').notNull(),
    answeredOn: date('answered_on'),
    answerEvidence: text('answer_evidence'),
    answerBasis: text('answer_basis'),
    judgmentType: text('judgment_type'),
    judgedOn: date('judged_on'),
    judgmentServedOn: date('judgment_served_on'),
    judgmentSummary: text('judgment_summary'),
    performBy: date('perform_by'),
    appealedBy: text('appealed_by'),
    appealedOn: date('appealed_on'),
    secondCaseNumber: text('second_case_number'),
    secondCourt: text('second_court'),
    secondResult: text('second_result'),
    secondJudgedOn: date('second_judged_on'),
    /** The decision in effect (the first, or the second instance's) and the day it took effect. */
    effectiveType: text('effective_type'),
    effectiveOn: date('effective_on'),
    closedOn: date('closed_on'),
    performance: text('performance'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('lawsuits_case_number_uq').on(t.districtId, t.caseNumber),
    index('lawsuits_unit_idx').on(t.orgUnitId, t.state),
    index('lawsuits_filed_idx').on(t.districtId, t.filedOn),
  ],
);

/** A hearing (开庭) with who appeared for the organ: 负责人出庭 (行政诉讼法 第三条第三款). */
export const lawsuitHearings = pgTable(
  'lawsuit_hearings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lawsuitId: uuid('lawsuit_id')
      .notNull()
      .references(() => lawsuits.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    heldOn: date('held_on').notNull(),
    /** 'first' | 'second' */
    instance: text('instance').notNull(),
    headAppeared: boolean('head_appeared').notNull(),
    headName: text('head_name'),
    headPosition: text('head_position'),
    headLevel: text('head_level'),
    proofOfPosition: boolean('proof_of_position').notNull().default(false),
    courtRequested: boolean('court_requested').notNull().default(false),
    staffName: text('staff_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lawsuit_hearings_case_idx').on(t.lawsuitId),
    index('lawsuit_hearings_held_idx').on(t.districtId, t.heldOn),
  ],
);

/** A judicial suggestion (司法建议) the court sent with the case, and the organ's reply. */
export const judicialSuggestions = pgTable(
  'judicial_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lawsuitId: uuid('lawsuit_id')
      .notNull()
      .references(() => lawsuits.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    receivedOn: date('received_on').notNull(),
    content: text('content').notNull(),
    repliedOn: date('replied_on'),
    reply: text('reply'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('judicial_suggestions_case_idx').on(t.lawsuitId)],
);

export type LawsuitRow = typeof lawsuits.$inferSelect;
export type HearingRow = typeof lawsuitHearings.$inferSelect;
export type SuggestionRow = typeof judicialSuggestions.$inferSelect;
