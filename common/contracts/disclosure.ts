import { z } from './zod-setup.js';
import { IsoDate, Paging, text, optionalText, required } from './fields.js';
export { IsoDate };
import { codesOf } from './dictionary.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

/**
 * Disclosure requests (依申请公开): the dictionaries (codes are the API, labels verbatim) and the
 * request/response contracts shared by the server, the admin screens and the portal.
 * Basis: 《中华人民共和国政府信息公开条例》(2019) 第二十七条至第四十二条; 国办公开办函〔2021〕30号 表三.
 */

/** How a request reached the organ; each channel has its own receipt-date rule (条例 第三十一条). */
export const REQUEST_CHANNELS = [
  { code: 'in_person', label: '当面提交' },
  { code: 'letter', label: '信函' },
  { code: 'fax', label: '传真' },
  { code: 'email', label: '电子邮件' },
  { code: 'online', label: '网上申请' },
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]['code'];
export const REQUEST_CHANNEL_CODES = codesOf(REQUEST_CHANNELS);

/** For letters: signed-for mail (receipt = 签收之日) or ordinary mail (receipt = same-day confirmation). */
export const MAIL_KINDS = [
  { code: 'registered', label: '挂号信/EMS（需签收）' },
  { code: 'ordinary', label: '平常信函（无需签收）' },
] as const;
export type MailKind = (typeof MAIL_KINDS)[number]['code'];
export const MAIL_KIND_CODES = codesOf(MAIL_KINDS);

/** Applicant types in table 三 column order (自然人, then the five kinds of 法人或其他组织). */
export const APPLICANT_TYPES = [
  { code: 'natural_person', label: '自然人', isOrganisation: false },
  { code: 'business', label: '商业企业', isOrganisation: true },
  { code: 'research', label: '科研机构', isOrganisation: true },
  { code: 'public_interest', label: '社会公益组织', isOrganisation: true },
  { code: 'legal_service', label: '法律服务机构', isOrganisation: true },
  { code: 'other_org', label: '其他', isOrganisation: true },
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['code'];
export const APPLICANT_TYPE_CODES = codesOf(APPLICANT_TYPES);

/** Identity documents of a natural person (条例 第二十九条: 身份证明). */
export const APPLICANT_ID_TYPES = [
  { code: 'resident_id', label: '居民身份证' },
  { code: 'passport', label: '护照' },
  { code: 'hk_macao_permit', label: '港澳居民来往内地通行证' },
  { code: 'taiwan_permit', label: '台湾居民来往大陆通行证' },
  { code: 'foreign_permanent', label: '外国人永久居留身份证' },
  { code: 'other', label: '其他身份证明' },
] as const;
export type ApplicantIdType = (typeof APPLICANT_ID_TYPES)[number]['code'];
export const APPLICANT_ID_TYPE_CODES = codesOf(APPLICANT_ID_TYPES);

/** How the applicant wants the information (条例 第二十九条第（三）项: 获取信息的方式、途径). */
export const DELIVERY_METHODS = [
  { code: 'paper_mail', label: '纸质文本（邮寄）' },
  { code: 'paper_pickup', label: '纸质文本（当面领取）' },
  { code: 'email', label: '电子邮件' },
  { code: 'disc', label: '光盘等存储介质' },
  { code: 'onsite', label: '当场阅读、抄录' },
  { code: 'online', label: '网上获取' },
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number]['code'];
export const DELIVERY_METHOD_CODES = codesOf(DELIVERY_METHODS);

/** The six result groups of table 三 (三、本年度办理结果 (一)–(六)). */
export const OUTCOME_GROUPS = [
  { code: 'granted', label: '（一）予以公开' },
  { code: 'partially_granted', label: '（二）部分公开' },
  { code: 'denied', label: '（三）不予公开' },
  { code: 'unable', label: '（四）无法提供' },
  { code: 'not_processed', label: '（五）不予处理' },
  { code: 'other', label: '（六）其他处理' },
] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]['code'];

/**
 * One outcome per concluded request, in table 三 row order. `table3Row` is the 1-based position among the
 * template's 25 data rows (1 = 本年新收, 2 = 上年结转, 3–23 = these outcomes, 24 = 总计, 25 = 结转下年度).
 * `label` is the template's row label verbatim; `shortLabel` reads alone (lists, the portal).
 */
