import { codesOf } from '../dictionary.js';

/**
 * 行政执法 (administrative enforcement): the dictionaries shared by the server, the admin screens and the
 * portal. Codes are the API; labels are verbatim. Basis: 《行政处罚法》(2021), 国办发〔2018〕118号.
 */

/** The kinds of enforcement decision recorded as cases. 行政处罚 runs the full procedure (处罚法 第五章). */
export const CASE_KINDS = [
  { code: 'penalty', label: '行政处罚', powerCategory: 'penalty' },
  { code: 'coercion', label: '行政强制', powerCategory: 'coercion' },
  { code: 'licensing', label: '行政许可', powerCategory: 'licensing' },
] as const;
export type CaseKind = (typeof CASE_KINDS)[number]['code'];
export const CASE_KIND_CODES = codesOf(CASE_KINDS);

/** Where a case stands in its procedure (see server/modules/enforcement/procedure.ts). */
export const CASE_STATES = [
  { code: 'investigating', label: '调查取证' },
  { code: 'notified', label: '已告知' },
  { code: 'hearing', label: '听证' },
  { code: 'under_review', label: '法制审核中' },
  { code: 'ready', label: '待决定' },
  { code: 'decided', label: '已决定' },
  { code: 'served', label: '已送达' },
  { code: 'executed', label: '已执行' },
  { code: 'closed', label: '已结案' },
] as const;
export type CaseState = (typeof CASE_STATES)[number]['code'];
export const CASE_STATE_CODES = codesOf(CASE_STATES);

/** The party (当事人): a natural person's name is masked on the portal, an organisation's is not. */
export const PARTY_TYPES = [
  { code: 'natural_person', label: '自然人' },
  { code: 'individual_business', label: '个体工商户' },
  { code: 'legal_person', label: '法人' },
  { code: 'other_org', label: '其他组织' },
] as const;
export type PartyType = (typeof PARTY_TYPES)[number]['code'];
export const PARTY_TYPE_CODES = codesOf(PARTY_TYPES);

/** How a case ends at 决定. Penalty types per 处罚法 第九条; the rest are 第五十七条's other outcomes. */
export const DECISION_OUTCOMES = [
  { code: 'warning', label: '警告、通报批评', kinds: ['penalty'] },
  { code: 'fine', label: '罚款', kinds: ['penalty'] },
  { code: 'confiscation', label: '没收违法所得、没收非法财物', kinds: ['penalty'] },
  { code: 'licence_sanction', label: '暂扣许可证件、降低资质等级、吊销许可证件', kinds: ['penalty'] },
  {
    code: 'business_restriction',
    label: '限制开展生产经营活动、责令停产停业、责令关闭、限制从业',
    kinds: ['penalty'],
  },
  { code: 'detention', label: '行政拘留', kinds: ['penalty'] },
  { code: 'no_penalty', label: '不予行政处罚', kinds: ['penalty'] },
  { code: 'not_established', label: '违法事实不能成立，不予处罚', kinds: ['penalty'] },
  { code: 'transferred', label: '移送司法机关', kinds: ['penalty', 'coercion'] },
  { code: 'coercive_measure', label: '采取行政强制措施', kinds: ['coercion'] },
  { code: 'coercive_execution', label: '行政强制执行', kinds: ['coercion'] },
  { code: 'licence_granted', label: '准予许可', kinds: ['licensing'] },
  { code: 'licence_refused', label: '不予许可', kinds: ['licensing'] },
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]['code'];

/** The outcomes decided by a 行政处罚决定书 (处罚法 第九条's penalty types); 不予处罚 and 移送 have other documents. */
export const PENALTY_DECISION_OUTCOMES: readonly string[] = [
  'warning',
  'fine',
  'confiscation',
  'licence_sanction',
  'business_restriction',
  'detention',
];
export const DECISION_OUTCOME_CODES = codesOf(DECISION_OUTCOMES);

/** Circumstances of a violation in a discretion benchmark (裁量基准), from the lightest. */
export const CIRCUMSTANCES = [
  { code: 'minor', label: '轻微' },
  { code: 'general', label: '一般' },
  { code: 'serious', label: '严重' },
] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number]['code'];
export const CIRCUMSTANCE_CODES = codesOf(CIRCUMSTANCES);

/** One band of a discretion benchmark: the circumstance and the fine range (yuan, inclusive). */
export interface BenchmarkRange {
  circumstance: Circumstance;
  fineMin: number;
  fineMax: number;
  description: string;
}

/** Why a case is major (重大执法决定), which makes 法制审核 mandatory (处罚法 第五十八条). */
export const MAJOR_REASONS = [
  { code: 'public_interest', label: '涉及重大公共利益' },
  { code: 'major_rights_after_hearing', label: '直接关系当事人或者第三人重大权益，经过听证程序' },
  { code: 'complex', label: '案件情况疑难复杂、涉及多种法律关系' },
  // Basis: 国办发〔2018〕118号 (重大执法决定法制审核制度) — a ground beside those of 处罚法 第五十八条.
  { code: 'social_impact', label: '可能造成重大社会影响或引发社会风险' },
  { code: 'catalogue', label: '列入重大执法决定法制审核目录' },
  { code: 'amount_threshold', label: '罚没金额达到重大标准' },
  { code: 'other_law', label: '法律、法规规定的其他情形' },
] as const;
export type MajorReason = (typeof MAJOR_REASONS)[number]['code'];
export const MAJOR_REASON_CODES = codesOf(MAJOR_REASONS);

