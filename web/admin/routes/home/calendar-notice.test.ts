import { describe, expect, it } from 'vitest';
import { missingCalendarYear } from './CalendarNotice.js';

describe('missingCalendarYear', () => {
  it.each([
    { loaded: [2025, 2026], today: '2026-09-30', missing: null },
    { loaded: [2025, 2026], today: '2026-10-01', missing: 2027 },
    { loaded: [2026, 2027], today: '2026-11-27', missing: null },
    { loaded: [2025, 2026], today: '2027-01-02', missing: 2027 },
  ])('$today with $loaded loaded → $missing', ({ loaded, today, missing }) => {
    expect(missingCalendarYear(loaded, new Date(`${today}T12:00:00`))).toBe(missing);
  });
});
