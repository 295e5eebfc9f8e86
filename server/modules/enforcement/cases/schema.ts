import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CASE_KIND_CODES,
  CASE_STATE_CODES,
  CIRCUMSTANCE_CODES,
  DECISION_OUTCOME_CODES,
  FILING_CONCLUSION_CODES,
  OFFICER_PAUSE_GROUND_CODES,
  PARTY_TYPE_CODES,
  PUBLICATION_STATE_CODES,
  REVIEW_CONCLUSION_CODES,
  SERVICE_METHOD_CODES,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { orgUnits, users } from '../../../platform/org/index.js';
import { powerItems } from '../../powers/schema.js';
import { enforcementBenchmarks } from '../registry/schema.js';
import { inList, nullOrInList } from '../shared/sql-lists.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * One enforcement case (行政执法案件): a penalty case through 处罚法 第五章's steps, or a 行政强制 / 行政许可
 * decision recorded with the same ledger. The due dates live in `clocks`; the columns hold what happened.
 */
export const enforcementCases = pgTable(
  'enforcement_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The enforcement body handling the case. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    caseNumber: text('case_number').notNull(),
    kind: text('kind').notNull(),
    /** The power-list item exercised; it must belong to the body and be of the kind's category. */
    powerItemId: uuid('power_item_id')
      .notNull()
      .references(() => powerItems.id),
    benchmarkId: uuid('benchmark_id').references(() => enforcementBenchmarks.id),
    /** 案由. */
    cause: text('cause').notNull(),
    /** 案件来源: 检查发现, 投诉举报, 上级交办, 移送 … (free text, kept short). */
    source: text('source'),
    inspectionId: uuid('inspection_id'),
    partyType: text('party_type').notNull(),
    partyName: text('party_name').notNull(),
    /** 身份证号 or 统一社会信用代码; stored whole, masked by every presenter for natural persons. */
    partyIdNumber: text('party_id_number'),
    partyPhone: text('party_phone'),
    partyAddress: text('party_address'),
    /** A 个体工商户's operator (经营者): a person's name, masked wherever the trade name is published. */
    partyOperatorName: text('party_operator_name'),
    facts: text('facts'),
    /** 立案日期: the 90-day handling clock starts here (处罚法 第六十条). */
    openedOn: date('opened_on').notNull(),
    /** 发现线索或者收到材料之日: 立案 within 15 WD, +15 WD once (SAMR 程序规定 第十八条). */
    discoveredOn: date('discovered_on'),
    openingExtended: boolean('opening_extended').notNull().default(false),
    /** The day of the violation, or of its end when it continued (处罚法 第三十六条: 2 / 5 years). */
    violationOn: date('violation_on'),
    concernsLifeHealthOrFinance: boolean('concerns_life_health_or_finance').notNull().default(false),
    /** At least two officers with valid certificates (处罚法 第四十二条). */
    handlerOfficerIds: uuid('handler_officer_ids').array().notNull(),
    state: text('state').notNull(),
    isMajor: boolean('is_major').notNull().default(false),
    majorReasons: text('major_reasons').array().notNull().default(sql`'{}'::text[]`),
    /** 告知: the rights notice (处罚法 第四十四条). */
    notifiedOn: date('notified_on'),
    intendedPenalty: text('intended_penalty'),
    /** Whether the intended penalty carries a right to a hearing (处罚法 第六十三条). */
    hearingRight: boolean('hearing_right').notNull().default(false),
    /** The penalty kinds and amounts the notice announced (decision 0014); null on notices before it. */
    notifiedKinds: text('notified_kinds').array(),
    notifiedFineAmount: numeric('notified_fine_amount', { precision: 14, scale: 2 }),
    notifiedConfiscationAmount: numeric('notified_confiscation_amount', { precision: 14, scale: 2 }),
    /** How and when the notice was served: the 陈述、申辩 and hearing windows run from this day. */
    noticeServiceMethod: text('notice_service_method'),
    noticeServedOn: date('notice_served_on'),
    /** 陈述、申辩 received (the window closes), or waived in writing. */
    statementReceivedOn: date('statement_received_on'),
    statementSummary: text('statement_summary'),
    statementWaivedOn: date('statement_waived_on'),
    hearingRequestedOn: date('hearing_requested_on'),
    hearingNoticeOn: date('hearing_notice_on'),
    hearingOn: date('hearing_on'),
    hearingHeldOn: date('hearing_held_on'),
    hearingRecord: text('hearing_record'),
    /** Collective discussion by the body's leaders (处罚法 第五十七条第二款). */
    collectiveRequired: boolean('collective_required').notNull().default(false),
    collectiveDiscussedOn: date('collective_discussed_on'),
    collectiveConclusion: text('collective_conclusion'),
    decidedOn: date('decided_on'),
    decisionNumber: text('decision_number'),
    outcome: text('outcome'),
    circumstance: text('circumstance'),
    fineAmount: numeric('fine_amount', { precision: 14, scale: 2 }),
    confiscationAmount: numeric('confiscation_amount', { precision: 14, scale: 2 }),
    decisionText: text('decision_text'),
    /** 处罚依据: the provisions the decision applies, recorded at 决定 and published (处罚法 第五十九条第一款(三)). */
    decisionBasis: text('decision_basis'),
    /** The penalty kinds the decision imposes (decision 0014), compared with the notified ones. */
    penaltyKinds: text('penalty_kinds').array(),
    /** The chosen circumstance or fine is outside the benchmark; the reason is mandatory. */
    benchmarkDeviation: boolean('benchmark_deviation').notNull().default(false),
    deviationReason: text('deviation_reason'),
    servedOn: date('served_on'),
    serviceMethod: text('service_method'),
    executedOn: date('executed_on'),
    executionNote: text('execution_note'),
    closedOn: date('closed_on'),
    /** 执法决定公示 (国办发〔2018〕118号): 7 WD for 许可/处罚, 20 WD for the others. */
    publicationState: text('publication_state'),
    publicationDueOn: date('publication_due_on'),
    publishedOn: date('published_on'),
    /** A decision changed or revoked: the publication is withdrawn within 3 WD (处罚法 第四十八条). */
    changedOn: date('changed_on'),
    changeReason: text('change_reason'),
    withdrawalDueOn: date('withdrawal_due_on'),
    withdrawnOn: date('withdrawn_on'),
    /** What the portal shows and searches: the free texts after the masking pass, made once on publication. */
    publicCause: text('public_cause'),
    publicFacts: text('public_facts'),
    publicDecisionText: text('public_decision_text'),
    searchGrams: text('search_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`fazhi_search_grams(case_number, cause, party_name)`),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enforcement_cases_number_uq').on(t.districtId, t.caseNumber),
    // The list order (opened_on DESC, id DESC) read straight off the index, per body and per district.
    index('enforcement_cases_org_opened_idx').on(t.orgUnitId, t.openedOn, t.id),
    index('enforcement_cases_opened_idx').on(t.districtId, t.openedOn, t.id),
    index('enforcement_cases_decided_idx').on(t.districtId, t.decidedOn),
    index('enforcement_cases_published_idx')
      .on(t.districtId, t.publishedOn)
      .where(sql`${t.publicationState} = 'published'`),
    index('enforcement_cases_search_idx').using('gin', t.searchGrams),
    check('enforcement_cases_kind_ck', inList('kind', CASE_KIND_CODES)),
    check('enforcement_cases_state_ck', inList('state', CASE_STATE_CODES)),
    check('enforcement_cases_party_type_ck', inList('party_type', PARTY_TYPE_CODES)),
    check('enforcement_cases_outcome_ck', nullOrInList('outcome', DECISION_OUTCOME_CODES)),
    check('enforcement_cases_notice_service_ck', nullOrInList('notice_service_method', SERVICE_METHOD_CODES)),
    check('enforcement_cases_circumstance_ck', nullOrInList('circumstance', CIRCUMSTANCE_CODES)),
    check('enforcement_cases_publication_ck', nullOrInList('publication_state', PUBLICATION_STATE_CODES)),
    check(
      'enforcement_cases_decided_ck',
      sql`(${t.decidedOn} IS NULL) = (${t.outcome} IS NULL) AND (${t.decidedOn} IS NULL OR ${t.decidedOn} >= ${t.openedOn})`,
    ),
    check('enforcement_cases_handlers_ck', sql`cardinality(${t.handlerOfficerIds}) >= 2`),
  ],
);