/**
 * Time not counted in the handling period (办案期限): hearing, 公告, 检测检验检疫鉴定, 中止. The hearing pause
 * follows the hearing steps; the officer records the others. Basis: server/modules/enforcement/rules/periods.ts.
 */
export const HANDLING_PAUSE_GROUNDS = [
  { code: 'hearing', label: '听证', recordedByOfficer: false },
  { code: 'publication', label: '公告', recordedByOfficer: true },
  { code: 'testing', label: '检测、检验、检疫、鉴定', recordedByOfficer: true },
  { code: 'suspension', label: '案件中止', recordedByOfficer: true },
] as const;
export type HandlingPauseGround = (typeof HANDLING_PAUSE_GROUNDS)[number]['code'];
export const HANDLING_PAUSE_GROUND_CODES = codesOf(HANDLING_PAUSE_GROUNDS);
export const OFFICER_PAUSE_GROUND_CODES = ['publication', 'testing', 'suspension'] as const;

/** The legal reviewer's conclusion (法制审核意见). Only `lawful` lets a major case reach 决定. */
export const REVIEW_CONCLUSIONS = [
  { code: 'lawful', label: '同意（合法）' },
  { code: 'amend', label: '建议补充调查或修改后重新送审' },
  { code: 'unlawful', label: '不同意（不合法）' },
] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number]['code'];
export const REVIEW_CONCLUSION_CODES = codesOf(REVIEW_CONCLUSIONS);

/** The coordinator's conclusion on a filed major penalty (重大处罚备案审查). */
export const FILING_CONCLUSIONS = [
  { code: 'approved', label: '准予备案' },
  { code: 'corrected', label: '责令纠正' },
  { code: 'revoked', label: '建议撤销' },
] as const;
export type FilingConclusion = (typeof FILING_CONCLUSIONS)[number]['code'];
export const FILING_CONCLUSION_CODES = codesOf(FILING_CONCLUSIONS);

/** The legal standing of an enforcement body (执法主体资格). */
export const BODY_AUTHORITY_KINDS = [
  { code: 'statutory', label: '法定行政机关' },
  { code: 'authorised', label: '法律法规授权组织' },
  { code: 'entrusted', label: '受委托组织' },
] as const;
export type BodyAuthorityKind = (typeof BODY_AUTHORITY_KINDS)[number]['code'];
export const BODY_AUTHORITY_KIND_CODES = codesOf(BODY_AUTHORITY_KINDS);

/** A decision's publication on the portal (执法决定公示), as the portal and the metrics see it. */
export const PUBLICATION_STATES = [
  { code: 'pending', label: '待公示' },
  { code: 'published', label: '已公示' },
  { code: 'withdrawn', label: '已撤回' },
  { code: 'not_required', label: '无需公示' },
] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number]['code'];
export const PUBLICATION_STATE_CODES = codesOf(PUBLICATION_STATES);

/** Inspection frequency in an annual plan. */
export const INSPECTION_FREQUENCIES = [
  { code: 'yearly', label: '每年', timesPerYear: 1 },
  { code: 'half_yearly', label: '每半年', timesPerYear: 2 },
  { code: 'quarterly', label: '每季度', timesPerYear: 4 },
  { code: 'monthly', label: '每月', timesPerYear: 12 },
] as const;
export type InspectionFrequency = (typeof INSPECTION_FREQUENCIES)[number]['code'];
export const INSPECTION_FREQUENCY_CODES = codesOf(INSPECTION_FREQUENCIES);

/** What an inspection found. */
export const INSPECTION_RESULTS = [
  { code: 'compliant', label: '未发现问题' },
  { code: 'rectification', label: '责令整改' },
  { code: 'case_opened', label: '立案查处' },
] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number]['code'];
export const INSPECTION_RESULT_CODES = codesOf(INSPECTION_RESULTS);

/**
 * The kinds of 行政处罚 (处罚法 第九条) as a notice and a decision name them, finer than the outcome: the
 * hearing right depends on the kind (第六十三条第一款(三)(四)). `outcome` is the DECISION_OUTCOMES code that
 * covers the kind.
 */
export const PENALTY_KINDS = [
  { code: 'warning', label: '警告、通报批评', outcome: 'warning' },
  { code: 'fine', label: '罚款', outcome: 'fine' },
  { code: 'confiscation', label: '没收违法所得、没收非法财物', outcome: 'confiscation' },
  { code: 'licence_suspension', label: '暂扣许可证件', outcome: 'licence_sanction' },
  { code: 'qualification_downgrade', label: '降低资质等级', outcome: 'licence_sanction' },
  { code: 'licence_revocation', label: '吊销许可证件', outcome: 'licence_sanction' },
  { code: 'business_limitation', label: '限制开展生产经营活动', outcome: 'business_restriction' },
  { code: 'production_suspension', label: '责令停产停业', outcome: 'business_restriction' },
  { code: 'closure', label: '责令关闭', outcome: 'business_restriction' },
  { code: 'practice_restriction', label: '限制从业', outcome: 'business_restriction' },
  { code: 'detention', label: '行政拘留', outcome: 'detention' },
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number]['code'];
export const PENALTY_KIND_CODES = codesOf(PENALTY_KINDS);

/** How a document (告知书, 决定书) reached the party (处罚法 第六十一条: 依照民事诉讼法的有关规定送达). */
export const SERVICE_METHODS = [
  { code: 'direct', label: '直接送达' },
  { code: 'left', label: '留置送达' },
  { code: 'mail', label: '邮寄送达' },
  { code: 'electronic', label: '电子送达' },
  { code: 'public_notice', label: '公告送达' },
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number]['code'];
export const SERVICE_METHOD_CODES = codesOf(SERVICE_METHODS);
