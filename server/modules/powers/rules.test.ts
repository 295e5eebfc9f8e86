import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABELS,
  changedFields,
  contentOf,
  describeMissing,
  isInForceOn,
  itemCode,
  missingForPublication,
  searchTerms,
} from './rules.js';

describe('the ten categories (中办发〔2015〕21号)', () => {
  it('has exactly the ten standard labels, in order', () => {
    expect(Object.values(CATEGORY_LABELS)).toEqual([
      '行政许可',
      '行政处罚',
      '行政强制',
      '行政征收',
      '行政给付',
      '行政检查',
      '行政确认',
      '行政奖励',
      '行政裁决',
      '其他行政权力',
    ]);
  });

  it.each([
    ['licensing', 1, '210114-D22-XK-001'],
    ['penalty', 12, '210114-D22-CF-012'],
    ['other', 123, '210114-D22-QT-123'],
  ] as const)('numbers a %s item %i as %s', (category, serial, code) => {
    expect(itemCode('210114-D22', category, serial)).toBe(code);
  });
});

describe('publication elements', () => {
  it.each([
    [{ legalBasis: '《食品安全法》', process: '立案→决定', responsibility: '立案责任' }, []],
    [{ legalBasis: '', process: '立案→决定', responsibility: '立案责任' }, ['legalBasis']],
    [{ legalBasis: '  ', process: null, responsibility: '立案责任' }, ['legalBasis', 'process']],
    [{}, ['legalBasis', 'process', 'responsibility']],
  ])('finds what is missing in %j', (content, missing) => {
    expect(missingForPublication(content)).toEqual(missing);
  });

  it('names the missing elements in Chinese', () => {
    expect(describeMissing(['legalBasis', 'responsibility'])).toBe('发布前须填写：实施依据、责任事项');
  });
});

describe('which version is in force at the end of a day', () => {
  const v = (publishedOn: string, supersededOn: string | null = null, repealedOn: string | null = null) => ({
    publishedOn,
    supersededOn,
    repealedOn,
  });
  it.each([
    ['published that day', v('2020-06-30'), '2020-06-30', true],
    ['published the next day', v('2020-07-01'), '2020-06-30', false],
    ['superseded that day', v('2020-06-30', '2020-09-10'), '2020-09-10', false],
    ['superseded later', v('2020-06-30', '2020-09-10'), '2020-09-09', true],
    ['repealed that day', v('2020-06-30', null, '2020-11-20'), '2020-11-20', false],
    ['repealed the next year', v('2020-06-30', null, '2021-01-05'), '2020-12-31', true],
  ])('%s', (_label, version, day, expected) => {
    expect(isInForceOn(version, day)).toBe(expected);
  });
});

describe('content', () => {
  it('fills absent fields with null and reports the fields a revision changes', () => {
    const before = contentOf({ name: '甲', category: 'penalty', timeLimit: '90日' });
    expect(before.legalBasis).toBeNull();
    const after = contentOf({ ...before, timeLimit: '60日', legalBasis: '《行政处罚法》' });
    expect(changedFields(before, after)).toEqual(['legalBasis', 'timeLimit']);
  });
});

describe('the words of a citizen\'s query (any-term search)', () => {
  it('splits at spaces and Chinese or Western punctuation, once per word', () => {
    expect(searchTerms('食品 许可，餐饮、食品')).toEqual(['食品', '许可', '餐饮']);
    expect(searchTerms('  fire  safety ')).toEqual(['fire', 'safety']);
  });

  it('breaks a long Chinese run typed without spaces into its two-character words', () => {
    expect(searchTerms('办理食品许可')).toEqual(['办理', '理食', '食品', '品许', '许可']);
    expect(searchTerms('占道 烟花')).toEqual(['占道', '烟花']);
    expect(searchTerms('户外广告')).toEqual(['户外', '外广', '广告']);
  });

  it('keeps a short run whole and yields nothing for punctuation alone', () => {
    expect(searchTerms('许可证')).toEqual(['许可证']);
    expect(searchTerms('，、 ')).toEqual([]);
  });
});
