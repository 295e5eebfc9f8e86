import { expect, it } from 'vitest';
import { formatChinaTime, formatYuan } from './format.js';

it('shows an instant in China time whatever the browser zone', () => {
  expect(formatChinaTime('2020-06-30T01:00:00.000Z')).toBe('2020-06-30 09:00');
  expect(formatChinaTime('2020-12-31T16:30:00Z')).toBe('2021-01-01 00:30');
});

it('writes money one way: separators, fen, 元 (¥ in English), a dash for none', () => {
  expect(formatYuan(3000)).toBe('3,000.00 元');
  expect(formatYuan(1234567.5, 'zh-CN')).toBe('1,234,567.50 元');
  expect(formatYuan(0.1 + 0.2)).toBe('0.30 元');
  expect(formatYuan(50000, 'en-US')).toBe('¥50,000.00');
  expect(formatYuan(null)).toBe('—');
  expect(formatYuan(undefined, 'en-US')).toBe('—');
});
