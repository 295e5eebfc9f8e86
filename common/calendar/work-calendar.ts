import { type DayNumber, dayNumberOf, type IsoDate, isWeekend, toDayNumber, yearOf } from './dates.js';

/** 'off' = 放假 (holiday, 补假 or shifted day off); 'work' = 调休上班日 (a weekend day worked). */
export type DayKind = 'off' | 'work';

export interface CalendarDay {
  day: IsoDate;
  kind: DayKind;
  holiday?: string | null;
}

/** What a calendar is built from: the years whose State Council notice is loaded, and their exceptions. */
export interface CalendarData {
  years: readonly number[];
  days: readonly CalendarDay[];
}

/**
 * A strict calendar was asked about a day of a year whose State Council notice is not loaded: a statutory
 * window through that day cannot be fixed (decision 0016). The message is the one the user reads.
 */
export class CalendarYearNotLoadedError extends Error {
  readonly code = 'CALENDAR_YEAR_NOT_LOADED';

  constructor(readonly year: number) {
    super(
      `${year}年的节假日安排尚未载入，无法确定法定期限；请协调员在“工作日历”中载入国务院办公厅通知后再办理`,
    );
    this.name = 'CalendarYearNotLoadedError';
  }
}

const NONE = 0;
const OFF = 1;
const WORK = 2;

/**
 * The working-day calendar (工作日历): Monday–Friday, minus 放假 days, plus 调休上班日. Exceptions live in a
 * byte table indexed by day number, so a lookup is one array read (due dates are computed in bulk).
 */
export class WorkCalendar {
  readonly years: readonly number[];
  private readonly yearSet: ReadonlySet<number>;
  private readonly base: DayNumber;
  private readonly kinds: Uint8Array;
  /** 1-based index into holidayNames (0 = no name). */
  private readonly nameIndex: Uint16Array;
  private readonly holidayNames: string[] = [];
  private readonly source: CalendarData;
  private strictView: WorkCalendar | undefined;

  constructor(data: CalendarData) {
    this.source = data;
    this.years = [...new Set(data.years)].sort((a, b) => a - b);
    this.yearSet = new Set(this.years);
    const dayNumbers = data.days.map((d) => toDayNumber(d.day));
    const years = [...this.years, ...data.days.map((d) => Number(d.day.slice(0, 4)))];
    const first = years.length ? Math.min(...years) : 1970;
    const last = years.length ? Math.max(...years) : 1969;
    this.base = dayNumberOf(first, 1, 1);
    const size = Math.max(0, dayNumberOf(last + 1, 1, 1) - this.base);
    this.kinds = new Uint8Array(size);
    this.nameIndex = new Uint16Array(size);
    const names = new Map<string, number>();
    data.days.forEach((d, i) => {
      const at = dayNumbers[i]! - this.base;
      this.kinds[at] = d.kind === 'off' ? OFF : WORK;
      if (d.holiday) {
        let idx = names.get(d.holiday);
        if (idx === undefined) {
          this.holidayNames.push(d.holiday);
          idx = this.holidayNames.length;
          names.set(d.holiday, idx);
        }
        this.nameIndex[at] = idx;
      }
    });
  }

  /** Is the notice for this year loaded? Due dates reaching a year without it are provisional. */
  hasYear(year: number): boolean {
    return this.yearSet.has(year);
  }

  /**
   * The same calendar for gates that open or close a statutory window: asked about a day of a year whose
   * notice is not loaded it throws CalendarYearNotLoadedError instead of guessing Monday–Friday.
   */
  strict(): WorkCalendar {
    this.strictView ??= new StrictWorkCalendar(this.source);
    return this.strictView;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The hot path of every count: one typed-array read, then the weekday rule. */
  isWorkingDayNumber(n: DayNumber): boolean {
    const at = n - this.base;
    if (at >= 0 && at < this.kinds.length) {
      const kind = this.kinds[at];
      if (kind === OFF) return false;
      if (kind === WORK) return true;
    }
    return !isWeekend(n);
  }

  /** 'off' / 'work' for a listed exception, null for an ordinary weekday or weekend. */
  exceptionOf(n: DayNumber): DayKind | null {
    const at = n - this.base;
    if (at < 0 || at >= this.kinds.length) return null;
    const kind = this.kinds[at];
    return kind === NONE ? null : kind === OFF ? 'off' : 'work';
  }

  /** The holiday a listed day belongs to (春节, 国庆节…), if the notice names one. */
  holidayOf(n: DayNumber): string | undefined {
    const at = n - this.base;
    if (at < 0 || at >= this.nameIndex.length) return undefined;
    const idx = this.nameIndex[at]!;
    return idx === 0 ? undefined : this.holidayNames[idx - 1];
  }
}

// A subclass, so the normal calendar's hot path (one typed-array read) carries no year check.
class StrictWorkCalendar extends WorkCalendar {
  override strict(): WorkCalendar {
    return this;
  }

  override isWorkingDayNumber(n: DayNumber): boolean {
    this.assertLoaded(n);
    return super.isWorkingDayNumber(n);
  }

  override exceptionOf(n: DayNumber): DayKind | null {
    this.assertLoaded(n);
    return super.exceptionOf(n);
  }

  private assertLoaded(n: DayNumber): void {
    const year = yearOf(n);
    if (!this.hasYear(year)) throw new CalendarYearNotLoadedError(year);
  }
}

/** Builds the calendar from loaded years and their exception days (the DB rows or the YAML file). */
export function createWorkCalendar(data: CalendarData): WorkCalendar {
  return new WorkCalendar(data);
}
