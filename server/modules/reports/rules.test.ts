import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../common/contracts/reports/annual.js';
import {
  differencesBetween,
  publicReport,
  regenerate,
  reportDeadlines,
  sealOf,
  signOffProblems,
} from './rules.js';

const facts = {
  report: 'rule_of_law_annual' as const,
  year: 2020,
  isDistrict: true,
  status: 'draft' as const,
  publishedOn: null,
  today: '2021-02-01',
};

describe('reportDeadlines', () => {
  it('gives the district 31 March of the next year to publish (督察规定 第二十四条)', () => {
    expect(reportDeadlines(facts)).toEqual([
      expect.objectContaining({ key: 'reports.district_published', dueOn: '2021-03-31', status: 'open' }),
    ]);
    expect(reportDeadlines({ ...facts, today: '2021-04-01' })[0]?.status).toBe('overdue');
    expect(reportDeadlines({ ...facts, status: 'published', publishedOn: '2021-03-31' })[0]?.status).toBe(
      'met',
    );
    expect(reportDeadlines({ ...facts, status: 'published', publishedOn: '2021-06-15' })[0]?.status).toBe(
      'overdue',
    );
  });

  it('gives a department until the last day of February to submit (29th in a leap year)', () => {
    const dept = (year: number) =>
      reportDeadlines({ ...facts, year, isDistrict: false, today: `${year + 1}-01-10` });
    expect(dept(2020).map((d) => d.dueOn)).toEqual(['2021-02-28', '2021-03-31']);
    expect(dept(2023).map((d) => d.dueOn)).toEqual(['2024-02-29', '2024-03-31']);
    const submitted = reportDeadlines({
      ...facts,
      isDistrict: false,
      status: 'in_review',
      today: '2021-03-05',
    });
    expect(submitted.map((d) => d.status)).toEqual(['met', 'open']);
  });

  it('gives a department’s disclosure report until 31 January, the government’s until 31 March (条例 第四十九条)', () => {
    const of = (isDistrict: boolean) =>
      reportDeadlines({ ...facts, report: 'disclosure_annual', isDistrict }).map((d) => d.dueOn);
    expect(of(false)).toEqual(['2021-01-31']);
    expect(of(true)).toEqual(['2021-03-31']);
  });
});

describe('signOffProblems', () => {
  const error = { level: 'error', message: '分项之和不符', keys: ['a'] };
  const warning = { level: 'warning', message: '手工改写', keys: ['b'] };
  it('blocks on any error, listing it, acknowledged or not', () => {
    expect(signOffProblems([error, warning], true)).toMatchObject({
      code: 'REPORT_CHECKS_FAILED',
      checks: [error],
    });
  });
  it('blocks on warnings until they are acknowledged; infos never block', () => {
    expect(signOffProblems([warning], false)?.code).toBe('WARNINGS_NOT_ACKNOWLEDGED');
    expect(signOffProblems([warning], true)).toBeNull();
    expect(signOffProblems([{ level: 'info', message: 'x', keys: [] }], false)).toBeNull();
  });
});

const report = (items: number, href = '/api/v1/metrics/powers.items_published/records'): AnnualReport => ({
  report: 'rule_of_law_annual',
  year: 2020,
  unit: { id: 'u', code: '210114', name: '于洪区人民政府' },
  template: { id: 't', basis: 'b' },
  format: null,
  title: '标题',
  opening: '开头',
  sections: [
    {
      no: 1,
      title: 't',
      heading: '一、t',
      paragraphs: [
        {
          kind: 'paragraph',
          id: 'powers.list_published',
          text: `共计${items}项。`,
          figures: [
            { key: 'powers.items_published', value: items, previous: null, from: 'f', to: 't', href },
          ],
          statement: 'powers.list_published',
        },
      ],
    },
  ],
  closing: [],
  tables: {},
  signature: { organs: ['于洪区人民政府'], dateOn: '2021-01-29' },
  checks: [{ level: 'info', message: 'm', keys: [] }],
});

describe('the frozen report', () => {
  it('seals the same content the same, whatever the key order', () => {
    const a = report(1590);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as AnnualReport;
    expect(sealOf(reordered)).toBe(sealOf(a));
    expect(sealOf(report(1591))).not.toBe(sealOf(a));
  });

  it('lists a figure the records now give differently, at its place, without changing the frozen one', () => {
    const frozen = report(1590);
    expect(differencesBetween(frozen, report(1591))).toEqual({
      differences: [
        { figure: 'powers.items_published', where: 'powers.list_published', frozen: 1590, now: 1591 },
      ],
      missing: [],
    });
    expect(differencesBetween(frozen, report(1590)).differences).toEqual([]);
    expect(frozen.sections[0]?.paragraphs[0]?.figures[0]?.value).toBe(1590);
  });

  it('publishes it without the staff links and checks', () => {
    const out = JSON.stringify(publicReport(report(1590)));
    expect(out).not.toContain('/api/v1/metrics');
    expect(out).not.toContain('"checks"');
    expect(out).toContain('共计1590项');
  });
});

describe('regenerate', () => {
  const p = (id: string, text = 't') => ({
    id,
    section: 1,
    order: 10,
    statement: id.startsWith('prose') ? null : id,
    text,
  });
  it('adds new statements, keeps edited and prose paragraphs, and does not bring back a dropped one', () => {
    const draft = { paragraphs: [{ ...p('a'), text: 'edited' }, p('prose-1')] };
    const next = regenerate(draft, [p('a'), p('b'), p('c')], ['c']);
    expect(next.paragraphs.map((x) => [x.id, x.text])).toEqual([
      ['a', 'edited'],
      ['prose-1', 't'],
      ['b', 't'],
    ]);
  });
});
