import { codesOf } from '../dictionary.js';

/**
 * 法律顾问与法律事务 (legal advisers and legal affairs): the dictionaries shared by the server and the admin
 * screens. Codes are the API; labels are zh-CN (the screens carry the English in their messages). Seed 一(二)二:
 * "全区涉诉案件602件，非诉案件45件，出具法律意见书398件，通过诉讼减损经济损失达1.8亿".
 */

/** Who sits on the roster: a retained adviser of the 法律顾问团, or a 公职律师 (a lawyer on the staff). */
export const ADVISER_KINDS = [
  { code: 'retained', label: '法律顾问' },
  { code: 'public_lawyer', label: '公职律师' },
] as const;
export type AdviserKind = (typeof ADVISER_KINDS)[number]['code'];
export const ADVISER_KIND_CODES = codesOf(ADVISER_KINDS);

/** The fields (专业领域) an adviser covers. */
export const ADVISER_FIELDS = [
  { code: 'administrative', label: '行政法' },
  { code: 'civil', label: '民商事' },
  { code: 'land', label: '土地与征收' },
  { code: 'contract', label: '合同' },
  { code: 'labour', label: '劳动人事' },
  { code: 'finance', label: '金融与国资' },
  { code: 'petition', label: '信访与维稳' },
] as const;
export type AdviserField = (typeof ADVISER_FIELDS)[number]['code'];
export const ADVISER_FIELD_CODES = codesOf(ADVISER_FIELDS);

/** The yearly evaluation (年度考评) of an adviser. */
export const EVALUATION_GRADES = [
  { code: 'excellent', label: '优秀' },
  { code: 'competent', label: '称职' },
  { code: 'basic', label: '基本称职' },
  { code: 'incompetent', label: '不称职' },
] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number]['code'];
export const EVALUATION_GRADE_CODES = codesOf(EVALUATION_GRADES);

/**
 * The kinds of legal matter. `legality_review` is a 合法性审查 of another module (major decision, normative
 * document, major enforcement decision) assigned to an adviser: its opinion counts as the adviser's.
 */
export const MATTER_KINDS = [
  { code: 'litigation', label: '诉讼案件' },
  { code: 'non_litigation', label: '非诉案件' },
  { code: 'legal_opinion', label: '法律意见' },
  { code: 'contract_review', label: '合同合法性审查' },
  { code: 'legality_review', label: '合法性审查' },
  { code: 'meeting', label: '列席会议' },
] as const;
export type MatterKind = (typeof MATTER_KINDS)[number]['code'];
export const MATTER_KIND_CODES = codesOf(MATTER_KINDS);

/** The subkind of a matter, by kind (涉诉: 民事/行政/仲裁; 非诉: 谈判/重点项目…; 意见: 决策/合同/函件/信访…). */
export const MATTER_CATEGORIES = [
  { code: 'civil', label: '民事诉讼', kind: 'litigation' },
  { code: 'administrative', label: '行政诉讼', kind: 'litigation' },
  { code: 'arbitration', label: '仲裁', kind: 'litigation' },
  { code: 'negotiation', label: '谈判协商', kind: 'non_litigation' },
  { code: 'key_project', label: '重点项目法律服务', kind: 'non_litigation' },
  { code: 'petition_case', label: '重点信访案件', kind: 'non_litigation' },
  { code: 'historical_issue', label: '历史遗留问题', kind: 'non_litigation' },
  { code: 'on_decision', label: '决策事项', kind: 'legal_opinion' },
  { code: 'on_letter', label: '函件', kind: 'legal_opinion' },
  { code: 'on_petition', label: '信访事项', kind: 'legal_opinion' },
  { code: 'on_investment', label: '招商引资项目', kind: 'legal_opinion' },
  { code: 'procurement', label: '采购合同', kind: 'contract_review' },
  { code: 'investment', label: '招商引资协议', kind: 'contract_review' },
  { code: 'expropriation', label: '征收补偿协议', kind: 'contract_review' },
  { code: 'lease', label: '租赁及其他合同', kind: 'contract_review' },
  { code: 'major_decision', label: '重大行政决策', kind: 'legality_review' },
  { code: 'normative_document', label: '行政规范性文件', kind: 'legality_review' },
  { code: 'major_enforcement', label: '重大执法决定', kind: 'legality_review' },
  { code: 'government_meeting', label: '政府常务会议', kind: 'meeting' },
  { code: 'coordination_meeting', label: '专题协调会', kind: 'meeting' },
] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number]['code'];
export const MATTER_CATEGORY_CODES = codesOf(MATTER_CATEGORIES);

/** Where a matter stands (server/modules/legal-affairs/procedure.ts). */
export const MATTER_STATES = [
  { code: 'requested', label: '待分派' },
  { code: 'assigned', label: '已分派' },
  { code: 'in_progress', label: '办理中' },
  { code: 'concluded', label: '已办结' },
  { code: 'returned', label: '已退回' },
  { code: 'withdrawn', label: '已撤回' },
] as const;
export type MatterState = (typeof MATTER_STATES)[number]['code'];
export const MATTER_STATE_CODES = codesOf(MATTER_STATES);

/** How a matter ended. Litigation by the judgment or settlement; the rest by what the adviser delivered. */
export const MATTER_OUTCOMES = [
  { code: 'won', label: '胜诉', kinds: ['litigation'] },
  { code: 'partly_won', label: '部分胜诉', kinds: ['litigation'] },
  { code: 'lost', label: '败诉', kinds: ['litigation'] },
  { code: 'mediated', label: '调解、和解结案', kinds: ['litigation', 'non_litigation'] },
  { code: 'withdrawn_by_plaintiff', label: '对方撤诉', kinds: ['litigation'] },
  { code: 'resolved', label: '问题解决', kinds: ['non_litigation'] },
  {
    code: 'opinion_given',
    label: '已出具意见',
    kinds: ['legal_opinion', 'legality_review', 'non_litigation'],
  },
  { code: 'approved', label: '审查通过', kinds: ['contract_review'] },
  { code: 'approved_with_changes', label: '修改后通过', kinds: ['contract_review'] },
  { code: 'not_approved', label: '不予通过', kinds: ['contract_review'] },
  { code: 'attended', label: '已列席', kinds: ['meeting'] },
] as const;
export type MatterOutcome = (typeof MATTER_OUTCOMES)[number]['code'];
export const MATTER_OUTCOME_CODES = codesOf(MATTER_OUTCOMES);

/** The government side's place in a lawsuit or arbitration. */
export const PARTY_ROLES = [
  { code: 'plaintiff', label: '原告（申请人）' },
  { code: 'defendant', label: '被告（被申请人）' },
  { code: 'third_party', label: '第三人' },
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number]['code'];
export const PARTY_ROLE_CODES = codesOf(PARTY_ROLES);