/** Evidence content, stored once by its SHA-256 (the same photo attached twice is one row). */
export const enforcementFiles = pgTable('enforcement_files', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One piece of evidence in a case (证据): what it is, when collected, and the file by content hash. */
export const enforcementEvidence = pgTable(
  'enforcement_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => enforcementCases.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    /** 书证, 物证, 视听资料, 电子数据, 证人证言, 当事人陈述, 鉴定意见, 勘验笔录、现场笔录 (处罚法 第四十六条). */
    evidenceType: text('evidence_type').notNull(),
    description: text('description').notNull(),
    collectedOn: date('collected_on').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => enforcementFiles.sha256),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enforcement_evidence_case_idx').on(t.caseId)],
);

/** A submission to 法制审核 and the reviewer's opinion (处罚法 第五十八条; 国办发〔2018〕118号). */
export const enforcementLegalReviews = pgTable(
  'enforcement_legal_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => enforcementCases.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    submittedOn: date('submitted_on').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id),
    concludedOn: date('concluded_on'),
    conclusion: text('conclusion'),
    opinion: text('opinion'),
    /** The case's benchmark deviation was put to the reviewer with this submission. */
    deviationFlagged: boolean('deviation_flagged').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enforcement_legal_reviews_case_idx').on(t.caseId, t.submittedOn),
    check('enforcement_legal_reviews_conclusion_ck', nullOrInList('conclusion', REVIEW_CONCLUSION_CODES)),
    check(
      'enforcement_legal_reviews_concluded_ck',
      sql`(${t.concludedOn} IS NULL) = (${t.conclusion} IS NULL)`,
    ),
  ],
);

