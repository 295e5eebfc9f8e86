import type { Duration, IsoDate } from '../../../common/calendar/index.js';

/**
 * The periods of 行政诉讼 that bind the defending organ, as data, by the text in force on the day
 * (docs/decisions/0043 §3). The 2014 amendment (in force 2015-05-01) lengthened the answer from 10 to 15 days;
 * the 2017 amendment changed no period. Periods are calendar days (第一百零一条 → 民事诉讼法: start day not
 * counted, a last day on a holiday rolls to the next working day).
 */
export interface LitigationPeriods {
  law: string;
  inForceFrom: IsoDate;
  clockKey: string;
  /** 答辩: the organ files its answer, evidence and normative basis after the complaint copy is served. */
  answer: Duration & { article: string };
  /** 上诉: from service of a judgment / a ruling. */
  appealJudgment: Duration & { article: string };
  appealRuling: Duration & { article: string };
}

export const LITIGATION_LAW_VERSIONS: readonly LitigationPeriods[] = [
  {
    law: '《行政诉讼法》（2017年修正）',
    inForceFrom: '2015-05-01',
    clockKey: 'litigation.answer',
    // Basis: 行政诉讼法 (2017) 第六十七条第一款 — 被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的证据和所依据的规范性文件，并提出答辩状.
    answer: { amount: 15, unit: 'calendar_days', article: '第六十七条' },
    // Basis: 行政诉讼法 (2017) 第八十五条 — 不服判决的，有权在判决书送达之日起十五日内…上诉；不服裁定的…十日内.
    appealJudgment: { amount: 15, unit: 'calendar_days', article: '第八十五条' },
    appealRuling: { amount: 10, unit: 'calendar_days', article: '第八十五条' },
  },
  {
    law: '《行政诉讼法》（1989年）',
    inForceFrom: '1990-10-01',
    clockKey: 'litigation.answer_1989',
    // Basis: 行政诉讼法 (1989) 第四十三条 — 被告应当在收到起诉状副本之日起十日内向人民法院提交作出具体行政行为的有关材料，并提出答辩状 [K].
    answer: { amount: 10, unit: 'calendar_days', article: '第四十三条' },
    // Basis: 行政诉讼法 (1989) 第五十八条 — 判决十五日、裁定十日 [K].
    appealJudgment: { amount: 15, unit: 'calendar_days', article: '第五十八条' },
    appealRuling: { amount: 10, unit: 'calendar_days', article: '第五十八条' },
  },
];

/** The text in force on `on` (the day the complaint copy was served, the day a judgment was served). */
export function litigationPeriodsOn(on: IsoDate): LitigationPeriods {
  const found = LITIGATION_LAW_VERSIONS.find((v) => on >= v.inForceFrom);
  if (!found) throw new Error(`No 行政诉讼法 text in force on ${on}`);
  return found;
}

/**
 * The defendants (行政诉讼法 第二十六条): a direct suit — the organ that acted; after 复议 — 维持: the organ and the
 * 复议机关 together; 改变: the 复议机关; no decision in time: the organ (for the original act).
 */
export function defendantsOf(
  organ: string,
  reconsideration: { after: boolean; result: 'upheld' | 'changed' | 'silent' | null; body: string },
): string[] {
  if (!reconsideration.after) return [organ];
  if (reconsideration.result === 'upheld') return [organ, reconsideration.body];
  if (reconsideration.result === 'changed') return [reconsideration.body];
  return [organ];
}

/** The 复议机关 named as co-defendant when a department's act was upheld: the district government (复议法 第二十四条). */
export const DISTRICT_RECONSIDERATION_BODY = '区人民政府';

/** 负责人出庭 is mandatory when the court asks in writing (法释〔2018〕1号 第一百二十九条): a hearing without it is flagged. */
export function headAbsenceAgainstRequest(h: { courtRequested: boolean; headAppeared: boolean }): boolean {
  return h.courtRequested && !h.headAppeared;
}
