import { z } from '../zod-setup.js';
import { IsoDate, text, optionalText, required } from '../fields.js';
import { creditCodeProblem, residentIdProblem } from '../../identity/check-digits.js';
import {
  APPLICANT_ID_TYPE_CODES,
  APPLICANT_TYPE_CODES,
  DELIVERY_METHOD_CODES,
  FEE_METHOD_CODES,
  MAIL_KIND_CODES,
  REQUEST_CHANNEL_CODES,
  REQUEST_STATUS_CODES,
  type RequestTransition,
  THIRD_PARTY_OPINION_CODES,
  isOrganisationApplicant,
} from './dictionaries.js';
import { ImportResult, ListQuery, Page } from '../kit.js';
import { ActionOut, ClockOut, StepOut } from '../procedure.js';
import { NOT_HELD_KIND_CODES, REQUEST_OUTCOME_CODES, WITHHELD_GROUND_CODES } from './outcomes.js';

export { IsoDate };

/**
 * Disclosure requests (依申请公开): the request/response contracts shared by the server, the admin screens
 * and the portal. Basis: 《中华人民共和国政府信息公开条例》(2019) 第二十九条至第四十二条.
 */

/** Mainland mobile or landline, with optional area code / extension. */
const Phone = z
  .string()
  .trim()
  .regex(/^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, {
    message: '联系电话格式不正确（手机号 11 位，或区号-座机号）',
  });
const CreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, {
    message: '统一社会信用代码应为 18 位（数字或大写字母）',
  });

/** Who applies (条例 第二十九条第（一）项). Organisation fields are required for 法人或其他组织. */
export const ApplicantInput = z
  .object({
    applicantType: z.enum(APPLICANT_TYPE_CODES, { message: '请选择申请人类型' }),
    applicantName: required(100, '申请人姓名或联系人姓名'),
    applicantIdType: z.enum(APPLICANT_ID_TYPE_CODES, { message: '请选择身份证件类型' }).nullish(),
    applicantIdNumber: text(40).nullish(),
    applicantPhone: Phone.nullish().or(z.literal('').transform(() => null)),
    applicantAddress: optionalText(300),
    applicantPostcode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { message: '邮政编码应为 6 位数字' })
      .nullish()
      .or(z.literal('').transform(() => null)),
    applicantEmail: z
      .email({ message: '电子邮箱格式不正确' })
      .max(200)
      .nullish()
      .or(z.literal('').transform(() => null)),
    orgName: optionalText(200),
    orgCreditCode: CreditCode.nullish().or(z.literal('').transform(() => null)),
    orgLegalRepresentative: optionalText(100),
  })
  .superRefine((v, ctx) => {
    // Basis: 条例 第二十九条第（一）项 asks for 联系方式, not a phone: an address or e-mail is a contact too.
    if (!v.applicantPhone && !v.applicantAddress && !v.applicantEmail)
      ctx.addIssue({
        code: 'custom',
        path: ['applicantPhone'],
        message: '请至少填写一种联系方式（电话、通信地址或电子邮箱）',
      });
    const isOrg = isOrganisationApplicant(v.applicantType);
    if (isOrg) {
      if (!v.orgName) ctx.addIssue({ code: 'custom', path: ['orgName'], message: '请填写单位名称' });
      if (!v.orgCreditCode)
        ctx.addIssue({ code: 'custom', path: ['orgCreditCode'], message: '请填写统一社会信用代码' });
      else {
        const problem = creditCodeProblem(v.orgCreditCode);
        if (problem) ctx.addIssue({ code: 'custom', path: ['orgCreditCode'], message: problem });
      }
    } else {
      if (!v.applicantIdType)
        ctx.addIssue({ code: 'custom', path: ['applicantIdType'], message: '请选择身份证件类型' });
      if (!v.applicantIdNumber)
        ctx.addIssue({ code: 'custom', path: ['applicantIdNumber'], message: '请填写身份证件号码' });
      else if (v.applicantIdType === 'resident_id') {
        const problem = residentIdProblem(v.applicantIdNumber);
        if (problem) ctx.addIssue({ code: 'custom', path: ['applicantIdNumber'], message: problem });
      }
    }
  });

/** What is asked for and how (条例 第二十九条第（二）（三）项). */
export const RequestContentInput = z.object({
  informationDescription: required(2000, '所需政府信息的名称、文号或者便于查询的其他特征性描述'),
  documentNumber: optionalText(100),
  purpose: optionalText(500),
  deliveryMethod: z.enum(DELIVERY_METHOD_CODES, { message: '请选择获取信息的方式' }),
});

