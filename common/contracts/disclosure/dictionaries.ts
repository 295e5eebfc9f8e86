import { codesOf } from '../dictionary.js';

/**
 * Disclosure requests (依申请公开): the dictionaries (codes are the API, labels verbatim) shared by the
 * server, the admin screens and the portal. The outcomes of table 三 are in outcomes.ts.
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

/** The request's procedural state (登记、审核、办理、答复 of 条例 第四十五条 folded into five). */
export const REQUEST_STATUSES = [
  { code: 'registered', label: '已登记（办理中）' },
  { code: 'awaiting_correction', label: '待补正' },
  { code: 'consulting', label: '征求第三方意见' },
  { code: 'consulting_organ', label: '征求其他机关意见' },
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
  { code: 'record_third_party_receipt', label: '第三方收到征求意见书' },
  { code: 'receive_consultation', label: '收到第三方意见' },
  { code: 'third_party_silent', label: '第三方逾期未提出意见' },
  { code: 'consult_organ', label: '征求其他机关意见' },
  { code: 'receive_organ_opinion', label: '收到其他机关意见' },
  { code: 'extend_reply', label: '延长答复期限' },
  { code: 'issue_fee_notice', label: '发出收费通知' },
  { code: 'record_fee_notice_receipt', label: '申请人收到收费通知' },
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
  { key: 'disclosure.reply_2008', label: '答复期限（2008年条例）' },
  { key: 'disclosure.organ_consultation', label: '其他机关答复期限' },
  { key: 'disclosure.correction_notice', label: '补正告知期限' },
  { key: 'disclosure.third_party', label: '第三方答复期限' },
  { key: 'disclosure.fee_payment', label: '缴费期限' },
] as const;

/** 信息处理费 methods (国办函〔2020〕109号 第三条): the organ chooses one per request, never both. */
export const FEE_METHODS = [
  { code: 'per_application', label: '按件计收' },
  { code: 'per_page', label: '按量计收' },
] as const;
export type FeeMethod = (typeof FEE_METHODS)[number]['code'];
export const FEE_METHOD_CODES = codesOf(FEE_METHODS);

/** Third-party answers to a consultation (条例 第三十二条). */
export const THIRD_PARTY_OPINIONS = [
  { code: 'consent', label: '同意公开' },
  { code: 'objection', label: '不同意公开' },
  { code: 'no_reply', label: '逾期未提出意见' },
] as const;
export type ThirdPartyOpinion = (typeof THIRD_PARTY_OPINIONS)[number]['code'];
export const THIRD_PARTY_OPINION_CODES = codesOf(THIRD_PARTY_OPINIONS);

const find = <T extends { code: string; label: string }>(list: readonly T[], code: string) =>
  list.find((x) => x.code === code);
export const channelLabel = (code: string) => find(REQUEST_CHANNELS, code)?.label ?? code;
export const mailKindLabel = (code: string) => find(MAIL_KINDS, code)?.label ?? code;
export const applicantTypeLabel = (code: string) => find(APPLICANT_TYPES, code)?.label ?? code;
export const requestStatusLabel = (code: string) => find(REQUEST_STATUSES, code)?.label ?? code;
/** 获取方式; blank on historical rows that did not record it (shown as 未注明). */
export const deliveryMethodLabel = (code: string | null) =>
  code === null ? '未注明' : (find(DELIVERY_METHODS, code)?.label ?? code);
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