export const REQUEST_OUTCOMES = [
  {
    code: 'granted',
    group: 'granted',
    table3Row: 3,
    label: '（一）予以公开',
    shortLabel: '予以公开',
    basis: '《政府信息公开条例》第三十六条第（一）项、第（二）项',
  },
  {
    code: 'partially_granted',
    group: 'partially_granted',
    table3Row: 4,
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    shortLabel: '部分公开',
    basis: '《政府信息公开条例》第三十七条',
  },
  {
    code: 'denied_state_secret',
    group: 'denied',
    table3Row: 5,
    label: '1.属于国家秘密',
    shortLabel: '不予公开（属于国家秘密）',
    basis: '《政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  {
    code: 'denied_law_forbidden',
    group: 'denied',
    table3Row: 6,
    label: '2.其他法律行政法规禁止公开',
    shortLabel: '不予公开（其他法律行政法规禁止公开）',
    basis: '《政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  {
    code: 'denied_safety_stability',
    group: 'denied',
    table3Row: 7,
    label: '3.危及“三安全一稳定”',
    shortLabel: '不予公开（危及“三安全一稳定”）',
    basis: '《政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  {
    code: 'denied_third_party',
    group: 'denied',
    table3Row: 8,
    label: '4.保护第三方合法权益',
    shortLabel: '不予公开（保护第三方合法权益）',
    basis: '《政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项',
  },
  {
    code: 'denied_internal_affairs',
    group: 'denied',
    table3Row: 9,
    label: '5.属于三类内部事务信息',
    shortLabel: '不予公开（属于三类内部事务信息）',
    basis: '《政府信息公开条例》第十六条第一款、第三十六条第（三）项',
  },
  {
    code: 'denied_process_info',
    group: 'denied',
    table3Row: 10,
    label: '6.属于四类过程性信息',
    shortLabel: '不予公开（属于四类过程性信息）',
    basis: '《政府信息公开条例》第十六条第二款、第三十六条第（三）项',
  },
  {
    code: 'denied_enforcement_file',
    group: 'denied',
    table3Row: 11,
    label: '7.属于行政执法案卷',
    shortLabel: '不予公开（属于行政执法案卷）',
    basis: '《政府信息公开条例》第十六条第二款、第三十六条第（三）项',
  },
  {
    code: 'denied_admin_query',
    group: 'denied',
    table3Row: 12,
    label: '8.属于行政查询事项',
    shortLabel: '不予公开（属于行政查询事项）',
    basis: '《政府信息公开条例》第三十六条第（七）项',
  },
  {
    code: 'unable_not_held',
    group: 'unable',
    table3Row: 13,
    label: '1.本机关不掌握相关政府信息',
    shortLabel: '无法提供（本机关不掌握相关政府信息）',
    basis: '《政府信息公开条例》第三十六条第（四）项、第（五）项',
  },
  {
    code: 'unable_needs_creation',
    group: 'unable',
    table3Row: 14,
    label: '2.没有现成信息需要另行制作',
    shortLabel: '无法提供（没有现成信息需要另行制作）',
    basis: '《政府信息公开条例》第三十八条',
  },
  {
    code: 'unable_unclear',
    group: 'unable',
    table3Row: 15,
    label: '3.补正后申请内容仍不明确',
    shortLabel: '无法提供（补正后申请内容仍不明确）',
    basis: '《政府信息公开条例》第三十条',
  },
  {
    code: 'not_processed_petition',
    group: 'not_processed',
    table3Row: 16,
    label: '1.信访举报投诉类申请',
    shortLabel: '不予处理（信访举报投诉类申请）',
    basis: '《政府信息公开条例》第三十九条第一款',
  },
  {
    code: 'not_processed_repeat',
    group: 'not_processed',
    table3Row: 17,
    label: '2.重复申请',
    shortLabel: '不予处理（重复申请）',
    basis: '《政府信息公开条例》第三十六条第（六）项',
  },
  {
    code: 'not_processed_publication',
    group: 'not_processed',
    table3Row: 18,
    label: '3.要求提供公开出版物',
    shortLabel: '不予处理（要求提供公开出版物）',
    basis: '《政府信息公开条例》第三十九条第二款',
  },
  {
    code: 'not_processed_massive',
    group: 'not_processed',
    table3Row: 19,
    label: '4.无正当理由大量反复申请',
    shortLabel: '不予处理（无正当理由大量反复申请）',
    basis: '《政府信息公开条例》第三十五条',
  },
  {
    code: 'not_processed_confirm',
    group: 'not_processed',
    table3Row: 20,
    label: '5.要求行政机关确认或重新出具已获取信息',
    shortLabel: '不予处理（要求行政机关确认或重新出具已获取信息）',
    basis: '《政府信息公开条例》第二条、第三十六条',
  },
  {
    code: 'other_no_correction',
    group: 'other',
    table3Row: 21,
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    shortLabel: '其他处理（逾期不补正，不再处理）',
    basis: '《政府信息公开条例》第三十条',
  },
  {
    code: 'other_fee_unpaid',
    group: 'other',
    table3Row: 22,
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    shortLabel: '其他处理（逾期未缴费，不再处理）',
    basis: '《政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  },
  {
    code: 'other',
    group: 'other',
    table3Row: 23,
    label: '3.其他',
    shortLabel: '其他处理（含申请人撤回申请）',
    basis: '《政府信息公开条例》',
  },
] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number]['code'];
export const REQUEST_OUTCOME_CODES = codesOf(REQUEST_OUTCOMES);

