import { IsoDate } from '../fields.js';
import { ListQuery, Page } from '../kit.js';
import { z } from '../zod-setup.js';
import {
  BODY_AUTHORITY_KIND_CODES,
  CASE_KIND_CODES,
  DECISION_OUTCOME_CODES,
  PARTY_TYPE_CODES,
  PUBLICATION_STATE_CODES,
} from './dictionaries.js';

/**
 * 执法决定公示 (国办发〔2018〕118号; 《行政处罚法》第四十八条): the staff's publication steps and list, and the
 * portal's read-only view of published decisions, confirmed bodies and the fee catalogue (事前公开).
 */

export { ChangeDecisionBody, PublishDecisionBody, WithdrawPublicationBody } from './cases.js';

export const PublicationIdParams = z.object({ id: z.uuid({ message: '案件编号格式不正确' }) });

/** The staff list's filter: `overdue` = past the publication or the withdrawal due date and not done. */
export const PUBLICATION_LIST_STATUSES = ['overdue', 'pending', 'published', 'withdrawn'] as const;
export type PublicationListStatus = (typeof PUBLICATION_LIST_STATUSES)[number];

export const PublicationListQuery = ListQuery.extend({
  status: z.enum(PUBLICATION_LIST_STATUSES, { message: '未知的公示状态' }).optional(),
  orgUnitId: z.uuid({ message: '执法主体格式不正确' }).optional(),
});
export type PublicationListQuery = z.output<typeof PublicationListQuery>;

/** One decision as the publication desk sees it: the state, the two deadlines and whether one is missed. */
export const PublicationItem = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  kind: z.enum(CASE_KIND_CODES),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  cause: z.string(),
  partyType: z.enum(PARTY_TYPE_CODES),
  partyName: z.string(),
  decisionNumber: z.string().nullable(),
  decidedOn: z.string().nullable(),
  publicationState: z.enum(PUBLICATION_STATE_CODES).nullable(),
  publicationDueOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** Published after the due date: stays late in the metrics even once up. */
  isPublishedLate: z.boolean(),
  changedOn: z.string().nullable(),
  changeReason: z.string().nullable(),
  withdrawalDueOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  /** Today is past the publication due date (still pending) or the withdrawal due date (still up). */
  isOverdue: z.boolean(),
});
export type PublicationItem = z.infer<typeof PublicationItem>;

export const PublicationPage = Page(PublicationItem);

// ── Portal ─────────────────────────────────────────────────────────────────────────────────────────

/** The portal's paging: at most 50 rows a page (the staff lists allow 200). */
export const PortalDecisionQuery = ListQuery.extend({
  q: z.string().trim().max(100, { message: '关键词不能超过 100 个字' }).optional(),
  orgUnitId: z.uuid({ message: '执法机关格式不正确' }).optional(),
  kind: z.enum(CASE_KIND_CODES, { message: '未知的执法类别' }).optional(),
  /** Decision dates, inclusive. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  pageSize: z.coerce.number().int().min(1).max(50, { message: '每页最多 50 条' }).default(20),
});
export type PortalDecisionQuery = z.output<typeof PortalDecisionQuery>;

/**
 * A published decision as the public sees it. A natural person or individual business owner appears as
 * 张* with no identifier and no facts beyond the cause; organisations by full name and credit code.
 */
export const PublicDecision = z.object({
  id: z.uuid(),
  decisionNumber: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  kind: z.enum(CASE_KIND_CODES),
  kindLabel: z.string(),
  cause: z.string(),
  partyType: z.enum(PARTY_TYPE_CODES),
  partyTypeLabel: z.string(),
  partyName: z.string(),
  /** 统一社会信用代码, organisations only. */
  partyCreditCode: z.string().nullable(),
  /** 违法事实, organisations and individual businesses only. */
  facts: z.string().nullable(),
  /** The violation a decision established (the cause without 涉嫌); null where none was established. */
  violation: z.string().nullable(),
  /** 处罚依据 as recorded at the decision. */
  legalBasis: z.string().nullable(),
  /** Every penalty kind the decision imposes (警告 + 罚款 …), by label. */
  penaltyKindLabels: z.array(z.string()),
  outcome: z.enum(DECISION_OUTCOME_CODES).nullable(),
  outcomeLabel: z.string().nullable(),
  /** 处罚依据及结果 (the decision's operative text). */
  decisionText: z.string().nullable(),
  fineAmount: z.number().nullable(),
  confiscationAmount: z.number().nullable(),
  decidedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
});
export type PublicDecision = z.infer<typeof PublicDecision>;

export const PublicDecisionPage = Page(PublicDecision);
export type PublicDecisionPage = z.infer<typeof PublicDecisionPage>;

/** A confirmed enforcement body with its legal basis and scope (事前公开, 国办发〔2018〕118号). */
export const PublicBody = z.object({
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  authorityKind: z.enum(BODY_AUTHORITY_KIND_CODES),
  authorityKindLabel: z.string(),
  legalBasis: z.string(),
  scope: z.string(),
  confirmedOn: z.string(),
  confirmationDocument: z.string().nullable(),
});
export const PublicBodies = z.object({ bodies: z.array(PublicBody) });
export type PublicBodies = z.infer<typeof PublicBodies>;

/** 涉企行政事业性收费目录清单 in force, by body. */
export const PublicFeeItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  legalBasis: z.string(),
  standard: z.string(),
  publishedOn: z.string(),
});
export const PublicFees = z.object({
  bodies: z.array(z.object({ orgUnitId: z.uuid(), orgUnitName: z.string(), items: z.array(PublicFeeItem) })),
});
export type PublicFees = z.infer<typeof PublicFees>;
