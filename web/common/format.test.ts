import { expect, it } from 'vitest';
import { formatChinaTime, formatYuan, joinClauses, labelled, remark } from './format.js';

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

it('punctuates a label, a remark and clauses in the reader’s language', () => {
  expect(labelled('角色', '协调员')).toBe('角色：协调员');
  expect(labelled('Role', 'Coordinator', 'en-US')).toBe('Role: Coordinator');
  expect(remark('暂定')).toBe('（暂定）');
  expect(remark('provisional', 'en-US')).toBe(' (provisional)');
  expect(remark(null, 'en-US')).toBe('');
  expect(remark('')).toBe('');
  expect(joinClauses(['日期：2020-01-02', '备注：无'])).toBe('日期：2020-01-02；备注：无');
  expect(joinClauses(['Date: 2020-01-02', 'Note: none'], 'en-US')).toBe('Date: 2020-01-02; Note: none');
});
