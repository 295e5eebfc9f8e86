import { describe, expect, it } from 'vitest';
import { paragraphChecks } from './checks.js';
import { defineStatement } from './define-statement.js';
import { figuresRemovedWithoutReason, generateDraft } from './draft.js';
import { chineseNumeral, renderReport } from './render.js';
import { fillFigures, formatFigure } from './sentence.js';
import { parseTemplateFile, templateFor } from './template.js';

const received = defineStatement({
  key: 'disclosure.open_government',
  place: { report: 'rule_of_law_annual', section: 1, area: 'supervision' },
  order: 30,
  lead: '全面推进政务公开',
  text: '受理申请{disclosure.requests_received}件，其中：信函{disclosure.requests_received:letter}件，当面{disclosure.requests_received:in_person}件，现已全部办结。',
  claims: [
    {
      words: '现已全部办结',
      figure: 'disclosure.requests_concluded',
      equals: { figure: 'disclosure.requests_received' },
    },
  ],
  sums: [
    {
      total: 'disclosure.requests_received',
      parts: ['disclosure.requests_received:letter', 'disclosure.requests_received:in_person'],
    },
  ],
});

const values = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([k, value]) => [k, { value, unit: 'count' }]));

const seedValues = values({
  'disclosure.requests_received': 41,
  'disclosure.requests_received:letter': 35,
  'disclosure.requests_received:in_person': 6,
  'disclosure.requests_concluded': 41,
});

describe('report sentences', () => {
  it('fills figures, breakdown cells and formats', () => {
    expect(fillFigures('{a.b}件，{a.b:x}件', values({ 'a.b': 43, 'a.b:x': 35 }))).toBe('43件，35件');
    expect(formatFigure(180_000_000, '亿', 'yuan')).toBe('1.8亿');
    expect(formatFigure(1, undefined, 'rate')).toBe('100%');
    expect(formatFigure(0.9567, undefined, 'rate')).toBe('95.7%');
    expect(formatFigure(7.25, undefined, 'count')).toBe('7.3');
    // An uncomputed figure stays a placeholder, never a made-up number.
    expect(fillFigures('{a.b}件', values({}))).toBe('{a.b}件');
  });

  it('numbers areas and points as the seed does, skipping empty areas', () => {
    const template = templateFor('rule_of_law_annual', 2020);
    if (!template) throw new Error('no template for 2020');
    const paragraphs = generateDraft(template, [received]);
    const out = renderReport({
      template,
      words: { year: 2020, unit: '于洪区人民政府', unitShort: '于洪区' },
      period: { from: '2020-01-01', to: '2020-12-31' },
      paragraphs,
      values: seedValues,
      previous: values({ 'disclosure.requests_received': 40 }),
    });
    expect(out.title).toBe('2020年于洪区法治政府建设年度报告');
    const first = out.sections[0];
    expect(first?.heading).toBe('一、主要举措和成效');
    expect(first?.paragraphs[0]?.text).toBe('（一）完善监督机制，确保行政权力规范透明运行');
    expect(first?.paragraphs[1]?.text).toBe(
      '一是全面推进政务公开。受理申请41件，其中：信函35件，当面6件，现已全部办结。',
    );
    const figure = first?.paragraphs[1]?.figures[1];
    expect(figure).toMatchObject({
      key: 'disclosure.requests_received',
      cell: 'letter',
      value: 35,
      previous: null,
    });
    expect(figure?.href).toBe(
      '/api/v1/metrics/disclosure.requests_received/records?from=2020-01-01&to=2020-12-31&cell=letter',
    );
    expect(out.sections[3]?.title).toBe('2021年推进法治政府建设工作计划');
    expect(out.sections[4]?.paragraphs[0]?.text).toBe('无。');
    expect(chineseNumeral(12)).toBe('十二');
    expect(chineseNumeral(20)).toBe('二十');
  });
});

describe('checks a paragraph carries', () => {
  const paragraph = { id: received.key, section: 1, order: 30, statement: received.key, text: received.text };

  it('passes when the claim and the sum hold', () => {
    expect(paragraphChecks(paragraph, received, seedValues)).toEqual([]);
  });

  it('flags a claim the records contradict', () => {
    const open = new Map(seedValues).set('disclosure.requests_concluded', { value: 39, unit: 'count' });
    const [check] = paragraphChecks(paragraph, received, open);
    expect(check?.level).toBe('error');
    expect(check?.message).toContain('现已全部办结');
  });

  it('flags a figure typed by hand and the sum it breaks', () => {
    const typed = {
      ...paragraph,
      text: paragraph.text.replace('{disclosure.requests_received:letter}', '36'),
      overrides: [{ figure: 'disclosure.requests_received:letter', text: '36', reason: '含一件传真' }],
    };
    const checks = paragraphChecks(typed, received, seedValues);
    expect(checks.map((c) => c.level).sort()).toEqual(['error', 'warning']);
    expect(checks.find((c) => c.level === 'warning')?.message).toContain('记录计算值为 35');
  });

  it('refuses an edit that drops a figure without a reason', () => {
    const edited = { ...paragraph, text: '受理申请41件。' };
    expect(figuresRemovedWithoutReason(paragraph.text, edited)).toEqual([
      'disclosure.requests_received',
      'disclosure.requests_received:letter',
      'disclosure.requests_received:in_person',
    ]);
    const explained = {
      ...edited,
      overrides: [
        { figure: 'disclosure.requests_received', text: '41', reason: '口径调整' },
        { figure: 'disclosure.requests_received:letter', text: '', reason: '删去分项' },
        { figure: 'disclosure.requests_received:in_person', text: '', reason: '删去分项' },
      ],
    };
    expect(figuresRemovedWithoutReason(paragraph.text, explained)).toEqual([]);
  });
});

describe('templates', () => {
  it('pick the version of the report year', () => {
    expect(templateFor('disclosure_annual', 2020)?.tableFormat).toBe('2019');
    expect(templateFor('disclosure_annual', 2021)?.tableFormat).toBe('2021');
    expect(templateFor('rule_of_law_annual', 2018)).toBeNull();
  });

  it('refuse a malformed file with the field named', () => {
    expect(() => parseTemplateFile('key: x\nversions: [{ id: a }]', 'bad.yaml')).toThrow(
      /bad.yaml: versions.0/,
    );
  });
});
