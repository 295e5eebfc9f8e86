import type { IsoDate } from '../../../../common/calendar/index.js';
import { isDenial } from './outcomes.js';

/**
 * The remedies a reply letter offers (条例 第五十一条), by the text of the 行政复议法 in force on the day of the
 * reply: 2017 text (and its 1999/2009 predecessors, same articles) before 2024-01-01, the 2023 text from then on.
 * Decision docs/decisions/0017-disclosure-reply-remedies-and-grounds.md §1.
 */

/** The organ that replied, as 复议 jurisdiction sees it. */
export interface ReplyOrgan {
  /**
   * `government` the district government itself; `department` one of its working departments (工作部门);
   * `agency` a 派出机关 (街道办事处) or a body a department or the government set up (行政执法机构).
   */
  kind: 'government' | 'department' | 'agency';
  /** 于洪区 (without 人民政府). */
  districtName: string;
  /** For an agency set up by a department: that department's name; otherwise null. */
  parentDepartmentName: string | null;
}

const FUYI = '《中华人民共和国行政复议法》';
const SUSONG = '《中华人民共和国行政诉讼法》';
const districtGovernment = (o: ReplyOrgan) => `${o.districtName}人民政府`;

interface ReviewOrgan {
  /** Where to apply, as the letter names it. */
  body: string;
  /** The article that makes it the 复议机关. */
  basis: string;
}

/** One text of the 行政复议法 as it governs reply letters: one row per period, each citing its articles. */
export interface RemedyRegime {
  law: string;
  /** First day (inclusive) on which replies fall under this text. */
  from: IsoDate;
  /** Must the applicant go to 复议 before suing (复议前置)? */
  reviewFirst: (outcome: string) => boolean;
  reviewOrgan: (o: ReplyOrgan) => ReviewOrgan;
  /** The 60-day application period. */
  periodBasis: string;
}

export const REMEDY_REGIMES: readonly RemedyRegime[] = [
  {
    law: '行政复议法（1999年公布，2017年修正）',
    from: '1999-10-01',
    // Basis: 行政复议法 (2017) has no 复议前置 for 政府信息公开; 行政诉讼法 第四十四条 lets the applicant choose.
    reviewFirst: () => false,
    reviewOrgan: (o) =>
      o.kind === 'government'
        ? // Basis: 行政复议法 (2017) 第十三条第一款 — 向上一级地方人民政府申请行政复议.
          { body: '上一级人民政府', basis: `${FUYI}第十三条第一款` }
        : o.kind === 'department'
          ? // Basis: 行政复议法 (2017) 第十二条第一款 — 本级人民政府 or 上一级主管部门, at the applicant's choice.
            { body: `${districtGovernment(o)}或者上一级主管部门`, basis: `${FUYI}第十二条第一款` }
          : o.parentDepartmentName
            ? // Basis: 行政复议法 (2017) 第十五条第一款第（二）（三）项 — the department that set it up, or its government.
              {
                body: `${districtGovernment(o)}或者${o.parentDepartmentName}`,
                basis: `${FUYI}第十五条第一款第（二）项、第（三）项`,
              }
            : // Basis: 行政复议法 (2017) 第十五条第一款第（一）项 — 派出机关: the government that set it up.
              { body: districtGovernment(o), basis: `${FUYI}第十五条第一款第（一）项` },
    // Basis: 行政复议法 (2017) 第九条第一款 — 自知道该具体行政行为之日起六十日内.
    periodBasis: `${FUYI}第九条第一款`,
  },
  {
    law: '行政复议法（2023年修订，2024年1月1日施行）',
    from: '2024-01-01',
    // Basis: 行政复议法 (2023) 第二十三条第一款第（四）项 — 申请政府信息公开，行政机关不予公开. A partial reply
    // withholds the rest (不予公开 of that part), so it falls under the same item; decision 0017 §1.
    reviewFirst: (outcome) => isDenial(outcome) || outcome === 'partially_granted',
    reviewOrgan: (o) =>
      o.kind === 'government'
        ? // Basis: 行政复议法 (2023) 第二十四条第一款第（二）项 — the next level up reviews the district government.
          { body: '上一级人民政府', basis: `${FUYI}第二十四条第一款第（二）项` }
        : o.kind === 'department'
          ? // Basis: 行政复议法 (2023) 第二十四条第一款第（一）项 — 本级人民政府工作部门 → the district government.
            { body: districtGovernment(o), basis: `${FUYI}第二十四条第一款第（一）项` }
          : // Basis: 行政复议法 (2023) 第二十四条第一款第（三）（四）项 — 派出机关, bodies of the government or its departments.
            { body: districtGovernment(o), basis: `${FUYI}第二十四条第一款第（三）项、第（四）项` },
    // Basis: 行政复议法 (2023) 第二十条第一款 — 自知道或者应当知道该行政行为之日起六十日内.
    periodBasis: `${FUYI}第二十条第一款`,
  },
];

/** The text of the 行政复议法 that governs a reply made on `on`. */
export function remedyRegimeOn(on: IsoDate): RemedyRegime {
  return REMEDY_REGIMES.findLast((r) => r.from <= on) ?? REMEDY_REGIMES[0]!;
}

/** What a reply letter must tell the applicant about remedies; null for a withdrawal (nothing to contest). */
export interface Remedy {
  reviewFirst: boolean;
  text: string;
}

/** The remedies paragraph of a reply made on `on` with `outcome` by `organ`; null when none is due. */
export function remedyFor(
  on: IsoDate,
  outcome: string,
  organ: ReplyOrgan,
  withdrawn: boolean,
): Remedy | null {
  if (withdrawn) return null;
  const regime = remedyRegimeOn(on);
  const review = regime.reviewOrgan(organ);
  const reviewCite = `（${regime.periodBasis}、${review.basis.replace(FUYI, '')}）`;
  if (regime.reviewFirst(outcome)) {
    return {
      reviewFirst: true,
      // Basis: 行政复议法 (2023) 第二十三条第二款 — the organ must tell the party to apply for 复议 first;
      // 行政诉讼法 第四十五条 — 15 days after the 复议 decision.
      text:
        `根据${FUYI}第二十三条第一款第（四）项的规定，申请政府信息公开，行政机关不予公开的，申请人应当先向行政复议机关申请行政复议。` +
        `如对本答复不服，您应当先向行政复议机关申请行政复议：可以自收到本答复之日起六十日内向${review.body}申请行政复议${reviewCite}；` +
        `对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼（${SUSONG}第四十五条）。`,
    };
  }
  return {
    reviewFirst: false,
    // Basis: 行政诉讼法 第四十六条第一款 — 六个月 from knowing of the act.
    text:
      `如对本答复不服，可以自收到本答复之日起六十日内向${review.body}申请行政复议${reviewCite}，` +
      `也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼（${SUSONG}第四十六条第一款）。`,
  };
}