/**
 * Staff intake (any channel). The receipt date is never typed: it is derived from the channel's facts
 * (条例 第三十一条) — `arrivedOn` (submitted / arrived), `signedOn` (registered mail), `confirmedOn`
 * (ordinary mail, online, fax, email).
 */
export const RegisterRequestBody = z
  .object({
    orgUnitId: z.uuid({ message: '请选择受理机关' }),
    channel: z.enum(REQUEST_CHANNEL_CODES, { message: '请选择申请方式' }),
    mailKind: z.enum(MAIL_KIND_CODES, { message: '请选择信函类型' }).nullish(),
    arrivedOn: IsoDate,
    signedOn: IsoDate.nullish(),
    confirmedOn: IsoDate.nullish(),
  })
  .and(ApplicantInput)
  .and(RequestContentInput);
export type RegisterRequestBody = z.input<typeof RegisterRequestBody>;
export type RegisterRequestInput = z.output<typeof RegisterRequestBody>;

/** Said when 电子邮件 is the chosen delivery and no address is given (portal form and server alike). */
export const EMAIL_FOR_EMAIL_DELIVERY = '选择以电子邮件获取信息时，请填写电子邮箱';

/** The public portal form (网上申请): the same fields of 条例 第二十九条, the department chosen, no dates. */
export const PortalRequestBody = z
  .object({ orgUnitId: z.uuid({ message: '请选择向哪个机关申请' }) })
  .and(ApplicantInput)
  .and(RequestContentInput)
  .superRefine((v, ctx) => {
    // A reply by e-mail needs the address it goes to (条例 第二十九条第（三）项: 获取信息的方式).
    if (v.deliveryMethod === 'email' && !v.applicantEmail)
      ctx.addIssue({ code: 'custom', path: ['applicantEmail'], message: EMAIL_FOR_EMAIL_DELIVERY });
  });
export type PortalRequestBody = z.input<typeof PortalRequestBody>;
export type PortalRequestInput = z.output<typeof PortalRequestBody>;

/** One withheld part of a partial reply and its ground (条例 第三十七条 with 第十四、十五、十六条). */
export const WithheldPartInput = z.object({
  part: required(500, '不予公开的部分'),
  ground: z.enum(WITHHELD_GROUND_CODES, { message: '请选择不予公开的理由' }),
});

/** The answers a third party gives; its silence is recorded by its own step. */
const ANSWERED_OPINION_CODES = [
  'consent',
  'objection',
] as const satisfies readonly (typeof THIRD_PARTY_OPINION_CODES)[number][];

/** The forms of the transitions; `on` is the date the step happened (its legal effect), default today. */
export const TRANSITION_INPUTS = {
  request_correction: z.object({
    on: IsoDate.optional(),
    deadlineOn: IsoDate,
    note: required(2000, '需要补正的事项'),
  }),
  receive_correction: z.object({ on: IsoDate.optional(), note: optionalText(2000) }),
  lapse_correction: z.object({ on: IsoDate.optional(), note: optionalText(1000) }),
  consult_third_party: z.object({
    on: IsoDate.optional(),
    thirdPartyName: required(200, '第三方名称'),
    note: optionalText(1000),
  }),
  /** `on` = the day the third party received the consultation (its 15 WD run from it, 第三十二条). */
  record_third_party_receipt: z.object({ on: IsoDate.optional(), note: optionalText(1000) }),
  receive_consultation: z.object({
    on: IsoDate.optional(),
    // "No reply" is its own step (third_party_silent), allowed only after the 15 WD.
    opinion: z.enum(ANSWERED_OPINION_CODES, { message: '请选择第三方意见（同意或不同意公开）' }),
    note: optionalText(1000),
  }),
  third_party_silent: z.object({ on: IsoDate.optional(), note: optionalText(1000) }),
  consult_organ: z.object({
    on: IsoDate.optional(),
    organName: required(200, '被征求意见的机关'),
    note: optionalText(1000),
  }),
  receive_organ_opinion: z.object({
    on: IsoDate.optional(),
    opinion: required(1000, '其他机关的意见'),
  }),
  extend_reply: z.object({
    on: IsoDate.optional(),
    reason: required(1000, '延期理由'),
    notifiedOn: IsoDate,
  }),
  /** The amount is computed (109号 第四条、第五条), never typed: by the applicant's count in the month or the pages. */
  issue_fee_notice: z
    .object({
      on: IsoDate.optional(),
      method: z.enum(FEE_METHOD_CODES, { message: '请选择计收方式（按件或按量）' }),
      pages: z.coerce
        .number()
        .int({ message: '页数应为整数' })
        .min(1, { message: '页数应大于 0' })
        .max(1_000_000)
        .optional(),
      /** Why this notice departs from the district's fee method (disclosure settings), when it does. */
      methodReason: optionalText(1000),
      note: optionalText(1000),
    })
    .superRefine((v, ctx) => {
      if (v.method === 'per_page' && v.pages === undefined)
        ctx.addIssue({ code: 'custom', path: ['pages'], message: '按量计收须填写页数' });
      if (v.method === 'per_application' && v.pages !== undefined)
        ctx.addIssue({ code: 'custom', path: ['pages'], message: '按件计收不填页数（只能选一种计收方式）' });
    }),
  /** `on` = the day the applicant received the fee notice: the payment window runs from it. */
  record_fee_notice_receipt: z.object({ on: IsoDate.optional() }),
  receive_fee: z.object({ on: IsoDate.optional() }),
  lapse_fee: z.object({ on: IsoDate.optional(), note: optionalText(1000) }),
  reply: z.object({
    on: IsoDate.optional(),
    outcome: z.enum(REQUEST_OUTCOME_CODES, { message: '请选择办理结果（表三的答复类型）' }),
    replyText: optionalText(20000),
    // 部分公开 (条例 第三十七条) and 本机关不掌握 (第三十六条第（四）（五）项): which the rules require, see
    // server/modules/disclosure/rules/reply-grounds.ts.
    withheldParts: z.array(WithheldPartInput).max(50, { message: '不予公开的部分最多 50 项' }).nullish(),
    notHeldKind: z.enum(NOT_HELD_KIND_CODES, { message: '请选择“本机关不掌握”的情形' }).nullish(),
    competentOrgan: optionalText(200),
    competentOrganContact: optionalText(300),
    competentOrganUnknownReason: optionalText(1000),
  }),
  withdraw: z.object({ on: IsoDate.optional(), reason: optionalText(1000) }),
} as const satisfies Record<RequestTransition, z.ZodType>;
export type TransitionBodies = { [K in RequestTransition]: z.input<(typeof TRANSITION_INPUTS)[K]> };

