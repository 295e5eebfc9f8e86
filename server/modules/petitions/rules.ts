import type { Duration, IsoDate } from '../../../common/calendar/index.js';
import type { PetitionChannel } from '../../../common/contracts/petitions.js';

/**
 * 信访 law as data (legal-rules §7, §0.9), by the text in force on the day the petition was received:
 * the 信访工作条例 (in force 2022-05-01) or, before it, the 2005 信访条例 (decision 0046 §1). Plain 日 are
 * calendar days; the objection to a wrong assignment is 5 working days (2022 only).
 * Sources of the article numbers (decision 0046 addendum §A6): the 2022 ones are legal-rules §7 ([T], H); the
 * 2005 ones were read in the full text of 国务院令第431号 (LawRefBook/Laws, 行政法规/信访条例(2005-01-10).md) —
 * legal-rules §7 only confirms the 2005 "15日内告知是否受理" and §16 lists nothing on 信访.
 */
export type PetitionLaw = '2022' | '2005';

interface Period extends Duration {
  article: string;
}

export interface PetitionPeriods {
  law: PetitionLaw;
  /** The text's name, quoted in explanations. */
  title: string;
  inForceFrom: IsoDate;
  /** 信访部门: register, then forward or assign (转送/交办). */
  routing: Period;
  /** The handling organ tells the petitioner whether (2005) / how (2022) it is received. */
  notice: Period;
  /** The assigned organ objects to a matter outside its competence; null where the text has no such rule. */
  objection: Period | null;
  /** From acceptance to the 处理意见书, and its one extension with the head's approval. */
  handling: Period;
  handlingExtension: Period;
  /** 复查: requested within … of the written reply; decided within … of the request. */
  reviewRequest: Period;
  reviewDecision: Period;
  /** 复核: requested within … of the 复查 reply; decided within … of the request. */
  reexamRequest: Period;
  reexamDecision: Period;
}

const cd = (amount: number, article: string): Period => ({ amount, unit: 'calendar_days', article });

export const PETITION_LAW_VERSIONS: readonly PetitionPeriods[] = [
  {
    law: '2022',
    title: '《信访工作条例》',
    inForceFrom: '2022-05-01',
    // Basis: 信访工作条例 第二十二条 — 信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理.
    routing: cd(15, '第二十二条'),
    // Basis: 信访工作条例 第二十三条第二款、第三款 — 15日内书面告知信访人接收情况以及处理途径和程序.
    notice: cd(15, '第二十三条'),
    // Basis: 信访工作条例 第二十三条第三款 — 不属于本机关职权范围的，应当自收到之日起5个工作日内提出异议.
    objection: { amount: 5, unit: 'working_days', article: '第二十三条第三款' },
    // Basis: 信访工作条例 第三十四条 — 自受理之日起60日内办结；情况复杂的，经批准可以适当延长，延长期限不得超过30日.
    handling: cd(60, '第三十四条'),
    handlingExtension: cd(30, '第三十四条'),
    // Basis: 信访工作条例 第三十五条 — 自收到书面答复之日起30日内请求复查；收到复查请求之日起30日内提出复查意见.
    reviewRequest: cd(30, '第三十五条'),
    reviewDecision: cd(30, '第三十五条'),
    // Basis: 信访工作条例 第三十六条 — 自收到书面答复之日起30日内请求复核；收到复核请求之日起30日内提出复核意见.
    reexamRequest: cd(30, '第三十六条'),
    reexamDecision: cd(30, '第三十六条'),
  },
  {
    law: '2005',
    title: '《信访条例》（2005年）',
    inForceFrom: '2005-05-01',
    // Basis: 信访条例 (2005) 第二十一条第一款 — 县级以上人民政府信访工作机构收到信访事项，应当予以登记，并区分情况，
    // 在15日内分别按下列方式处理 (full text read).
    routing: cd(15, '第二十一条'),
    // Basis: 信访条例 (2005) 第二十一条 (last paragraph: 有关行政机关应当自收到转送、交办的信访事项之日起15日内决定是否受理
    // 并书面告知信访人) and 第二十二条第二款 (direct petitions: 不能当场答复的，应当自收到信访事项之日起15日内书面告知信访人).
    // The routed case's paragraph number depends on counting the unnumbered paragraph inside item (三): not cited.
    notice: cd(15, '第二十一条、第二十二条第二款'),
    // The 2005 text has no objection period for a wrong assignment (decision 0046 §2): not timed.
    objection: null,
    // Basis: 信访条例 (2005) 第三十三条 — 信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，
    // 可以适当延长办理期限，但延长期限不得超过30日 (full text read).
    handling: cd(60, '第三十三条'),
    handlingExtension: cd(30, '第三十三条'),
    // Basis: 信访条例 (2005) 第三十四条 — 自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查；自收到复查
    // 请求之日起30日内提出复查意见 (full text read).
    reviewRequest: cd(30, '第三十四条'),
    reviewDecision: cd(30, '第三十四条'),
    // Basis: 信访条例 (2005) 第三十五条第一款 — 对复查意见不服的，自收到书面答复之日起30日内向复查机关的上一级行政机关
    // 请求复核；自收到复核请求之日起30日内提出复核意见 (full text read).
    reexamRequest: cd(30, '第三十五条'),
    reexamDecision: cd(30, '第三十五条'),
  },
];

/** The 信访 text in force on `on` (the day the petition was received). */
export function petitionPeriodsOn(on: IsoDate): PetitionPeriods {
  const found = PETITION_LAW_VERSIONS.find((v) => on >= v.inForceFrom);
  if (!found) throw new Error(`No 信访 text in force on ${on}`);
  return found;
}

export function petitionPeriodsOf(law: PetitionLaw): PetitionPeriods {
  return PETITION_LAW_VERSIONS.find((v) => v.law === law)!;
}

// Basis: 信访工作条例 第二十条 — 多人采用走访方式提出共同的信访事项的，应当推选代表，代表人数不超过5人
// (2005 信访条例 第十八条第二款 likewise: 代表人数不得超过5人 — the same limit under both texts).
export const MAX_GROUP_REPRESENTATIVES = 5;

/** The zh-CN problem with a visit's representatives, or null (only group visits name representatives). */
export function representativesProblem(channel: PetitionChannel, representatives: number): string | null {
  if (representatives < 0) return '代表人数不能为负数';
  if (representatives > 0 && channel !== 'visit') return '只有走访（来访）可以推选代表';
  if (representatives > MAX_GROUP_REPRESENTATIVES)
    return `多人走访应推选代表，代表人数不超过${MAX_GROUP_REPRESENTATIVES}人（《信访工作条例》第二十条）`;
  return null;
}
