import type { Duration, IsoDate } from '../../../../common/calendar/index.js';

/**
 * The two texts of the 行政复议法 as data (law by date, legal-rules §6 and §0.2; decision 0042). The 2023
 * revision (in force 2024-01-01) made "三日、五日、七日、十日" working days (第八十八条), added the simplified
 * procedure (第五十三条至第五十五条) and concentrated jurisdiction in the government (第二十四条). The 2017
 * text counted only "五日、七日" as working days (第四十条), so its 10-day answer period is calendar days.
 */
export type LawTextKey = '2017' | '2023';

type Period = Duration & { article: string };

export interface ReconsiderationLawText {
  key: LawTextKey;
  /** Quoted in explanations and clock bases. */
  law: string;
  inForceFrom: IsoDate;
  /** 申请期限: from when the applicant knew of the act. */
  application: Period;
  /** 受理审查: reject within it, or the application counts as accepted. */
  acceptanceReview: Period;
  /** The one 补正 notice must go out within it. */
  correctionNotice: Period;
  /** The applicant's time to correct, from the notice (2017: not set by the law; decision 0042 §3). */
  applicantCorrection: Period;
  copy: { ordinary: Period; simplified: Period | null };
  answer: { ordinary: Period; simplified: Period | null };
  decision: { ordinary: Period; extension: Period; simplified: Period | null };
  /** A hearing is notified in writing at least this long before (2017: no statutory hearing notice). */
  hearingNotice: Period | null;
  /** The organ that received a 意见书 reports its correction within it. */
  adviceReport: Period;
  /**
   * When the acceptance review passes without a decision: 2023 — accepted from the day the review period
   * ends (第三十条第三款); 2017 — accepted from receipt (第十七条第二款).
   */
  deemedAcceptedFrom: 'review_end' | 'receipt';
  /** May a department's act go to its higher department at the applicant's choice (2017 第十二条)? */
  applicantChoosesOrgan: boolean;
}

