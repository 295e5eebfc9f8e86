import type { IsoDate } from '../../../../common/calendar/index.js';

/**
 * What a 行政处罚决定书 must say, by the texts in force on the decision date (decision 0019 §4): the penalty
 * law's articles on its contents and on payment, and the routes and periods of 行政复议 and 行政诉讼.
 */
export interface DecisionDocumentLaw {
  inForceFrom: IsoDate;
  penalty: {
    law: string;
    /** 决定书应当载明的事项. */
    contents: string;
    /** 十五日内缴纳罚款. */
    payment: string;
    /** 每日按罚款数额的百分之三加处罚款. */
    surcharge: string;
  };
  reconsideration: {
    law: string;
    articles: string;
    /** 申请期限 (calendar days from knowing of the act). */
    days: number;
    /** The 复议机关 of a district department's act, given the district's name. */
    bodyOfDepartment: (districtName: string) => string;
  };
  /** 行政诉讼法 第四十六条: six months from knowing of the act. */
  lawsuit: { law: string; articles: string; months: number };
}

const PENALTY_2021 = {
  law: '《中华人民共和国行政处罚法》（2021年修订）',
  // Basis: 行政处罚法 (2021) 第五十九条 (contents), 第六十七条第三款 (15 days), 第七十二条第一款第（一）项 (3% a day).
  contents: '第五十九条',
  payment: '第六十七条',
  surcharge: '第七十二条',
};
const PENALTY_2017 = {
  law: '《中华人民共和国行政处罚法》（2017年修正）',
  // Basis: 行政处罚法 (2017) 第三十九条 (contents), 第四十六条第三款 (15 days), 第五十一条第（一）项 (3% a day).
  contents: '第三十九条',
  payment: '第四十六条',
  surcharge: '第五十一条',
};
const RECONSIDERATION_2023 = {
  law: '《中华人民共和国行政复议法》（2023年修订）',
  // Basis: 行政复议法 (2023) 第二十条第一款 (60 days), 第二十四条第一款第（一）项 (县级以上地方人民政府 reviews
  // its departments' acts; the choice of the higher department is gone).
  articles: '第二十条、第二十四条',
  days: 60,
  bodyOfDepartment: (district: string) => `${district}人民政府`,
};
const RECONSIDERATION_2017 = {
  law: '《中华人民共和国行政复议法》（2017年修正）',
  // Basis: 行政复议法 (2017) 第九条第一款 (60 days), 第十二条第一款 (本级人民政府 or 上一级主管部门, the applicant's choice).
  articles: '第九条、第十二条',
  days: 60,
  bodyOfDepartment: (district: string) => `${district}人民政府或者上一级主管部门`,
};
// Basis: 行政诉讼法 (2017) 第四十六条第一款 — 六个月 from knowing of the act.
const LAWSUIT = { law: '《中华人民共和国行政诉讼法》', articles: '第四十六条', months: 6 };

/** Newest first; each row holds from its date until the next row's. */
export const DECISION_DOCUMENT_LAW: readonly DecisionDocumentLaw[] = [
  {
    inForceFrom: '2024-01-01',
    penalty: PENALTY_2021,
    reconsideration: RECONSIDERATION_2023,
    lawsuit: LAWSUIT,
  },
  {
    inForceFrom: '2021-07-15',
    penalty: PENALTY_2021,
    reconsideration: RECONSIDERATION_2017,
    lawsuit: LAWSUIT,
  },
  {
    inForceFrom: '1996-10-01',
    penalty: PENALTY_2017,
    reconsideration: RECONSIDERATION_2017,
    lawsuit: LAWSUIT,
  },
];

/** The texts a decision made on `on` is written under. */
export function decisionDocumentLawOn(on: IsoDate): DecisionDocumentLaw {
  const found = DECISION_DOCUMENT_LAW.find((row) => on >= row.inForceFrom);
  if (!found) throw new Error(`No 行政处罚法 text in force on ${on}`);
  return found;
}

export interface DecidingOrgan {
  organName: string;
  districtName: string;
  /** The district government decided itself: its 复议机关 is the next level up (复议法 2017 第十三条, 2023 第二十四条). */
  organIsDistrict: boolean;
}

const CN_NUMBER: Record<number, string> = { 6: '六', 60: '六十' };

/** The remedies paragraph of the decision (告知复议、诉讼的途径和期限). */
export function remediesSentence(law: DecisionDocumentLaw, organ: DecidingOrgan): string {
  const r = law.reconsideration;
  const body = organ.organIsDistrict ? '上一级人民政府' : r.bodyOfDepartment(organ.districtName);
  return (
    `如不服本处罚决定，可以在收到本决定书之日起${CN_NUMBER[r.days]}日内向${body}申请行政复议` +
    `（${r.law}${r.articles}），或者在${CN_NUMBER[law.lawsuit.months]}个月内依法向人民法院提起行政诉讼` +
    `（${law.lawsuit.law}${law.lawsuit.articles}）。`
  );
}

/** The manner and time of performance of a fine (罚缴分离: paid at the designated bank or electronically). */
export function paymentSentence(law: DecisionDocumentLaw, amountText: string): string {
  return (
    `当事人应当自收到本决定书之日起十五日内，将罚没款${amountText}缴至指定银行或者通过电子支付系统缴纳` +
    `（${law.penalty.law}${law.penalty.payment}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，` +
    `加处罚款的数额不超出罚款的数额（${law.penalty.surcharge}）。`
  );
}
