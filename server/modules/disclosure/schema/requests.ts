import { sql } from 'drizzle-orm';
import {
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
  APPLICANT_TYPE_CODES,
  FEE_METHOD_CODES,
  REQUEST_CHANNEL_CODES,
  REQUEST_STATUS_CODES,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import {
  NOT_HELD_KIND_CODES,
  REQUEST_OUTCOME_CODES,
  type WithheldPart,
} from '../../../../common/contracts/disclosure/outcomes.js';
import { orgUnits, users } from '../../../platform/org/index.js';

const listSql = (column: string, codes: readonly string[]) =>
  `${column} IN (${codes.map((c) => `'${c}'`).join(', ')})`;
const inList = (column: string, codes: readonly string[]) => sql.raw(listSql(column, codes));

/**
 * One application for government information (依申请公开), from intake to conclusion. `received_on` is the
 * legal receipt date derived from the channel facts (条例 第三十一条), never typed; the due dates live in
 * `clocks`. See docs/decisions/0009-disclosure-requests.md.
 */
export const disclosureRequests = pgTable(
  'disclosure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The organ applied to (受理机关). */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** Public, unguessable (12 chars Crockford base32): what the applicant tracks the request by. */
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel').notNull(),
    /** For letters: 'registered' | 'ordinary'. */
    mailKind: text('mail_kind'),
    arrivedOn: date('arrived_on').notNull(),
    signedOn: date('signed_on'),
    confirmedOn: date('confirmed_on'),
    receivedOn: date('received_on').notNull(),
    applicantType: text('applicant_type').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdType: text('applicant_id_type'),
    /** Stored in full (the organ must know who asks); presenters only ever show it masked. */
    applicantIdNumber: text('applicant_id_number'),
    /** Optional: the law asks for a contact (条例 第二十九条), which an address or e-mail also is. */
    applicantPhone: text('applicant_phone'),
    applicantAddress: text('applicant_address'),
    applicantPostcode: text('applicant_postcode'),
    applicantEmail: text('applicant_email'),
    orgName: text('org_name'),
    orgCreditCode: text('org_credit_code'),
    orgLegalRepresentative: text('org_legal_representative'),
    informationDescription: text('information_description').notNull(),
    documentNumber: text('document_number'),
    purpose: text('purpose'),
    /** Null only for historical (imported) rows that did not record it: shown as 未注明. */
    deliveryMethod: text('delivery_method'),
    status: text('status').notNull(),
    outcome: text('outcome'),
    concludedOn: date('concluded_on'),
    replyText: text('reply_text'),
    /** 部分公开: each withheld part with its ground (条例 第三十七条; decision 0017 §2). */
    withheldParts: jsonb('withheld_parts').$type<WithheldPart[]>().notNull().default([]),
    /** 本机关不掌握: 'not_exist' (第三十六条第（四）项) or 'not_competent' (第（五）项). */
    notHeldKind: text('not_held_kind'),
    /** 第三十六条第（五）项: the organ responsible for disclosing, and how to reach it… */
    competentOrgan: text('competent_organ'),
    competentOrganContact: text('competent_organ_contact'),
    /** …or why it cannot be determined. */
    competentOrganUnknownReason: text('competent_organ_unknown_reason'),
    /** 答复书文号 (于司公开〔2024〕3号), allocated at conclusion or carried by an imported ledger row. */
    replyDocumentNumber: text('reply_document_number'),
    /** SM3 of the last reply document generated (.docx). */
    replyDocumentHash: text('reply_document_hash'),
    handlerUserId: uuid('handler_user_id').references(() => users.id),
    correctionRequestedOn: date('correction_requested_on'),
    correctionDeadlineOn: date('correction_deadline_on'),
    correctionReceivedOn: date('correction_received_on'),
    correctionNote: text('correction_note'),
    feeAmount: numeric('fee_amount', { precision: 12, scale: 2 }),
    /** 'per_application' (按件) or 'per_page' (按量): 109号 第三条, one method per request. */
    feeMethod: text('fee_method'),
    /** Why this notice departs from the district's fee method (disclosure_settings), when it does. */
    feeMethodReason: text('fee_method_reason'),
    feePages: integer('fee_pages'),
    feeNoticeOn: date('fee_notice_on'),
    /** The applicant's receipt of the fee notice: the payment window runs from it. */
    feeNoticeReceivedOn: date('fee_notice_received_on'),
    feePaidOn: date('fee_paid_on'),
    extensionApprovedBy: uuid('extension_approved_by').references(() => users.id),
    extensionApprovedOn: date('extension_approved_on'),
    extensionReason: text('extension_reason'),
    extensionNotifiedOn: date('extension_notified_on'),
    thirdPartyName: text('third_party_name'),
    thirdPartyConsultedOn: date('third_party_consulted_on'),
    /** The third party's receipt of the consultation: its 15 WD run from it (条例 第三十二条). */
    thirdPartyReceivedOn: date('third_party_received_on'),
    thirdPartyAnsweredOn: date('third_party_answered_on'),
    thirdPartyOpinion: text('third_party_opinion'),
    /** Consultation of another organ (条例 第三十三条第三款、第三十四条): its time is not counted. */
    otherOrganName: text('other_organ_name'),
    otherOrganConsultedOn: date('other_organ_consulted_on'),
    otherOrganAnsweredOn: date('other_organ_answered_on'),
    otherOrganOpinion: text('other_organ_opinion'),
    /** Optimistic version, bumped on every change. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('disclosure_requests_tracking_uq').on(t.trackingCode),
    // Table 三: received in the year, concluded in the year, open per unit.
    index('disclosure_requests_received_idx').on(t.districtId, t.receivedOn),
    index('disclosure_requests_concluded_idx').on(t.districtId, t.concludedOn),
    index('disclosure_requests_org_status_idx').on(t.orgUnitId, t.status),
    check('disclosure_requests_channel_ck', inList('channel', REQUEST_CHANNEL_CODES)),
    check('disclosure_requests_applicant_type_ck', inList('applicant_type', APPLICANT_TYPE_CODES)),
    check('disclosure_requests_status_ck', inList('status', REQUEST_STATUS_CODES)),
    check(
      'disclosure_requests_outcome_ck',
      sql.raw(`outcome IS NULL OR ${listSql('outcome', REQUEST_OUTCOME_CODES)}`),
    ),
    check('disclosure_requests_withheld_parts_ck', sql`jsonb_typeof(${t.withheldParts}) = 'array'`),
    check(
      'disclosure_requests_not_held_kind_ck',
      sql.raw(`not_held_kind IS NULL OR ${listSql('not_held_kind', NOT_HELD_KIND_CODES)}`),
    ),
    check(
      'disclosure_requests_concluded_ck',
      sql`(${t.status} = 'concluded') = (${t.outcome} IS NOT NULL AND ${t.concludedOn} IS NOT NULL)`,
    ),
    check(
      'disclosure_requests_fee_method_ck',
      sql.raw(`fee_method IS NULL OR ${listSql('fee_method', FEE_METHOD_CODES)}`),
    ),
    check(
      'disclosure_requests_dates_ck',
      sql`${t.concludedOn} IS NULL OR ${t.concludedOn} >= ${t.receivedOn}`,
    ),
  ],
);

export type DisclosureRequestRow = typeof disclosureRequests.$inferSelect;
export type NewDisclosureRequestRow = typeof disclosureRequests.$inferInsert;
