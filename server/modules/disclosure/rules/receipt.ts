import type { IsoDate } from '../../../../common/calendar/index.js';
import type { MailKind, RequestChannel } from '../../../../common/contracts/disclosure/dictionaries.js';

/** What staff record about how a request arrived; the legal receipt date is derived from these facts. */
export interface ReceiptFacts {
  channel: RequestChannel;
  mailKind?: MailKind | null;
  /** The day it was submitted in person, or arrived (letter, fax, e-mail, portal). */
  arrivedOn: IsoDate;
  /** Registered mail / EMS: the day the organ signed for it. */
  signedOn?: IsoDate | null;
  /** Ordinary mail, online, fax, e-mail: the day both sides confirmed it. */
  confirmedOn?: IsoDate | null;
}

export type ReceiptResult =
  | { ok: true; receivedOn: IsoDate; note: string | null }
  | { ok: false; code: string; field: keyof ReceiptFacts; message: string };

const refuse = (code: string, field: keyof ReceiptFacts, message: string): ReceiptResult => ({
  ok: false,
  code,
  field,
  message,
});

/**
 * The legal date a request was received (收到申请之日), per channel. `today` (China date) bounds the facts:
 * a receipt cannot lie in the future. See docs/decisions/0009-disclosure-requests.md §1.
 */
export function deriveReceivedOn(facts: ReceiptFacts, today: IsoDate): ReceiptResult {
  const { channel, arrivedOn } = facts;
  if (arrivedOn > today) return refuse('DATE_IN_FUTURE', 'arrivedOn', '收到/提交日期不能晚于今天');
  switch (channel) {
    // Basis: 政府信息公开条例 第三十一条第（一）项 — 当面提交的，以提交之日为收到申请之日.
    case 'in_person':
      return { ok: true, receivedOn: arrivedOn, note: null };
    case 'letter':
      return letterReceipt(facts, today);
    // Basis: 条例 第三十一条第（三）项 — 网络/传真（数据电文）以双方确认之日为收到申请之日.
    case 'online':
    case 'fax':
    case 'email': {
      const confirmed = facts.confirmedOn;
      if (!confirmed) return refuse('CONFIRMED_ON_REQUIRED', 'confirmedOn', '请填写双方确认日期');
      if (confirmed < arrivedOn)
        return refuse('DATE_SEQUENCE_INVALID', 'confirmedOn', '双方确认日期不能早于收到日期');
      if (confirmed > today) return refuse('DATE_IN_FUTURE', 'confirmedOn', '双方确认日期不能晚于今天');
      return { ok: true, receivedOn: confirmed, note: null };
    }
  }
}

function letterReceipt(facts: ReceiptFacts, today: IsoDate): ReceiptResult {
  const { arrivedOn } = facts;
  if (facts.mailKind === 'registered') {
    // Basis: 条例 第三十一条第（二）项 — 需要签收的邮件以签收之日为收到申请之日.
    const signed = facts.signedOn ?? null;
    if (!signed) return refuse('SIGNED_ON_REQUIRED', 'signedOn', '挂号信/EMS 请填写签收日期');
    if (signed < arrivedOn) return refuse('DATE_SEQUENCE_INVALID', 'signedOn', '签收日期不能早于收到日期');
    if (signed > today) return refuse('DATE_IN_FUTURE', 'signedOn', '签收日期不能晚于今天');
    return { ok: true, receivedOn: signed, note: null };
  }
  if (facts.mailKind === 'ordinary') {
    // Basis: 条例 第三十一条第（二）项 — 平常信函由工作机构于收到当日与申请人确认，确认之日为收到申请之日.
    // A late confirmation is the organ's failure: the clock still runs from the day the letter arrived.
    const confirmed = facts.confirmedOn ?? arrivedOn;
    if (confirmed < arrivedOn)
      return refuse('DATE_SEQUENCE_INVALID', 'confirmedOn', '确认日期不能早于收信日期');
    if (confirmed > today) return refuse('DATE_IN_FUTURE', 'confirmedOn', '确认日期不能晚于今天');
    const note =
      confirmed > arrivedOn
        ? `平常信函应于收到当日确认；确认日期（${confirmed}）晚于收信日期，按收信日期（${arrivedOn}）计算`
        : null;
    return { ok: true, receivedOn: arrivedOn, note };
  }
  return refuse('MAIL_KIND_REQUIRED', 'mailKind', '信函请选择挂号信/EMS 或平常信函');
}
