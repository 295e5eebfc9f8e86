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
