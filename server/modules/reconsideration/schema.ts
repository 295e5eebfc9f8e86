import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
  ACT_TYPE_CODES,
  ADVICE_KIND_CODES,
  APPLICANT_TYPE_CODES,
  CASE_CHANNEL_CODES,
  CASE_STATUS_CODES,
  OUTCOME_CODES,
  PROCEDURE_KIND_CODES,
  SIMPLIFIED_GROUND_CODES,
  SUSPENSION_GROUND_CODES,
} from '../../../common/contracts/reconsideration.js';
import { orgUnits, users } from '../../platform/org/index.js';

const inList = (column: string, codes: readonly string[], nullable = false) =>
  sql.raw(
    `${nullable ? `${column} IS NULL OR ` : ''}${column} IN (${codes.map((c) => `'${c}'`).join(', ')})`,
  );

/**
 * One administrative reconsideration case (行政复议案件) before the district government's 复议机构, from the
 * application to the decision and the 意见书's correction report. `org_unit_id` is the respondent (被申请人):
 * a department sees the cases against it. Due dates live in `clocks`. Decision 0042.
 */
export const reconsiderationCases = pgTable(
  'reconsideration_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The respondent (被申请人): the organ whose act is challenged. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 案号 (于政复〔2024〕3号): the ledger's natural key. */
    caseNumber: text('case_number').notNull(),
    /** Public, unguessable: what an applicant tracks the case by on the portal. */
    trackingCode: text('tracking_code').notNull(),
    /** '2017' | '2023': the text of the 行政复议法 the case runs under (rules/law-texts.ts). */
    lawText: text('law_text').notNull(),
    channel: text('channel').notNull(),
    receivedOn: date('received_on').notNull(),
    oralRecord: text('oral_record'),
    applicantType: text('applicant_type').notNull(),
    applicantName: text('applicant_name').notNull(),
    /** Stored in full (the organ must know who applies); presenters mask it, the portal never shows it. */
    applicantIdNumber: text('applicant_id_number'),
    applicantPhone: text('applicant_phone'),
    applicantAddress: text('applicant_address'),
    actType: text('act_type').notNull(),
    actDescription: text('act_description').notNull(),
    actDocumentNumber: text('act_document_number'),
    actOn: date('act_on'),
    actKnownOn: date('act_known_on'),
    actAmountYuan: numeric('act_amount_yuan', { precision: 14, scale: 2 }),
    actOnTheSpot: boolean('act_on_the_spot').notNull().default(false),
    /** The disclosure request whose reply is challenged (table 四), through disclosure's index. */
    disclosureRequestId: uuid('disclosure_request_id'),
    requestText: text('request_text').notNull(),
    reasons: text('reasons'),
    /** Filed after the 60 days from knowing of the act (第二十条): recorded, decided at acceptance review. */
    lateApplication: boolean('late_application').notNull().default(false),
    status: text('status').notNull(),
    correctionRequestedOn: date('correction_requested_on'),
    correctionDeadlineOn: date('correction_deadline_on'),
    correctionItems: text('correction_items'),
    correctionReceivedOn: date('correction_received_on'),
    /** The acceptance review runs from receipt, or from the corrected application's receipt (第三十一条). */
    reviewFromOn: date('review_from_on').notNull(),
    procedureKind: text('procedure_kind'),
    simplifiedGround: text('simplified_ground'),
    acceptedOn: date('accepted_on'),
    acceptanceDeemed: boolean('acceptance_deemed').notNull().default(false),
    rejectionReason: text('rejection_reason'),
    competentOrgan: text('competent_organ'),
    copySentOn: date('copy_sent_on'),
    answerReceivedOn: date('answer_received_on'),
    answerEvidence: text('answer_evidence'),
    /** No answer or evidence in time: the act is treated as having none (第七十条). */
    noAnswer: boolean('no_answer').notNull().default(false),
    hearingOn: date('hearing_on'),
    hearingNoticeOn: date('hearing_notice_on'),
    /** 被申请人的负责人应当参加听证 (第五十一条). */
    hearingHeadAttended: boolean('hearing_head_attended'),
    hearingAttendee: text('hearing_attendee'),
    hearingAbsenceReason: text('hearing_absence_reason'),
    committeeOn: date('committee_on'),
    committeeOpinion: text('committee_opinion'),
    /** The 规范性文件 under incidental review (第五十六条), when one was referred. */
    normativeDocument: text('normative_document'),
    suspendedOn: date('suspended_on'),
    suspensionGround: text('suspension_ground'),
    extendedOn: date('extended_on'),
    extensionReason: text('extension_reason'),
    outcome: text('outcome'),
    concludedOn: date('concluded_on'),
    decisionNumber: text('decision_number'),
    decisionSummary: text('decision_summary'),
    redoWithinDays: integer('redo_within_days'),
    /** Decided by the decision clock's due date (with its extension), kept at conclusion. */
    decidedOnTime: boolean('decided_on_time'),
    adviceKind: text('advice_kind'),
    adviceIssuedOn: date('advice_issued_on'),
    adviceAddressee: text('advice_addressee'),
    adviceContent: text('advice_content'),
    adviceReportedOn: date('advice_reported_on'),
    adviceReport: text('advice_report'),
    /** The corrective task a correcting decision opened (corrections module, B7): its id and number for the link. */
    correctiveTaskId: uuid('corrective_task_id'),
    correctiveTaskNumber: text('corrective_task_number'),
    /** Brought in from a past year's ledger (its history is the ledger row, not steps). */
    imported: boolean('imported').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reconsideration_cases_number_uq').on(t.districtId, t.caseNumber),
    uniqueIndex('reconsideration_cases_tracking_uq').on(t.trackingCode),
    index('reconsideration_cases_received_idx').on(t.districtId, t.receivedOn),
    index('reconsideration_cases_concluded_idx').on(t.districtId, t.concludedOn),
    index('reconsideration_cases_org_status_idx').on(t.orgUnitId, t.status),
    check('reconsideration_cases_status_ck', inList('status', CASE_STATUS_CODES)),
    check('reconsideration_cases_channel_ck', inList('channel', CASE_CHANNEL_CODES)),
    check('reconsideration_cases_applicant_type_ck', inList('applicant_type', APPLICANT_TYPE_CODES)),
    check('reconsideration_cases_act_type_ck', inList('act_type', ACT_TYPE_CODES)),
    check('reconsideration_cases_law_text_ck', sql`${t.lawText} IN ('2017', '2023')`),
    check('reconsideration_cases_outcome_ck', inList('outcome', OUTCOME_CODES, true)),
    check('reconsideration_cases_procedure_ck', inList('procedure_kind', PROCEDURE_KIND_CODES, true)),
    check('reconsideration_cases_ground_ck', inList('simplified_ground', SIMPLIFIED_GROUND_CODES, true)),
    check('reconsideration_cases_suspension_ck', inList('suspension_ground', SUSPENSION_GROUND_CODES, true)),
    check('reconsideration_cases_advice_ck', inList('advice_kind', ADVICE_KIND_CODES, true)),
    check(
      'reconsideration_cases_concluded_ck',
      sql`(${t.status} = 'concluded') = (${t.outcome} IS NOT NULL AND ${t.concludedOn} IS NOT NULL)`,
    ),
    check(
      'reconsideration_cases_dates_ck',
      sql`${t.concludedOn} IS NULL OR ${t.concludedOn} >= ${t.receivedOn}`,
    ),
  ],
);

export type ReconsiderationCaseRow = typeof reconsiderationCases.$inferSelect;
export type NewReconsiderationCaseRow = typeof reconsiderationCases.$inferInsert;