export const RequestIdParams = z.object({ id: z.uuid({ message: '申请编号格式不正确' }) });

/** 12 characters of Crockford base32 (no I, L, O, U), shown grouped as XXXX-XXXX-XXXX; case-insensitive. */
export const TrackingCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[-\s]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{12}$/, { message: '查询码应为 12 位字母或数字' }));
export const TrackingParams = z.object({ trackingCode: TrackingCode });

export const RequestListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(REQUEST_STATUS_CODES, { message: '未知的状态' }).optional(),
  channel: z.enum(REQUEST_CHANNEL_CODES, { message: '未知的申请方式' }).optional(),
  applicantType: z.enum(APPLICANT_TYPE_CODES, { message: '未知的申请人类型' }).optional(),
  outcome: z.enum(REQUEST_OUTCOME_CODES, { message: '未知的办理结果' }).optional(),
  orgUnitId: z.uuid({ message: '受理机关编号格式不正确' }).optional(),
  receivedFrom: IsoDate.optional(),
  receivedTo: IsoDate.optional(),
  concludedFrom: IsoDate.optional(),
  concludedTo: IsoDate.optional(),
});
export type RequestListQuery = z.output<typeof RequestListQuery>;

export const RequestExportQuery = RequestListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
});

const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });
const Urgency = z.enum(['ok', 'due_soon', 'due_today', 'overdue', 'paused', 'stopped']);

/** The reply clock as a list badge: green / amber / red (urgency) with the due date. */
export const ClockBadge = z.object({
  key: z.string(),
  dueOn: IsoDate.nullable(),
  status: z.string(),
  urgency: z.string(),
  extended: z.boolean(),
});
export type ClockBadge = z.infer<typeof ClockBadge>;
export { Urgency as RequestUrgency };

