import { fromDayNumber, type IsoDate, toDayNumber } from '../../../../common/calendar/index.js';
import type { ServiceMethod } from '../../../../common/contracts/enforcement/dictionaries.js';

/**
 * How each way of service fixes the day a document (告知书, 决定书) is served, as data. The windows for 陈述、
 * 申辩 and for asking a hearing run from that day, not from the day the document was made. Basis: 行政处罚法
 * (2021) 第六十一条 / (2017) 第四十条 — 依照民事诉讼法的有关规定送达; decision 0014 §3.
 */
export interface ServiceRule {
  basis: string;
  /** `step`: the day recorded on the step; `signed_for`: the date on the postal receipt. */
  servedOn: 'step' | 'signed_for';
  /** Deemed served this many days after the day of the step (公告). */
  deemedAfterDays?: number;
}

export const SERVICE_RULES: Record<ServiceMethod, ServiceRule> = {
  // Basis: 民事诉讼法 第八十七条 — 受送达人在送达回证上的签收日期为送达日期.
  direct: { basis: '《民事诉讼法》第八十七条', servedOn: 'step' },
  // Basis: 民事诉讼法 第八十九条 — 把诉讼文书留在受送达人的住所，即视为送达.
  left: { basis: '《民事诉讼法》第八十九条', servedOn: 'step' },
  // Basis: 民事诉讼法 第九十一条 — 邮寄送达的，以回执上注明的收件日期为送达日期.
  mail: { basis: '《民事诉讼法》第九十一条', servedOn: 'signed_for' },
  // Basis: 民事诉讼法 第九十条 — 以送达信息到达受送达人特定系统的日期为送达日期.
  electronic: { basis: '《民事诉讼法》第九十条', servedOn: 'step' },
  // Basis: 民事诉讼法 第九十五条 — 自发出公告之日起，经过三十日，即视为送达.
  public_notice: { basis: '《民事诉讼法》第九十五条', servedOn: 'step', deemedAfterDays: 30 },
};

/** What a service step records: the way, the day of the step, and a mailed document's signed-for date. */
export interface ServiceFacts {
  method: ServiceMethod;
  stepOn: IsoDate;
  signedForOn?: IsoDate | null;
}

/** The day the document counts as served, or null when a mailed document's receipt date is missing. */
export function servedOnOf(s: ServiceFacts): IsoDate | null {
  const rule = SERVICE_RULES[s.method];
  const base = rule.servedOn === 'signed_for' ? (s.signedForOn ?? null) : s.stepOn;
  if (base === null) return null;
  return rule.deemedAfterDays ? fromDayNumber(toDayNumber(base) + rule.deemedAfterDays) : base;
}

/**
 * Is a request made in time when the window ends on `endsOn`? A mailed request counts from its postmark
 * (民事诉讼法 第八十五条第四款: 期间不包括在途时间，诉讼文书在期满前交邮的，不算过期).
 */
export function isInTime(endsOn: IsoDate, receivedOn: IsoDate, postmarkOn?: IsoDate | null): boolean {
  return (postmarkOn ?? receivedOn) <= endsOn;
}
