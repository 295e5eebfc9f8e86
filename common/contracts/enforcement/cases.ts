import { IsoDate, optionalText, Paging, required } from '../fields.js';
import { z } from '../zod-setup.js';
import {
  CASE_KIND_CODES,
  CASE_STATE_CODES,
  CIRCUMSTANCE_CODES,
  DECISION_OUTCOME_CODES,
  MAJOR_REASON_CODES,
  PARTY_TYPE_CODES,
  PUBLICATION_STATE_CODES,
  REVIEW_CONCLUSION_CODES,
} from './dictionaries.js';

/** Enforcement cases (行政执法案件): the forms and the API shapes. Basis: 《行政处罚法》第五章. */

const Money = z.coerce
  .number({ message: '金额应为数字' })
  .min(0, { message: '金额不能为负数' })
  .max(1e11, { message: '金额过大' });

/** 立案: what the case is about, against whom, under which power, and by which two officers. */
export const OpenCaseBody = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  kind: z.enum(CASE_KIND_CODES, { message: '请选择案件类型' }),
  powerItemId: z.uuid({ message: '请选择所行使的职权（权责清单事项）' }),
  benchmarkId: z.uuid({ message: '裁量基准格式不正确' }).nullish(),
  caseNumber: required(60, '案件编号'),
  cause: required(300, '案由'),
  source: optionalText(100),
  inspectionId: z.uuid().nullish(),
  partyType: z.enum(PARTY_TYPE_CODES, { message: '请选择当事人类型' }),
  partyName: required(200, '当事人名称'),
  partyIdNumber: optionalText(30),
  partyPhone: optionalText(30),
  partyAddress: optionalText(300),
  facts: optionalText(5000),
  openedOn: IsoDate,
  handlerOfficerIds: z
    .array(z.uuid({ message: '执法人员格式不正确' }))
    .min(2, { message: '执法人员不得少于两人（《行政处罚法》第四十二条）' })
    .max(10),
  isMajor: z.boolean().default(false),
  majorReasons: z.array(z.enum(MAJOR_REASON_CODES, { message: '未知的重大执法决定情形' })).default([]),
  collectiveRequired: z.boolean().default(false),
});
export type OpenCaseInput = z.input<typeof OpenCaseBody>;

const On = { on: IsoDate.optional() };

/** The form of each procedure step; `on` is the day it took legal effect (default today, never later). */
export const CASE_TRANSITION_INPUTS = {
  notify: z.object({
    ...On,
    intendedPenalty: required(2000, '拟作出的处罚内容'),
    hearingRight: z.boolean().default(false),
  }),
  waive_hearing: z.object({ ...On, note: optionalText(1000) }),
  request_hearing: z.object({ ...On, note: optionalText(1000) }),
  schedule_hearing: z.object({ ...On, hearingOn: IsoDate, note: optionalText(1000) }),
  hold_hearing: z.object({ ...On, record: required(5000, '听证笔录摘要') }),
  submit_review: z.object({ ...On, note: optionalText(2000) }),
  approve_review: z.object({ ...On, opinion: required(5000, '审核意见') }),
  return_review: z.object({
    ...On,
    conclusion: z.enum(['amend', 'unlawful'], { message: '请选择审核结论' }),
    opinion: required(5000, '审核意见'),
  }),
  discuss_collectively: z.object({ ...On, conclusion: required(5000, '集体讨论结论') }),
  decide: z.object({
    ...On,
    decisionNumber: required(80, '决定书文号'),
    outcome: z.enum(DECISION_OUTCOME_CODES, { message: '请选择决定结果' }),
    circumstance: z.enum(CIRCUMSTANCE_CODES, { message: '请选择违法情节' }).nullish(),
    fineAmount: Money.nullish(),
    confiscationAmount: Money.nullish(),
    decisionText: required(5000, '决定内容'),
    deviationReason: optionalText(2000),
  }),
  serve: z.object({ ...On, method: required(50, '送达方式') }),
  record_execution: z.object({ ...On, note: optionalText(2000) }),
  close: z.object({ ...On, note: optionalText(2000) }),
} as const;
export type CaseTransition = keyof typeof CASE_TRANSITION_INPUTS;
export const CASE_TRANSITION_CODES = Object.keys(CASE_TRANSITION_INPUTS) as [
  CaseTransition,
  ...CaseTransition[],
];
export type CaseTransitionBodies = { [K in CaseTransition]: z.input<(typeof CASE_TRANSITION_INPUTS)[K]> };

export const CaseIdParams = z.object({ id: z.uuid({ message: '案件编号格式不正确' }) });
export const CaseTransitionParams = z.object({
  id: z.uuid({ message: '案件编号格式不正确' }),
  transition: z.enum(CASE_TRANSITION_CODES, { message: '未知的操作' }),
});

export const CaseListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  orgUnitId: z.uuid().optional(),
  kind: z.enum(CASE_KIND_CODES, { message: '未知的案件类型' }).optional(),
  state: z.enum(CASE_STATE_CODES, { message: '未知的状态' }).optional(),
  outcome: z.enum(DECISION_OUTCOME_CODES, { message: '未知的决定结果' }).optional(),
  publicationState: z.enum(PUBLICATION_STATE_CODES).optional(),
  isMajor: z.enum(['true', 'false']).optional(),
  openedFrom: IsoDate.optional(),
  openedTo: IsoDate.optional(),
  ...Paging,
});
export type CaseListQuery = z.input<typeof CaseListQuery>;

/** Extending the handling period (延长办案期限), approved by whoever holds enforcement.approve_extension. */
export const ExtendHandlingBody = z.object({ ...On, reason: required(1000, '延期理由') });

/** A decision changed, revoked, or confirmed unlawful or void: the publication must come down (3 WD). */
export const ChangeDecisionBody = z.object({ ...On, reason: required(1000, '变更或撤销原因') });
export const PublishDecisionBody = z.object({ ...On });
export const WithdrawPublicationBody = z.object({ ...On, note: optionalText(1000) });

/** One row of the case list. Party identifiers are masked for natural persons. */
export const CaseListItem = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  kind: z.enum(CASE_KIND_CODES),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  cause: z.string(),
  partyType: z.enum(PARTY_TYPE_CODES),
  partyName: z.string(),
  openedOn: z.string(),
  state: z.enum(CASE_STATE_CODES),
  isMajor: z.boolean(),
  decidedOn: z.string().nullable(),
  outcome: z.enum(DECISION_OUTCOME_CODES).nullable(),
  fineAmount: z.number().nullable(),
  publicationState: z.enum(PUBLICATION_STATE_CODES).nullable(),
  handlingDueOn: z.string().nullable(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CaseListResponse = z.object({
  items: z.array(CaseListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ReviewOut = z.object({
  id: z.uuid(),
  submittedOn: z.string(),
  concludedOn: z.string().nullable(),
  conclusion: z.enum(REVIEW_CONCLUSION_CODES).nullable(),
  opinion: z.string().nullable(),
  reviewerName: z.string().nullable(),
  deviationFlagged: z.boolean(),
});
