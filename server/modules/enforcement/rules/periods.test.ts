import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../../common/calendar/index.js';
import { openingTimeliness } from './periods.js';

const file = load(readFileSync(new URL('../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

const base = {
  openedOn: '2020-10-22',
  discoveredOn: '2020-09-25',
  openingExtended: false,
  violationOn: null,
  concernsLifeHealthOrFinance: false,
};

describe('立案 window (SAMR 程序规定 第十八条) and limitation (处罚法 第三十六条)', () => {
  it('gives 15 working days from discovery across 国庆 2020 (Sun 09-27 and Sat 10-10 worked) → 2020-10-22', () => {
    expect(openingTimeliness(cal, base)).toMatchObject({ openingDueOn: '2020-10-22', openedInTime: true });
    expect(openingTimeliness(cal, { ...base, openedOn: '2020-10-23' })).toMatchObject({
      openedInTime: false,
      warnings: [expect.stringContaining('第十八条')],
    });
  });

  it('adds 15 working days once when the extension was approved', () => {
    const t = openingTimeliness(cal, { ...base, openedOn: '2020-10-23', openingExtended: true });
    expect(t).toMatchObject({ openingDueOn: '2020-11-12', openedInTime: true, warnings: [] });
  });

  it('warns (not blocks) when 2 years — or 5 for life, health or financial security — ran before discovery', () => {
    const old = { ...base, violationOn: '2018-09-24' };
    expect(openingTimeliness(cal, old)).toMatchObject({
      limitationEndsOn: '2020-09-24',
      limitationRun: true,
      warnings: [expect.stringContaining('第三十六条')],
    });
    expect(openingTimeliness(cal, { ...old, concernsLifeHealthOrFinance: true })).toMatchObject({
      limitationEndsOn: '2023-09-25', // Sun 2023-09-24 rolls to Monday (民法典 第二百零三条)
      limitationRun: false,
      warnings: [],
    });
    expect(openingTimeliness(cal, { ...base, discoveredOn: null })).toMatchObject({ openingDueOn: null });
  });
});