export const RequestSummary = z.object({
  id: z.string(),
  /** Row version, sent back in If-Match by an edit or a step (decision 0022). */
  version: z.number().int(),
  trackingCode: z.string(),
  orgUnit: OrgRef,
  channel: z.enum(REQUEST_CHANNEL_CODES),
  mailKind: z.enum(MAIL_KIND_CODES).nullable(),
  receivedOn: IsoDate,
  applicantType: z.enum(APPLICANT_TYPE_CODES),
  /** Masked for natural persons outside the detail view (张*). */
  applicantName: z.string(),
  informationDescription: z.string(),
  status: z.enum(REQUEST_STATUS_CODES),
  outcome: z.enum(REQUEST_OUTCOME_CODES).nullable(),
  concludedOn: IsoDate.nullable(),
  /** 答复书文号 (GB/T 9704-2012), issued at conclusion. */
  replyDocumentNumber: z.string().nullable(),
  replyClock: ClockBadge.nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestPage = Page(RequestSummary);
export type RequestPage = z.infer<typeof RequestPage>;

/** The shared procedure presentation (common/contracts/procedure.ts), under this module's names. */
export const RequestAction = ActionOut;
export type RequestAction = ActionOut;
export const RequestHistoryEntry = StepOut;
/** A clock as the detail view explains it: due date and the sentence saying why. */
export const RequestClockOut = ClockOut;
export type RequestClockOut = ClockOut;

export const RequestDetail = RequestSummary.extend({
  arrivedOn: IsoDate,
  signedOn: IsoDate.nullable(),
  confirmedOn: IsoDate.nullable(),
  /** Always masked (2101**********1234). */
  applicantIdType: z.enum(APPLICANT_ID_TYPE_CODES).nullable(),
  applicantIdNumber: z.string().nullable(),
  /** Full for the handling staff (needed to call back); masked elsewhere. Null when contact is by address. */
  applicantPhone: z.string().nullable(),
  applicantAddress: z.string().nullable(),
  applicantPostcode: z.string().nullable(),
  applicantEmail: z.string().nullable(),
  orgName: z.string().nullable(),
  orgCreditCode: z.string().nullable(),
  orgLegalRepresentative: z.string().nullable(),
  documentNumber: z.string().nullable(),
  purpose: z.string().nullable(),
  /** Null on historical rows that did not record it (未注明). */
  deliveryMethod: z.enum(DELIVERY_METHOD_CODES).nullable(),
  handlerUserId: z.string().nullable(),
  correction: z.object({
    requestedOn: IsoDate.nullable(),
    deadlineOn: IsoDate.nullable(),
    receivedOn: IsoDate.nullable(),
    note: z.string().nullable(),
  }),
  fee: z.object({
    method: z.enum(FEE_METHOD_CODES).nullable(),
    methodReason: z.string().nullable(),
    pages: z.number().nullable(),
    amount: z.string().nullable(),
    noticeOn: IsoDate.nullable(),
    noticeReceivedOn: IsoDate.nullable(),
    paidOn: IsoDate.nullable(),
  }),
  extension: z.object({
    approvedBy: z.string().nullable(),
    approvedOn: IsoDate.nullable(),
    reason: z.string().nullable(),
    notifiedOn: IsoDate.nullable(),
  }),
  thirdParty: z.object({
    name: z.string().nullable(),
    consultedOn: IsoDate.nullable(),
    receivedOn: IsoDate.nullable(),
    answeredOn: IsoDate.nullable(),
    opinion: z.enum(THIRD_PARTY_OPINION_CODES).nullable(),
  }),
  otherOrgan: z.object({
    name: z.string().nullable(),
    consultedOn: IsoDate.nullable(),
    answeredOn: IsoDate.nullable(),
    opinion: z.string().nullable(),
  }),
  replyText: z.string().nullable(),
  withheldParts: z.array(z.object({ part: z.string(), ground: z.enum(WITHHELD_GROUND_CODES) })),
  notHeld: z.object({
    kind: z.enum(NOT_HELD_KIND_CODES).nullable(),
    competentOrgan: z.string().nullable(),
    competentOrganContact: z.string().nullable(),
    competentOrganUnknownReason: z.string().nullable(),
  }),
  replyDocumentHash: z.string().nullable(),
  clocks: z.array(RequestClockOut),
  history: z.array(RequestHistoryEntry),
  actions: z.array(RequestAction),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

/** What the portal answers to a tracking code: nothing personal, nothing of anyone else's request. */
export const PublicRequestStatus = z.object({
  trackingCode: z.string(),
  department: z.string(),
  channel: z.enum(REQUEST_CHANNEL_CODES),
  status: z.enum(REQUEST_STATUS_CODES),
  statusLabel: z.string(),
  receivedOn: IsoDate,
  dueOn: IsoDate.nullable(),
  dueExplanation: z.string().nullable(),
  concludedOn: IsoDate.nullable(),
  outcome: z.enum(REQUEST_OUTCOME_CODES).nullable(),
  outcomeLabel: z.string().nullable(),
});
export type PublicRequestStatus = z.infer<typeof PublicRequestStatus>;

/** What the portal answers to a submission: the tracking code to keep, and the legal receipt date. */
export const PortalSubmissionResult = z.object({
  trackingCode: z.string(),
  receivedOn: IsoDate,
  dueOn: IsoDate.nullable(),
  department: z.string(),
});
export type PortalSubmissionResult = z.infer<typeof PortalSubmissionResult>;

export const PortalDepartments = z.object({ departments: z.array(OrgRef) });
export type PortalDepartments = z.infer<typeof PortalDepartments>;

export const RequestImportResult = ImportResult.extend({ concluded: z.number() });
export type RequestImportResult = z.infer<typeof RequestImportResult>;