/**
 * Time not counted in a case's handling period (公告, 检测检验检疫鉴定, 中止), recorded by the officer; the hearing
 * pause follows the hearing columns. Basis: rules/periods.ts HANDLING_PAUSE_BASIS.
 */
export const enforcementHandlingPauses = pgTable(
  'enforcement_handling_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => enforcementCases.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    ground: text('ground').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enforcement_handling_pauses_case_idx').on(t.caseId, t.startedOn),
    check('enforcement_handling_pauses_ground_ck', inList('ground', OFFICER_PAUSE_GROUND_CODES)),
    check(
      'enforcement_handling_pauses_dates_ck',
      sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startedOn}`,
    ),
  ],
);

/** 重大处罚备案: a major penalty filed with the coordinator, and the review conclusion. */
export const enforcementFilings = pgTable(
  'enforcement_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => enforcementCases.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    decidedOn: date('decided_on').notNull(),
    /** decided_on + the filing period in force when the case was decided (settings.filing_days). */
    dueOn: date('due_on').notNull(),
    filedOn: date('filed_on'),
    filedBy: uuid('filed_by').references(() => users.id),
    reviewedOn: date('reviewed_on'),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id),
    conclusion: text('conclusion'),
    opinion: text('opinion'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enforcement_filings_case_uq').on(t.caseId),
    index('enforcement_filings_due_idx').on(t.districtId, t.dueOn),
    check('enforcement_filings_conclusion_ck', nullOrInList('conclusion', FILING_CONCLUSION_CODES)),
  ],
);

export type EnforcementCaseRow = typeof enforcementCases.$inferSelect;
export type NewEnforcementCaseRow = typeof enforcementCases.$inferInsert;
export type EvidenceRow = typeof enforcementEvidence.$inferSelect;
export type LegalReviewRow = typeof enforcementLegalReviews.$inferSelect;
export type FilingRow = typeof enforcementFilings.$inferSelect;
export type HandlingPauseRow = typeof enforcementHandlingPauses.$inferSelect;
