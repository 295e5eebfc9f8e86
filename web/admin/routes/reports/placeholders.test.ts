import { describe, expect, it } from 'vitest';
import { joinParts, type Part, splitPlaceholders } from './placeholders.js';

describe('splitPlaceholders', () => {
  it('splits prose and figures, keeping cells and formats in the token', () => {
    const parts = splitPlaceholders('共收到申请{disclosure.requests_received}件，信函{disclosure.requests_received:letter}件，挽回{legal.loss|亿}元');
    expect(parts.map((p) => (p.kind === 'figure' ? `<${p.id}>` : p.text))).toEqual([
      '共收到申请',
      '<disclosure.requests_received>',
      '件，信函',
      '<disclosure.requests_received:letter>',
      '件，挽回',
      '<legal.loss>',
      '元',
    ]);
  });

  it('leaves braces that are not placeholders as prose', () => {
    expect(splitPlaceholders('{not a figure}')).toEqual([{ kind: 'text', text: '{not a figure}' }]);
  });
});

describe('joinParts', () => {
  it('round-trips an untouched paragraph with no overrides', () => {
    const text = '公示{powers.departments_published}个部门，共计{powers.items_published}项。';
    expect(joinParts(splitPlaceholders(text))).toEqual({ text, overrides: [] });
  });

  it('puts the typed text in place of a replaced figure and records it with its reason', () => {
    const parts = splitPlaceholders('共计{powers.items_published}项。').map(
      (p): Part => (p.kind === 'figure' ? { ...p, replacement: '约1600', reason: '按部门上报口径' } : p),
    );
    expect(joinParts(parts)).toEqual({
      text: '共计约1600项。',
      overrides: [{ figure: 'powers.items_published', text: '约1600', reason: '按部门上报口径' }],
    });
  });
});
