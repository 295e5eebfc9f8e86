import type { DurationUnit } from './arithmetic.js';
import { fromDayNumber, type IsoDate, toDayNumber } from './dates.js';
import { countPeriod, missingYears, periodNotes, provisionalNote, unitPhrase } from './period.js';
import type { WorkCalendar } from './work-calendar.js';
import { type Locale, pickText, type Text } from '../text/localized.js';

export interface DueInput {
  /** The start day (收到申请之日 etc.); it is not counted. */
  from: IsoDate;
  amount: number;
  unit: DurationUnit;
  /** Legal basis quoted at the end of the explanation, e.g. 《政府信息公开条例》第三十三条. */
  basis?: string;
  /** What happened on the start day, e.g. 收到申请: "自2024-09-27收到申请次日起" (`tx` for English too). */
  startPhrase?: Text;
}

export interface DueResult {
  dueOn: IsoDate;
  /** A year touched by the count has no holiday notice loaded: counted Monday–Friday, may still move. */
  provisional: boolean;
  /** One line in the asked language (zh-CN by default): the due date, how it was counted, and the basis. */
  explanation: string;
}

/** A due date with its explanation in words ("2024-10-30：自2024-09-27收到申请次日起20个工作日…"). */
export function computeDue(cal: WorkCalendar, input: DueInput, locale: Locale = 'zh-CN'): DueResult {
  if (!Number.isInteger(input.amount) || input.amount < 0) {
    throw new RangeError(`A period length must be a whole number ≥ 0, got ${input.amount}`);
  }
  const period = countPeriod(cal, toDayNumber(input.from), input.amount, input.unit);
  const dueOn = fromDayNumber(period.due);
  const missing = missingYears(cal, period.consulted);
  const say = locale === 'en-US' ? explainEn : explainZh;
  const text = say({
    dueOn,
    input,
    notes: periodNotes(cal, period, locale),
    provisional: missing.length ? provisionalNote(missing, locale) : null,
  });
  return { dueOn, provisional: missing.length > 0, explanation: text };
}

interface Explained {
  dueOn: IsoDate;
  input: DueInput;
  notes: string[];
  provisional: string | null;
}

function explainZh({ dueOn, input, notes, provisional }: Explained): string {
  const start = `${input.from}${input.startPhrase ? pickText(input.startPhrase, 'zh-CN') : ''}`;
  let text =
    input.amount === 0
      ? `${dueOn}：期限为0，${start}当日届满`
      : `${dueOn}：自${start}次日起${unitPhrase(input.amount, input.unit)}`;
  if (notes.length) text += `（${notes.join('；')}）`;
  if (provisional) text += `；${provisional}`;
  if (input.basis) text += `；依据${input.basis}`;
  return text;
}

/** The same words as a clock's English explanation (server/platform/clocks/explain-phrases.ts). */
function explainEn({ dueOn, input, notes, provisional }: Explained): string {
  const phrase = input.startPhrase ? ` (${pickText(input.startPhrase, 'en-US')})` : '';
  let text =
    input.amount === 0
      ? `${dueOn}: a period of 0, due on ${input.from}${phrase}`
      : `${dueOn}: ${unitPhrase(input.amount, input.unit, 'en-US')} from the day after ${input.from}${phrase}`;
  if (notes.length) text += ` (${notes.join('; ')})`;
  if (provisional) text += `; ${provisional}`;
  if (input.basis) text += `; basis ${input.basis}`;
  return text;
}
