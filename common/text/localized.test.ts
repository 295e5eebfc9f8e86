import { describe, expect, it } from 'vitest';
import { negotiateLocale, pickText, tx } from './localized.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en', 'en-US'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-GB,en;q=0.9,zh-CN;q=0.5', 'en-US'],
    ['zh;q=0.4, en;q=0.6', 'en-US'],
    ['fr-FR,de;q=0.5', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('pickText', () => {
  it('picks the language of a bilingual text and keeps a zh-CN-only one', () => {
    const label = tx('告知补正', 'Request a correction');
    expect(pickText(label, 'en-US')).toBe('Request a correction');
    expect(pickText(label, 'zh-CN')).toBe('告知补正');
    expect(pickText('答复', 'en-US')).toBe('答复');
  });
});