/** The request's procedural state (登记、审核、办理、答复 of 条例 第四十五条 folded into five). */
export const REQUEST_STATUSES = [
  { code: 'registered', label: '已登记（办理中）' },
  { code: 'awaiting_correction', label: '待补正' },
  { code: 'consulting', label: '征求第三方意见' },
  { code: 'awaiting_fee', label: '待缴费' },
  { code: 'concluded', label: '已办结' },
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number]['code'];
export const REQUEST_STATUS_CODES = codesOf(REQUEST_STATUSES);

/** Transitions of the request procedure, with their labels (the action buttons). */
export const REQUEST_TRANSITIONS = [
  { code: 'request_correction', label: '告知补正' },
  { code: 'receive_correction', label: '收到补正' },
  { code: 'lapse_correction', label: '逾期未补正（终止办理）' },
  { code: 'consult_third_party', label: '征求第三方意见' },
  { code: 'receive_consultation', label: '收到第三方意见' },
  { code: 'extend_reply', label: '延长答复期限' },
  { code: 'issue_fee_notice', label: '发出收费通知' },
  { code: 'receive_fee', label: '收到缴费' },
  { code: 'lapse_fee', label: '逾期未缴费（终止办理）' },
  { code: 'reply', label: '答复' },
  { code: 'withdraw', label: '申请人撤回' },
] as const;
export type RequestTransition = (typeof REQUEST_TRANSITIONS)[number]['code'];
export const REQUEST_TRANSITION_CODES = codesOf(REQUEST_TRANSITIONS);

/** Clock keys of the request procedure. */
export const REQUEST_CLOCKS = [
  { key: 'disclosure.reply', label: '答复期限' },
  { key: 'disclosure.correction_notice', label: '补正告知期限' },
  { key: 'disclosure.third_party', label: '第三方答复期限' },
  { key: 'disclosure.fee_payment', label: '缴费期限' },
] as const;

/** Third-party answers to a consultation (条例 第三十二条). */
export const THIRD_PARTY_OPINIONS = [
  { code: 'consent', label: '同意公开' },
  { code: 'objection', label: '不同意公开' },
  { code: 'no_reply', label: '逾期未提出意见' },
] as const;
export type ThirdPartyOpinion = (typeof THIRD_PARTY_OPINIONS)[number]['code'];
const THIRD_PARTY_OPINION_CODES = codesOf(THIRD_PARTY_OPINIONS);

const find = <T extends { code: string; label: string }>(list: readonly T[], code: string) =>
  list.find((x) => x.code === code);
export const channelLabel = (code: string) => find(REQUEST_CHANNELS, code)?.label ?? code;
export const mailKindLabel = (code: string) => find(MAIL_KINDS, code)?.label ?? code;
export const applicantTypeLabel = (code: string) => find(APPLICANT_TYPES, code)?.label ?? code;
export const requestStatusLabel = (code: string) => find(REQUEST_STATUSES, code)?.label ?? code;
export const deliveryMethodLabel = (code: string) => find(DELIVERY_METHODS, code)?.label ?? code;
export const outcomeOf = (code: string) => REQUEST_OUTCOMES.find((o) => o.code === code);
export const outcomeShortLabel = (code: string) => outcomeOf(code)?.shortLabel ?? code;
export const outcomeGroupLabel = (group: string) => find(OUTCOME_GROUPS, group)?.label ?? group;
export const isOrganisationApplicant = (type: string) =>
  APPLICANT_TYPES.find((t) => t.code === type)?.isOrganisation ?? false;

