import {
  addMonths,
  addWorkingDays,
  type Duration,
  type IsoDate,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../common/contracts/enforcement/dictionaries.js';

/**
 * The periods of enforcement procedure as data, by the law in force on the day a step is taken.
 * The 2021 revision of 行政处罚法 (in force 2021-07-15) made "二日、三日、五日、七日" working days (第八十五条)
 * and lengthened the hearing request from 3 to 5 days; the 2020 demo cases run under the 2017 text.
 */
export interface PenaltyPeriods {
  /** The text in force, quoted in explanations. */
  law: string;
  inForceFrom: IsoDate;
  /** 听证申请: after the rights notice (告知). */
  hearingRequest: Duration & { article: string };
  /** 听证通知: at least this long before the hearing. */
  hearingNotice: Duration & { article: string };
  /** 送达: the decision reaches an absent party within this period. */
  service: Duration & { article: string };
}

export const PENALTY_LAW_VERSIONS: readonly PenaltyPeriods[] = [
  {
    law: '《行政处罚法》（2021年修订）',
    inForceFrom: '2021-07-15',
    // Basis: 行政处罚法 (2021) 第六十四条第（一）项, 第八十五条.
    hearingRequest: { amount: 5, unit: 'working_days', article: '第六十四条' },
    // Basis: 行政处罚法 (2021) 第六十四条第（二）项, 第八十五条.
    hearingNotice: { amount: 7, unit: 'working_days', article: '第六十四条' },
    // Basis: 行政处罚法 (2021) 第六十一条, 第八十五条.
    service: { amount: 7, unit: 'working_days', article: '第六十一条' },
  },
  {
    law: '《行政处罚法》（2017年修正）',
    inForceFrom: '1996-10-01',
    // Basis: 行政处罚法 (2017) 第四十二条第一款 — 当事人要求听证的，应当在行政机关告知后三日内提出.
    hearingRequest: { amount: 3, unit: 'calendar_days', article: '第四十二条' },
    // Basis: 行政处罚法 (2017) 第四十二条第一款第（二）项 — 听证七日前通知.
    hearingNotice: { amount: 7, unit: 'calendar_days', article: '第四十二条' },
    // Basis: 行政处罚法 (2017) 第四十条 — 七日内依照民事诉讼法的有关规定送达.
    service: { amount: 7, unit: 'calendar_days', article: '第四十条' },
  },
];

/** The penalty-procedure periods in force on `on`. */
export function penaltyPeriodsOn(on: IsoDate): PenaltyPeriods {
  const found = PENALTY_LAW_VERSIONS.find((v) => on >= v.inForceFrom);
  if (!found) throw new Error(`No 行政处罚法 text in force on ${on}`);
  return found;
}

/** The extension of a handling period: fixed ones, then (penalty) further ones whose length a body sets. */
export interface HandlingExtension extends Duration {
  times: number;
  /** After the fixed ones: any number more, each of the period this body decided (zh-CN, for explanations). */
  further?: { setBy: string };
}

/**
 * How long a case may take from 立案 / 受理 to the decision, by kind, and the extension the law allows.
 * Penalty: 处罚法 第六十条 (90 days; extensions per the sector's rules — SAMR's +30 days by the head, then a
 * further period set by the collective decision, decision 0015 §5); licensing: 行政许可法 第四十二条 (20 WD +
 * 10 WD); coercion (查封、扣押): 行政强制法 第二十五条 (30 days + 30 days).
 */
export const HANDLING_PERIODS: Record<
  CaseKind,
  { length: Duration; extension: HandlingExtension; basis: string }
> = {
  penalty: {
    // Basis: 行政处罚法 (2021) 第六十条 — 九十日内作出行政处罚决定; extensions per 市场监督管理行政处罚程序规定
    // 第六十四条第一款 — 经本部门负责人批准，可以延长三十日；仍不能作出处理决定的，经本部门负责人集体讨论决定是否继续延期，
    // 决定继续延期的，应当同时确定延长的合理期限 (no fixed cap; the period is set by each collective decision).
    length: { amount: 90, unit: 'calendar_days' },
    extension: { amount: 30, unit: 'calendar_days', times: 1, further: { setBy: '负责人集体讨论决定' } },
    basis: '《行政处罚法》第六十条',
  },
  licensing: {
    length: { amount: 20, unit: 'working_days' },
    extension: { amount: 10, unit: 'working_days', times: 1 },
    basis: '《行政许可法》第四十二条',
  },
  coercion: {
    length: { amount: 30, unit: 'calendar_days' },
    extension: { amount: 30, unit: 'calendar_days', times: 1 },
    basis: '《行政强制法》第二十五条',
  },
};

/**
 * Time not counted in the handling period, by kind of case: hearing, 公告, 检测检验检疫鉴定, 中止. The clock is
 * paused while any ground is open and resumes when the last one ends (decision 0015 §2).
 */
export const HANDLING_PAUSE_BASIS: Record<CaseKind, string> = {
  // Basis: 市场监督管理行政处罚程序规定 第六十四条第二款 — 案件处理过程中听证、公告、检测、检验、检疫、鉴定等时间不计入前款所指的案件办理期限; 中止 per 第四十七条.
  penalty: '《市场监督管理行政处罚程序规定》第六十四条',
  // Basis: 行政许可法 第四十五条 — 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内.
  licensing: '《行政许可法》第四十五条',
  // Basis: 行政强制法 第二十五条第三款 — 检测、检验、检疫或者技术鉴定的期间不包括在查封、扣押的期间内.
  coercion: '《行政强制法》第二十五条第三款',
};

/** Working days after the decision within which it is published (国办发〔2018〕118号): 7 for 许可/处罚, 20 else. */
export const PUBLICATION_WORKING_DAYS: Record<CaseKind, number> = {
  penalty: 7,
  licensing: 7,
  coercion: 20,
};

/** Working days to withdraw a published decision after it is changed or revoked (处罚法 第四十八条, 第八十五条). */
export const WITHDRAWAL_WORKING_DAYS = 3;

/**
 * The withdrawal period for a decision changed on `changedOn`: 3 WD from 2021-07-15; before, none — the 2017
 * text had no publication article, and 国办发〔2018〕118号 asks only for a prompt (及时) withdrawal.
 */
export function withdrawalWorkingDaysOn(changedOn: IsoDate): number | null {
  // Basis: 行政处罚法 (2021) 第四十八条第二款, in force 2021-07-15; decision 0015 §4.
  return changedOn >= '2021-07-15' ? WITHDRAWAL_WORKING_DAYS : null;
}

/** Days (calendar) to pay a fine after receiving the decision (处罚法 第六十七条). */
export const PAYMENT_CALENDAR_DAYS = 15;

// Basis: 市场监督管理行政处罚程序规定 第十八条 — 自发现线索或者收到材料之日起十五个工作日内予以核查，决定是否立案；
// 特殊情况下，经负责人批准，可以延长十五个工作日. A practice default for every body (decision 0015 §3).
export const OPENING_WORKING_DAYS = 15;
export const OPENING_EXTENSION_WORKING_DAYS = 15;
// Basis: 行政处罚法 (2021) 第三十六条 — 二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，
// 上述期限延长至五年 (from the day of the act, or from its end when it continued).
export const LIMITATION_YEARS = { ordinary: 2, lifeHealthOrFinance: 5 } as const;

/** What 立案 records about the timing of a case. */
export interface OpeningFacts {
  openedOn: IsoDate;
  /** 发现线索或者收到材料之日. */
  discoveredOn: IsoDate | null;
  openingExtended: boolean;
  /** The day of the violation, or of its end when it continued. */
  violationOn: IsoDate | null;
  concernsLifeHealthOrFinance: boolean;
}

export interface OpeningTimeliness {
  openingDueOn: IsoDate | null;
  openedInTime: boolean | null;
  limitationEndsOn: IsoDate | null;
  limitationRun: boolean | null;
  /** zh-CN warnings shown on 立案 and on the case; they never block (facts of continuation may exist). */
  warnings: string[];
}

/**
 * Was the case opened within 15 WD (+15 WD once) of discovery, and had the limitation period run when the
 * act was discovered? Warnings only: the officer may know facts the record does not hold.
 */
export function openingTimeliness(cal: WorkCalendar, f: OpeningFacts): OpeningTimeliness {
  const warnings: string[] = [];
  const days = OPENING_WORKING_DAYS + (f.openingExtended ? OPENING_EXTENSION_WORKING_DAYS : 0);
  const openingDueOn = f.discoveredOn ? addWorkingDays(cal, f.discoveredOn, days) : null;
  const openedInTime = openingDueOn ? f.openedOn <= openingDueOn : null;
  if (openedInTime === false)
    warnings.push(
      `立案日期晚于发现线索或收到材料之日起${days}个工作日（${openingDueOn}）（《市场监督管理行政处罚程序规定》第十八条）`,
    );
  const years = f.concernsLifeHealthOrFinance
    ? LIMITATION_YEARS.lifeHealthOrFinance
    : LIMITATION_YEARS.ordinary;
  const limitationEndsOn = f.violationOn ? addMonths(cal, f.violationOn, years * 12) : null;
  const discovered = f.discoveredOn ?? f.openedOn;
  const limitationRun = limitationEndsOn ? discovered > limitationEndsOn : null;
  if (limitationRun)
    warnings.push(
      `违法行为发生（或终了）之日起${years}年内未被发现（${limitationEndsOn}届满），依法不再给予行政处罚；如违法行为有连续或者继续状态，请核实终了日期（《行政处罚法》第三十六条）`,
    );
  return { openingDueOn, openedInTime, limitationEndsOn, limitationRun, warnings };
}
