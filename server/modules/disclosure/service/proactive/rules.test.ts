import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../../../common/calendar/index.js';
import { PROACTIVE_CATEGORIES, TABLE2_KINDS } from '../../../../../common/contracts/disclosure/proactive.js';
import { entryProblems, isOnPortal, publicationDeadline } from './rules.js';

const file = load(
  readFileSync(new URL('../../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'),
  {
    schema: CORE_SCHEMA,
  },
) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

describe('publication deadline: 20 working days from formation (条例 第二十六条)', () => {
  it.each([
    ['a plain month', '2020-03-02', '2020-03-30'],
    ['the extended 2020 Spring Festival (01-24 … 02-02 off)', '2020-01-20', '2020-02-25'],
    ['May Day with make-up Sundays 04-26 and Saturday 05-09', '2020-04-24', '2020-05-25'],
    ['National Day and Mid-Autumn, make-up days 09-27 and 10-10', '2020-09-15', '2020-10-19'],
    ['across the year end and New Year 2021', '2020-12-21', '2021-01-19'],
  ])('%s: formed %s → due %s', (_case, formedOn, dueOn) => {
    const d = publicationDeadline(cal, { formedOn, publishedOn: formedOn });
    expect(d.dueOn).toBe(dueOn);
    expect(d.isLate).toBe(false);
    expect(d.provisional).toBe(false);
    expect(d.explanation).toContain('第二十六条');
    expect(d.explanation).toContain(`自${formedOn}信息形成或者变更次日起20个工作日`);
  });

  it('is on time on the due date and late the day after', () => {
    expect(publicationDeadline(cal, { formedOn: '2020-09-15', publishedOn: '2020-10-19' }).isLate).toBe(
      false,
    );
    const late = publicationDeadline(cal, { formedOn: '2020-09-15', publishedOn: '2020-10-20' });
    expect(late.isLate).toBe(true);
    expect(late.explanation).toContain('逾期（应于2020-10-19前公开）');
  });

  it('names the holiday it skipped in the explanation', () => {
    expect(
      publicationDeadline(cal, { formedOn: '2020-09-15', publishedOn: '2020-09-16' }).explanation,
    ).toMatch(/国庆节/);
  });

  it('is provisional when the count reaches a year without a holiday notice', () => {
    const d = publicationDeadline(cal, { formedOn: '2099-12-20', publishedOn: '2099-12-21' });
    expect(d.provisional).toBe(true);
  });
});

describe('entry problems', () => {
  const ok = {
    category: 'laws_and_documents' as const,
    table2Kind: 'normative_docs' as const,
    formedOn: '2020-03-02',
    publishedOn: '2020-03-05',
    channels: ['portal', 'gazette'] as const,
  };
  it.each([
    ['a sound entry', {}, []],
    ['published before formed', { publishedOn: '2020-03-01' }, ['publishedOn']],
    [
      'formed in the future',
      { formedOn: '2020-07-01', publishedOn: '2020-07-02' },
      ['formedOn', 'publishedOn'],
    ],
    ['a table 二 kind of another category', { table2Kind: 'penalty' as const }, ['table2Kind']],
    ['no table 二 kind', { table2Kind: null }, []],
    ['a channel twice', { channels: ['portal', 'portal'] as const }, ['channels']],
  ])('%s', (_case, over, fields) => {
    expect(entryProblems({ ...ok, ...over }, '2020-06-30').map((p) => p.field)).toEqual(fields);
  });

  it('puts every table 二 kind inside a 第二十条 category', () => {
    const art20 = new Set(
      PROACTIVE_CATEGORIES.filter((c) => c.article.startsWith('第二十条')).map((c) => c.code),
    );
    for (const kind of TABLE2_KINDS) expect(art20.has(kind.category)).toBe(true);
    expect(PROACTIVE_CATEGORIES.filter((c) => c.article.startsWith('第二十条'))).toHaveLength(15);
    expect(PROACTIVE_CATEGORIES.filter((c) => c.article === '第二十一条').map((c) => c.short)).toEqual([
      '市政建设',
      '公共服务',
      '公益事业',
      '土地征收',
      '房屋征收',
      '治安管理',
      '社会救助',
    ]);
  });

  it('lists on the portal what was published on the government website', () => {
    expect(isOnPortal(['gazette', 'portal'])).toBe(true);
    expect(isOnPortal(['bulletin_board'])).toBe(false);
  });
});
