import type { OutcomeCode } from '../../../../common/contracts/reconsideration.js';

/** Table 四's result columns (legal-rules §2.4 practice): 维持 / 纠正 / 其他. Pending cases have no outcome. */
export type Table4Result = 'upheld' | 'corrected' | 'other';

export interface OutcomeRule {
  /** Article of the 2023 text (the 2017 text's equivalents in decision 0042 §4). */
  article: string;
  /** Reached at the acceptance stage, by a decision after acceptance, or by the case ending otherwise. */
  stage: 'before_acceptance' | 'decision' | 'termination';
  /** The act is corrected (纠错): counts in the 纠错率 and opens a corrective task (B7). */
  corrects: boolean;
  table4: Table4Result;
  /** How the corrections module names the correction (its CorrectiveOutcome), for a correcting outcome. */
  correctsAs?: 'revoke' | 'change' | 'confirm_illegal' | 'confirm_invalid' | 'order_performance';
}

/** Every ending of a case as data (legal-rules §6.3). */
export const OUTCOME_RULES: Record<OutcomeCode, OutcomeRule> = {
  // Basis: 行政复议法 (2023) 第六十三条 — 变更.
  BIANGENG: {
    article: '第六十三条',
    stage: 'decision',
    corrects: true,
    table4: 'corrected',
    correctsAs: 'change',
  },
  // Basis: 第六十四条 — 撤销或者部分撤销，并可以责令重新作出行政行为.
  CHEXIAO: {
    article: '第六十四条',
    stage: 'decision',
    corrects: true,
    table4: 'corrected',
    correctsAs: 'revoke',
  },
  // Basis: 第六十五条 — 确认违法.
  QUERENWEIFA: {
    article: '第六十五条',
    stage: 'decision',
    corrects: true,
    table4: 'corrected',
    correctsAs: 'confirm_illegal',
  },
  // Basis: 第六十六条 — 责令在一定期限内履行.
  LVXING: {
    article: '第六十六条',
    stage: 'decision',
    corrects: true,
    table4: 'corrected',
    correctsAs: 'order_performance',
  },
  // Basis: 第六十七条 — 确认无效.
  QUERENWUXIAO: {
    article: '第六十七条',
    stage: 'decision',
    corrects: true,
    table4: 'corrected',
    correctsAs: 'confirm_invalid',
  },
  // Basis: 第六十八条 — 维持.
  WEICHI: { article: '第六十八条', stage: 'decision', corrects: false, table4: 'upheld' },
  // Basis: 第六十九条 — 驳回行政复议请求.
  BOHUIQINGQIU: { article: '第六十九条', stage: 'decision', corrects: false, table4: 'other' },
  // Basis: 第七十一条 — 行政协议.
  XIEYI: { article: '第七十一条', stage: 'decision', corrects: false, table4: 'other' },
  // Basis: 第七十二条 — 行政赔偿.
  PEICHANG: { article: '第七十二条', stage: 'decision', corrects: false, table4: 'other' },
  // Basis: 第七十三条 — 行政复议调解书.
  TIAOJIE: { article: '第七十三条', stage: 'decision', corrects: false, table4: 'other' },
  // Basis: 第三十三条 — 受理后发现不符合受理条件的，驳回申请.
  BOHUISHENQING: { article: '第三十三条', stage: 'decision', corrects: false, table4: 'other' },
  // Basis: 第七十四条、第四十一条 — 和解后撤回，终止.
  HEJIE_ZHONGZHI: { article: '第七十四条', stage: 'termination', corrects: false, table4: 'other' },
  // Basis: 第四十一条 — 终止.
  ZHONGZHI: { article: '第四十一条', stage: 'termination', corrects: false, table4: 'other' },
  // Basis: 第三十条 — 不予受理.
  BUYUSHOULI: { article: '第三十条', stage: 'before_acceptance', corrects: false, table4: 'other' },
  // Basis: 第三十一条 — 无正当理由逾期不补正的，视为放弃行政复议申请.
  DEEMED_WITHDRAWN: { article: '第三十一条', stage: 'before_acceptance', corrects: false, table4: 'other' },
  WITHDRAWN: { article: '第七十四条', stage: 'before_acceptance', corrects: false, table4: 'other' },
};

/** The outcomes that correct the act (纠错): 变更, 撤销, 确认违法, 责令履行, 确认无效. */
export const CORRECTING_OUTCOMES = (Object.keys(OUTCOME_RULES) as OutcomeCode[]).filter(
  (c) => OUTCOME_RULES[c].corrects,
);

/**
 * After no answer or evidence, the act is treated as having none (第七十条): it cannot be upheld nor the
 * request dismissed on the merits — the decision corrects it, unless the case ends on procedure.
 */
export const OUTCOMES_AFTER_NO_ANSWER: readonly OutcomeCode[] = [
  ...CORRECTING_OUTCOMES,
  'XIEYI',
  'PEICHANG',
  'TIAOJIE',
  'BOHUISHENQING',
];
