import { codesOf } from '../dictionary.js';

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

export const outcomeOf = (code: string) => REQUEST_OUTCOMES.find((o) => o.code === code);
export const outcomeShortLabel = (code: string) => outcomeOf(code)?.shortLabel ?? code;
export const outcomeGroupLabel = (group: string) =>
  OUTCOME_GROUPS.find((g) => g.code === group)?.label ?? group;

/**
 * Why a part of the information is withheld in a partial reply (部分公开, 条例 第三十七条): the grounds of
 * 第十四条、第十五条、第十六条. `label` names the ground for staff and in the ledger; `reason` is what the reply
 * letter says of the part; `basis` is the article it cites. Decision 0017 §2.
 */
export const WITHHELD_GROUNDS = [
  {
    code: 'state_secret',
    label: '属于国家秘密',
    reason: '属于国家秘密',
    basis: '《政府信息公开条例》第十四条',
  },
  {
    code: 'law_forbidden',
    label: '法律、行政法规禁止公开',
    reason: '属于法律、行政法规禁止公开的政府信息',
    basis: '《政府信息公开条例》第十四条',
  },
  {
    code: 'safety_stability',
    label: '危及“三安全一稳定”',
    reason: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    basis: '《政府信息公开条例》第十四条',
  },
  {
    code: 'commercial_secret',
    label: '涉及商业秘密（第三方未同意公开）',
    reason: '涉及商业秘密，公开会对第三方合法权益造成损害，且第三方未同意公开',
    basis: '《政府信息公开条例》第十五条',
  },
  {
    code: 'personal_privacy',
    label: '涉及个人隐私（第三方未同意公开）',
    reason: '涉及个人隐私，公开会对第三方合法权益造成损害，且第三方未同意公开',
    basis: '《政府信息公开条例》第十五条',
  },
  {
    code: 'internal_affairs',
    label: '属于内部事务信息（人事管理、后勤管理、内部工作流程）',
    reason: '属于人事管理、后勤管理、内部工作流程等内部事务信息',
    basis: '《政府信息公开条例》第十六条第一款',
  },
  {
    code: 'process_info',
    label: '属于过程性信息（讨论记录、过程稿、磋商信函、请示报告）',
    reason: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    basis: '《政府信息公开条例》第十六条第二款',
  },
  {
    code: 'enforcement_file',
    label: '属于行政执法案卷信息',
    reason: '属于行政执法案卷信息',
    basis: '《政府信息公开条例》第十六条第二款',
  },
] as const;
export type WithheldGround = (typeof WITHHELD_GROUNDS)[number]['code'];
export const WITHHELD_GROUND_CODES = codesOf(WITHHELD_GROUNDS);
export const withheldGroundOf = (code: string) => WITHHELD_GROUNDS.find((g) => g.code === code);

/** One withheld part of a partial reply and the ground it is withheld on. */
export interface WithheldPart {
  part: string;
  ground: WithheldGround;
}

/**
 * Which item of 第三十六条 a "本机关不掌握相关政府信息" reply ((四)1) rests on: the information does not exist
 * (第（四）项) or it is not this organ's to disclose (第（五）项, the competent organ named where it can be).
 */
export const NOT_HELD_KINDS = [
  {
    code: 'not_exist',
    label: '经检索没有所申请公开的信息',
    basis: '《政府信息公开条例》第三十六条第（四）项',
  },
  { code: 'not_competent', label: '不属于本机关负责公开', basis: '《政府信息公开条例》第三十六条第（五）项' },
] as const;
export type NotHeldKind = (typeof NOT_HELD_KINDS)[number]['code'];
export const NOT_HELD_KIND_CODES = codesOf(NOT_HELD_KINDS);
