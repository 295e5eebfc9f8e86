import {
  type CalendarDay,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  weekdayOf,
} from '../../../../common/calendar/index.js';

export interface HolidayGroup {
  holiday: string | null;
  off: IsoDate[];
  work: IsoDate[];
}

/** A notice's days regrouped per holiday, in calendar order (the 元旦 at a year's end stays separate). */
export function groupByHoliday(days: readonly CalendarDay[]): HolidayGroup[] {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const groups: HolidayGroup[] = [];
  for (const d of sorted) {
    const name = d.holiday ?? null;
    // Same name but months apart (元旦 in January and December) are two groups.
    let g = groups.findLast((x) => x.holiday === name);
    const last = g ? [...g.off, ...g.work].sort().at(-1) : undefined;
    if (!g || (last && toDayNumber(d.day) - toDayNumber(last) > 45)) {
      g = { holiday: name, off: [], work: [] };
      groups.push(g);
    }
    g[d.kind].push(d.day);
  }
  return groups.sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
}

/** A holiday is placed by its first day off (its make-up working day may come a week earlier). */
function firstDay(g: HolidayGroup): string {
  return g.off[0] ?? g.work[0] ?? '';
}

/** Consecutive dates folded into ranges: ['05-01', '05-02', '05-03'] → [['05-01', '05-03']]. */
export function toRanges(dates: readonly IsoDate[]): [IsoDate, IsoDate][] {
  const ranges: [IsoDate, IsoDate][] = [];
  for (const d of [...dates].sort()) {
    const prev = ranges.at(-1);
    if (prev && toDayNumber(d) - toDayNumber(prev[1]) === 1) prev[1] = d;
    else ranges.push([d, d]);
  }
  return ranges;
}

export type CellKind = 'off' | 'work' | 'weekend' | 'weekday';

export interface MonthCell {
  day: IsoDate;
  date: number;
  kind: CellKind;
  holiday: string | null;
}

/** A month as grid cells, Sunday first; `null` pads the first week. */
export function monthCells(
  year: number,
  month: number,
  byDay: ReadonlyMap<IsoDate, CalendarDay>,
): (MonthCell | null)[] {
  const first = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
  const cells: (MonthCell | null)[] = Array.from({ length: weekdayOf(first) }, () => null);
  for (let i = 0; i < daysInMonth(year, month); i += 1) {
    const day = fromDayNumber(first + i);
    const exception = byDay.get(day);
    const weekday = weekdayOf(first + i);
    const plain: CellKind = weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
    cells.push({ day, date: i + 1, kind: exception?.kind ?? plain, holiday: exception?.holiday ?? null });
  }
  return cells;
}
