import { describe, expect, it } from 'vitest';
import { defaultRecordYear, recordYearsOf } from './record-years.js';

describe('the year a picker opens on', () => {
  it.each([
    { years: [2020, 2026], current: 2026, expected: 2020, why: 'the most recent complete year' },
    { years: [2020, 2024, 2025, 2026], current: 2026, expected: 2025, why: 'last year, not an older one' },
    { years: [2026], current: 2026, expected: 2026, why: 'only the current year has records' },
    { years: [], current: 2026, expected: 2026, why: 'no records at all' },
    { years: [2020, 2027], current: 2026, expected: 2020, why: 'a future plan year is not complete' },
  ])('$why: $years in $current → $expected', ({ years, current, expected }) => {
    expect(defaultRecordYear(years, current)).toBe(expected);
  });

  it('lists the years with records newest first, and the current year when there is none', () => {
    expect(recordYearsOf([2026, 2020, 2020], 2026)).toEqual({ years: [2026, 2020], defaultYear: 2020 });
    expect(recordYearsOf([], 2026)).toEqual({ years: [2026], defaultYear: 2026 });
  });
});
