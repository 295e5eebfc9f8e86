import { describe, expect, it } from 'vitest';
import type { ReportFigure } from '../../../common/contracts/reports/annual.js';
import { segmentFigures, yearOverYear } from './figure-segments.js';

const fig = (key: string, value: number, previous: number | null = null): ReportFigure => ({
  key,
  value,
  previous,
  from: '2020-01-01',
  to: '2020-12-31',
  href: `/api/v1/metrics/${key}/records?from=2020-01-01&to=2020-12-31`,
});

const shown = (text: string, figures: ReportFigure[]) =>
  segmentFigures(text, figures).map((s) => (s.kind === 'figure' ? `[${s.text}=${s.figure.key}]` : s.text));

describe('segmentFigures', () => {
  it('finds each figure in sentence order, as a whole number', () => {
    const text = '三是全面推进政务公开。全年主动公开信息5604条，共收到申请143件，其中信函43件。';
    const out = shown(text, [fig('d.proactive', 5604), fig('d.requests', 43)]);
    // 43 inside 143 is not the figure; the whole 43 after it is.
    expect(out).toEqual([
      '三是全面推进政务公开。全年主动公开信息',
      '[5604=d.proactive]',
      '条，共收到申请143件，其中信函',
      '[43=d.requests]',
      '件。',
    ]);
  });

  it('recognises 亿, 万 and percentage forms', () => {
    const text = '挽回损失1.8亿元，收费2.5万元，建成率100%。';
    const out = shown(text, [fig('a.loss', 180_000_000), fig('a.fees', 25_000), fig('m.rate', 1)]);
    expect(out.filter((s) => s.startsWith('['))).toEqual([
      '[1.8亿=a.loss]',
      '[2.5万=a.fees]',
      '[100%=m.rate]',
    ]);
  });

  it('keeps the same value twice apart by order', () => {
    const out = shown('35个部门，35项。', [fig('p.departments', 35), fig('p.items', 35)]);
    expect(out).toEqual(['[35=p.departments]', '个部门，', '[35=p.items]', '项。']);
  });

  it('leaves out a figure replaced by text and keeps all the text', () => {
    const text = '约两千件，办结率100%。';
    const segments = segmentFigures(text, [fig('e.cases', 2013), fig('e.rate', 1)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'figure').map((s) => s.figure.key)).toEqual(['e.rate']);
  });
});

describe('yearOverYear', () => {
  it('gives the change and its percentage', () => {
    expect(yearOverYear({ value: 43, previous: 40 })).toEqual({ previous: 40, change: 3, percent: 7.5 });
  });
  it('has no percentage from zero and nothing without last year', () => {
    expect(yearOverYear({ value: 5, previous: 0 })).toEqual({ previous: 0, change: 5, percent: null });
    expect(yearOverYear({ value: 5, previous: null })).toBeNull();
  });
});
