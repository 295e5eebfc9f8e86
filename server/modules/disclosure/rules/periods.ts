import type { Duration, IsoDate } from '../../../../common/calendar/index.js';

/**
 * The reply periods of a disclosure request by the 政府信息公开条例 text in force on the day it was received
 * (law by date, as enforcement's PENALTY_LAW_VERSIONS): the 2019 revision (国务院令第711号, in force
 * 2019-05-15) gives 20 + 20 working days, the 2008 text (国务院令第492号) 15 + 15. A request keeps the
 * periods of its receipt date for its whole life. See docs/decisions/0018-….md §3.
 */
export interface ReplyPeriods {
  /** The text in force, quoted in explanations and letters. */
  law: string;
  inForceFrom: IsoDate;
  /** The reply clock's key: each text has its own clock, so an old record replays under its own law. */
  clockKey: 'disclosure.reply' | 'disclosure.reply_2008';
  reply: Duration & { article: string };
  extension: Duration & { article: string };
}

export const DISCLOSURE_LAW_VERSIONS: readonly ReplyPeriods[] = [
  {
    law: '《政府信息公开条例》（2019年修订）',
    inForceFrom: '2019-05-15',
    clockKey: 'disclosure.reply',
    // Basis: 政府信息公开条例 (2019) 第三十三条第二款 — 自收到申请之日起20个工作日内予以答复.
    reply: { amount: 20, unit: 'working_days', article: '第三十三条第二款' },
    // Basis: 政府信息公开条例 (2019) 第三十三条第二款 — 延长的期限最长不得超过20个工作日.
    extension: { amount: 20, unit: 'working_days', article: '第三十三条第二款' },
  },
  {
    law: '《政府信息公开条例》（2008年施行）',
    inForceFrom: '2008-05-01',
    clockKey: 'disclosure.reply_2008',
    // Basis: 政府信息公开条例 (2008) 第二十四条第二款 — 不能当场答复的，自收到申请之日起15个工作日内予以答复.
    reply: { amount: 15, unit: 'working_days', article: '第二十四条第二款' },
    // Basis: 政府信息公开条例 (2008) 第二十四条第二款 — 延长答复的期限最长不得超过15个工作日.
    extension: { amount: 15, unit: 'working_days', article: '第二十四条第二款' },
  },
];

/** The reply periods of the 条例 text in force on the day a request was received. */
export function replyPeriodsOn(receivedOn: IsoDate): ReplyPeriods {
  const found = DISCLOSURE_LAW_VERSIONS.find((v) => receivedOn >= v.inForceFrom);
  if (!found) throw new Error(`No 政府信息公开条例 in force on ${receivedOn} (in force from 2008-05-01)`);
  return found;
}
