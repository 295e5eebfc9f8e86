import { useQuery } from '@tanstack/react-query';
import {
  type CalendarDay,
  computeDue,
  createWorkCalendar,
  type DueResult,
  type IsoDate,
} from '../../../../common/calendar/index.js';
import { tx } from '../../../../common/text/localized.js';
import { ApiError, api } from '../../../common/api.js';
import { useLocale } from '../../../common/i18n.js';

/** The channel facts the intake form collects (条例 第三十一条). */
export interface ChannelFacts {
  channel?: string | null;
  mailKind?: string | null;
  arrivedOn?: string | null;
  signedOn?: string | null;
  confirmedOn?: string | null;
}

/** Which date field is the legal receipt date for these facts (the form shows it, never asks for it). */
export function receiptField(facts: ChannelFacts): 'arrivedOn' | 'signedOn' | 'confirmedOn' | null {
  switch (facts.channel) {
    // Basis: 条例 第三十一条第（一）项 — 当面提交, the day submitted.
    case 'in_person':
      return 'arrivedOn';
    // Basis: 条例 第三十一条第（二）项 — signed-for mail: 签收之日; ordinary mail: the same-day confirmation.
    case 'letter':
      if (facts.mailKind === 'registered') return 'signedOn';
      if (facts.mailKind === 'ordinary') return 'confirmedOn';
      return null;
    // Basis: 条例 第三十一条第（三）项 — online / fax / e-mail: 双方确认之日.
    case 'online':
    case 'fax':
    case 'email':
      return 'confirmedOn';
    default:
      return null;
  }
}

/** The legal receipt date (receivedOn) the server will derive from the same facts; null while incomplete. */
export function legalReceiptDate(facts: ChannelFacts): string | null {
  const field = receiptField(facts);
  return field ? (facts[field] ?? null) : null;
}

export const REPLY_WORKING_DAYS = 20;
export const REPLY_BASIS = '《政府信息公开条例》第三十三条第二款';

interface YearDays {
  year: number;
  days: CalendarDay[];
}

async function calendarYear(year: number): Promise<YearDays | null> {
  try {
    return await api.get<YearDays>(`/calendar/years/${year}`);
  } catch (e) {
    // A year without its holiday notice counts Monday–Friday; the due date is then provisional.
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** The reply due date (20 working days from the receipt date) computed in the browser, with its explanation. */
export function useReplyDue(receivedOn: string | null): DueResult | null {
  const { locale } = useLocale();
  const year = receivedOn ? Number(receivedOn.slice(0, 4)) : null;
  const years = useQuery({
    queryKey: ['calendar', 'years-pair', year],
    queryFn: async () =>
      (await Promise.all([calendarYear(year!), calendarYear(year! + 1)])).filter((y) => !!y),
    enabled: year !== null,
    staleTime: 10 * 60_000,
  });
  if (!receivedOn || !years.data) return null;
  const cal = createWorkCalendar({
    years: years.data.map((y) => y.year),
    days: years.data.flatMap((y) => y.days),
  });
  return computeDue(
    cal,
    {
      from: receivedOn as IsoDate,
      amount: REPLY_WORKING_DAYS,
      unit: 'working_days',
      basis: REPLY_BASIS,
      startPhrase: tx('收到申请', 'receipt of the application'),
    },
    locale,
  );
}