/** Field labels (zh-CN): forms, ledger columns, validation messages. */
export const REQUEST_FIELD_LABELS = {
  trackingCode: '查询码',
  orgUnitId: '受理机关',
  channel: '申请方式',
  mailKind: '信函类型',
  arrivedOn: '收到/提交日期',
  signedOn: '签收日期',
  confirmedOn: '双方确认日期',
  receivedOn: '收到申请日期（法定）',
  applicantType: '申请人类型',
  applicantName: '申请人姓名',
  applicantIdType: '身份证件类型',
  applicantIdNumber: '身份证件号码',
  applicantPhone: '联系电话',
  applicantAddress: '通信地址',
  applicantEmail: '电子邮箱',
  applicantPostcode: '邮政编码',
  orgName: '单位名称',
  orgCreditCode: '统一社会信用代码',
  orgLegalRepresentative: '法定代表人或负责人',
  contactName: '联系人',
  informationDescription: '所需政府信息的名称或内容描述',
  documentNumber: '文号',
  purpose: '用途',
  deliveryMethod: '获取方式',
  status: '办理状态',
  outcome: '办理结果',
  concludedOn: '办结日期',
  replyDueOn: '答复期限',
} as const;

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
    applicantPhone: Phone,
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
    const isOrg = isOrganisationApplicant(v.applicantType);
    if (isOrg) {
      if (!v.orgName) ctx.addIssue({ code: 'custom', path: ['orgName'], message: '请填写单位名称' });
      if (!v.orgCreditCode)
        ctx.addIssue({ code: 'custom', path: ['orgCreditCode'], message: '请填写统一社会信用代码' });
    } else {
      if (!v.applicantIdType)
        ctx.addIssue({ code: 'custom', path: ['applicantIdType'], message: '请选择身份证件类型' });
      if (!v.applicantIdNumber)
        ctx.addIssue({ code: 'custom', path: ['applicantIdNumber'], message: '请填写身份证件号码' });
      else if (v.applicantIdType === 'resident_id' && !/^\d{17}[\dXx]$/.test(v.applicantIdNumber))
        ctx.addIssue({
          code: 'custom',
          path: ['applicantIdNumber'],
          message: '居民身份证号码应为 18 位（最后一位可为 X）',
        });
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

/** The public portal form (网上申请): the same fields of 条例 第二十九条, the department chosen, no dates. */
export const PortalRequestBody = z
  .object({ orgUnitId: z.uuid({ message: '请选择向哪个机关申请' }) })
  .and(ApplicantInput)
  .and(RequestContentInput);
export type PortalRequestBody = z.input<typeof PortalRequestBody>;
export type PortalRequestInput = z.output<typeof PortalRequestBody>;

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
  receive_consultation: z.object({
    on: IsoDate.optional(),
    opinion: z.enum(THIRD_PARTY_OPINION_CODES, { message: '请选择第三方意见' }),
    note: optionalText(1000),
  }),
  extend_reply: z.object({
    on: IsoDate.optional(),
    reason: required(1000, '延期理由'),
    notifiedOn: IsoDate,
  }),
  issue_fee_notice: z.object({
    on: IsoDate.optional(),
    amount: z.coerce.number().positive({ message: '收费金额应大于 0' }).max(1_000_000),
    note: optionalText(1000),
  }),
  receive_fee: z.object({ on: IsoDate.optional() }),
  lapse_fee: z.object({ on: IsoDate.optional(), note: optionalText(1000) }),
  reply: z.object({
    on: IsoDate.optional(),
    outcome: z.enum(REQUEST_OUTCOME_CODES, { message: '请选择办理结果（表三的答复类型）' }),
    replyText: optionalText(20000),
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

export const RequestListQuery = z.object({
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
  ...Paging,
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
  replyClock: ClockBadge.nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestPage = z.object({
  items: z.array(RequestSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
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
  /** Full for the handling staff (needed to call back); masked elsewhere. */
  applicantPhone: z.string(),
  applicantAddress: z.string().nullable(),
  applicantPostcode: z.string().nullable(),
  applicantEmail: z.string().nullable(),
  orgName: z.string().nullable(),
  orgCreditCode: z.string().nullable(),
  orgLegalRepresentative: z.string().nullable(),
  documentNumber: z.string().nullable(),
  purpose: z.string().nullable(),
  deliveryMethod: z.enum(DELIVERY_METHOD_CODES),
  handlerUserId: z.string().nullable(),
  correction: z.object({
    requestedOn: IsoDate.nullable(),
    deadlineOn: IsoDate.nullable(),
    receivedOn: IsoDate.nullable(),
    note: z.string().nullable(),
  }),
  fee: z.object({
    amount: z.string().nullable(),
    noticeOn: IsoDate.nullable(),
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
    answeredOn: IsoDate.nullable(),
    opinion: z.enum(THIRD_PARTY_OPINION_CODES).nullable(),
  }),
  replyText: z.string().nullable(),
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

export const RequestImportResult = z.object({ imported: z.number(), concluded: z.number() });
export type RequestImportResult = z.infer<typeof RequestImportResult>;
