import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYearFile } from './year-file.js';

describe('reading a holiday year file in the browser', () => {
  it('expands a notice year: off ranges inclusive, work days kept', () => {
    const text = `year: 2025
sources: [https://www.gov.cn/a]
holidays:
  - { name: 劳动节, off: [2025-05-01, 2025-05-05], work: [2025-04-27] }`;
    const result = parseYearFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [year] = result.years;
    expect(year?.year).toBe(2025);
    expect(year?.source).toBe('https://www.gov.cn/a');
    expect(year?.days.filter((d) => d.kind === 'off').map((d) => d.day)).toEqual([
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
    ]);
    expect(year?.days.find((d) => d.kind === 'work')).toEqual({
      day: '2025-04-27',
      kind: 'work',
      holiday: '劳动节',
    });
  });

  it('reads every year of a holidays.yaml', () => {
    const text = `years:
  - { year: 2024, sources: [s], holidays: [{ name: 元旦, off: [2024-01-01, 2024-01-01] }] }
  - { year: 2025, sources: [s], holidays: [{ name: 元旦, off: [2025-01-01, 2025-01-01] }] }`;
    const result = parseYearFile(text);
    expect(result.ok && result.years.map((y) => y.year)).toEqual([2024, 2025]);
  });

  it('reads the bundled data/calendar/holidays.yaml', () => {
    const text = readFileSync(new URL('../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8');
    const result = parseYearFile(text);
    expect(result.ok).toBe(true);
    const y2020 = result.ok ? result.years.find((y) => y.year === 2020) : undefined;
    expect(y2020?.days.find((d) => d.day === '2020-01-30')).toMatchObject({ kind: 'off', holiday: '春节' });
  });

  it('accepts the API shape as JSON', () => {
    const json = JSON.stringify({
      year: 2025,
      source: 'x',
      days: [{ day: '2025-10-11', kind: 'work', holiday: '国庆节' }],
    });
    const result = parseYearFile(json);
    expect(result.ok && result.years[0]?.days).toEqual([
      { day: '2025-10-11', kind: 'work', holiday: '国庆节' },
    ]);
  });

  it('lists each problem with its path', () => {
    const json = JSON.stringify({
      year: 2025,
      source: 'x',
      days: [
        { day: '2025-02-30', kind: 'off' },
        { day: '2024-12-31', kind: 'off' },
        { day: '2025-10-13', kind: 'work' },
      ],
    });
    const result = parseYearFile(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['days.0.day', 'days.1.day', 'days.2.kind']);
  });

  it('says so when the text is not YAML at all', () => {
    const result = parseYearFile('year: [unclosed');
    expect(result.ok).toBe(false);
  });
});
