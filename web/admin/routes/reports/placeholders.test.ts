import { describe, expect, it } from 'vitest';
import { joinParts, type Part, splitPlaceholders, withOverrides } from './placeholders.js';

describe('splitPlaceholders', () => {
  it('splits prose and figures, keeping cells and formats in the token', () => {
    const parts = splitPlaceholders(
      '共收到申请{disclosure.requests_received}件，信函{disclosure.requests_received:letter}件，挽回{legal.loss|亿}元',
    );
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

  it('sends a replacement without a reason as a removal, for the server to refuse naming the figure', () => {
    const parts = splitPlaceholders('共计{powers.items_published}项。').map(
      (p): Part => (p.kind === 'figure' ? { ...p, replacement: '约1600', reason: '  ' } : p),
    );
    expect(joinParts(parts)).toEqual({ text: '共计约1600项。', overrides: [] });
  });
});

describe('withOverrides', () => {
  it('shows a stored replacement as a replaced figure that saves back to the same text and override', () => {
    const override = { figure: 'powers.items_published', text: '约1600', reason: '按部门上报口径' };
    const parts = withOverrides(
      splitPlaceholders('公示{powers.departments_published}个部门，共计约1600项。'),
      [override],
    );
    expect(parts.filter((p) => p.kind === 'figure').map((p) => p.id)).toEqual([
      'powers.departments_published',
      'powers.items_published',
    ]);
    expect(joinParts(parts)).toEqual({
      text: '公示{powers.departments_published}个部门，共计约1600项。',
      overrides: [override],
    });
  });

  it('restoring it puts the placeholder back', () => {
    const override = { figure: 'powers.items_published', text: '约1600', reason: 'x' };
    const parts = withOverrides(splitPlaceholders('共计约1600项。'), [override]).map(
      (p): Part => (p.kind === 'figure' ? { kind: 'figure', token: p.token, id: p.id } : p),
    );
    expect(joinParts(parts)).toEqual({ text: '共计{powers.items_published}项。', overrides: [] });
  });
});
