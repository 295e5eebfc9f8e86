import { expect, it } from 'vitest';
import { formatChinaTime } from './format.js';

it('shows an instant in China time whatever the browser zone', () => {
  expect(formatChinaTime('2020-06-30T01:00:00.000Z')).toBe('2020-06-30 09:00');
  expect(formatChinaTime('2020-12-31T16:30:00Z')).toBe('2021-01-01 00:30');
});