export const RECONSIDERATION_LAW_TEXTS: readonly ReconsiderationLawText[] = [
  {
    key: '2023',
    law: '《行政复议法》（2023年修订）',
    inForceFrom: '2024-01-01',
    // Basis: 行政复议法 (2023) 第二十条 — 自知道或者应当知道该行政行为之日起六十日内提出.
    application: { amount: 60, unit: 'calendar_days', article: '第二十条' },
    // Basis: 行政复议法 (2023) 第三十条、第八十八条 — 收到申请之日起五日内审查 (工作日).
    acceptanceReview: { amount: 5, unit: 'working_days', article: '第三十条' },
    // Basis: 行政复议法 (2023) 第三十一条 — 收到申请之日起五日内书面通知补正 (一次性).
    correctionNotice: { amount: 5, unit: 'working_days', article: '第三十一条' },
    // Basis: 行政复议法 (2023) 第三十一条 — 自收到补正通知之日起十日内提交补正材料.
    applicantCorrection: { amount: 10, unit: 'working_days', article: '第三十一条' },
    copy: {
      // Basis: 行政复议法 (2023) 第四十八条 — 受理之日起七日内发送被申请人.
      ordinary: { amount: 7, unit: 'working_days', article: '第四十八条' },
      // Basis: 行政复议法 (2023) 第五十四条 — 简易程序三日内发送.
      simplified: { amount: 3, unit: 'working_days', article: '第五十四条' },
    },
    answer: {
      // Basis: 行政复议法 (2023) 第四十八条 — 收到副本之日起十日内提出书面答复并提交证据.
      ordinary: { amount: 10, unit: 'working_days', article: '第四十八条' },
      // Basis: 行政复议法 (2023) 第五十四条 — 简易程序五日内答复.
      simplified: { amount: 5, unit: 'working_days', article: '第五十四条' },
    },
    decision: {
      // Basis: 行政复议法 (2023) 第六十二条第一款 — 受理之日起六十日内作出决定，延长不超过三十日.
      ordinary: { amount: 60, unit: 'calendar_days', article: '第六十二条第一款' },
      extension: { amount: 30, unit: 'calendar_days', article: '第六十二条第一款' },
      // Basis: 行政复议法 (2023) 第六十二条第二款 — 简易程序三十日内作出决定.
      simplified: { amount: 30, unit: 'calendar_days', article: '第六十二条第二款' },
    },
    // Basis: 行政复议法 (2023) 第五十一条 — 听证五日前书面通知当事人.
    hearingNotice: { amount: 5, unit: 'working_days', article: '第五十一条' },
    // Basis: 行政复议法 (2023) 第七十六条 — 收到意见书之日起六十日内报送纠正情况.
    adviceReport: { amount: 60, unit: 'calendar_days', article: '第七十六条' },
    deemedAcceptedFrom: 'review_end',
    applicantChoosesOrgan: false,
  },
  {
    key: '2017',
    law: '《行政复议法》（2017年修正）',
    inForceFrom: '1999-10-01',
    // Basis: 行政复议法 (2017) 第九条 — 自知道该具体行政行为之日起六十日内提出.
    application: { amount: 60, unit: 'calendar_days', article: '第九条' },
    // Basis: 行政复议法 (2017) 第十七条、第四十条 — 收到申请后五日内审查 ("五日" 指工作日).
    acceptanceReview: { amount: 5, unit: 'working_days', article: '第十七条' },
    // Basis: 行政复议法实施条例 第二十九条 — 收到申请之日起五日内书面通知补正.
    correctionNotice: {
      amount: 5,
      unit: 'working_days',
      article: '第十七条；《行政复议法实施条例》第二十九条',
    },
    // Not set by the 2017 text: the install's reading (decision 0042 §3), the same 10 WD as in 2023.
    applicantCorrection: { amount: 10, unit: 'working_days', article: '《行政复议法实施条例》第二十九条' },
    copy: {
      // Basis: 行政复议法 (2017) 第二十三条、第四十条 — 受理之日起七日内发送被申请人 ("七日" 指工作日).
      ordinary: { amount: 7, unit: 'working_days', article: '第二十三条' },
      simplified: null,
    },
    answer: {
      // Basis: 行政复议法 (2017) 第二十三条 — 收到副本之日起十日内提出书面答复 (十日: calendar days, 第四十条 lists only 五日、七日).
      ordinary: { amount: 10, unit: 'calendar_days', article: '第二十三条' },
      simplified: null,
    },
    decision: {
      // Basis: 行政复议法 (2017) 第三十一条 — 受理之日起六十日内作出决定，延长最多不超过三十日.
      ordinary: { amount: 60, unit: 'calendar_days', article: '第三十一条' },
      extension: { amount: 30, unit: 'calendar_days', article: '第三十一条' },
      simplified: null,
    },
    hearingNotice: null,
    // Basis: 行政复议法实施条例 第五十七条 — 自收到意见书之日起60日内报送纠正情况.
    adviceReport: { amount: 60, unit: 'calendar_days', article: '《行政复议法实施条例》第五十七条' },
    deemedAcceptedFrom: 'receipt',
    applicantChoosesOrgan: true,
  },
];

/**
 * Which date chooses the text (decision 0042 §1): `received` — the day the application was received (the
 * procedure is the law of the day it runs; the 2023 law has no transitional article) — or `act`, the day of the
 * act, as issue #14 first phrased it. An install that reads it otherwise changes this one value.
 */
export const LAW_TEXT_CHOSEN_BY: 'received' | 'act' = 'received';

/** The text in force on `on`. */
export function lawTextOn(on: IsoDate): ReconsiderationLawText {
  const found = RECONSIDERATION_LAW_TEXTS.find((t) => on >= t.inForceFrom);
  if (!found) throw new Error(`No 行政复议法 text in force on ${on}`);
  return found;
}

export function lawText(key: LawTextKey): ReconsiderationLawText {
  return RECONSIDERATION_LAW_TEXTS.find((t) => t.key === key)!;
}

/** The text a case runs under: by its receipt day, or by its act's day when that is the chosen reading and known. */
export function lawTextForCase(
  c: { receivedOn: IsoDate; actOn: IsoDate | null },
  by: 'received' | 'act' = LAW_TEXT_CHOSEN_BY,
): ReconsiderationLawText {
  return lawTextOn(by === 'act' && c.actOn ? c.actOn : c.receivedOn);
}
