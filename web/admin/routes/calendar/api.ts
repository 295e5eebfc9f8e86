import type { CalendarDay } from '../../../../common/calendar/index.js';

/** A loaded holiday year, as `/calendar/years` lists it. */
export interface CalendarYearSummary {
  year: number;
  source: string;
  loadedAt: string;
  offDays: number;
  workDays: number;
}

export interface CalendarYearDetail {
  year: number;
  source: string;
  days: CalendarDay[];
}

export const calendarKeys = {
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'years', year] as const,
};
