import { describe, expect, it } from 'vitest';
import { mergeFilterParams, readFilters, readPaging } from './list-params.js';

describe('list params', () => {
  it('reads the named filters, missing ones undefined', () => {
    const params = new URLSearchParams('q=食品&other=1');
    expect(readFilters(params, ['q', 'status'])).toEqual({ q: '食品', status: undefined });
  });

  it('drops blank values and goes back to page 1 on a filter change', () => {
    const merged = mergeFilterParams(new URLSearchParams('q=a&status=x&page=3'), { q: '', status: 'y' });
    expect(merged.toString()).toBe('status=y');
  });

  it('keeps the page when the change names it', () => {
    const merged = mergeFilterParams(new URLSearchParams('q=a'), { page: 2, pageSize: 50 });
    expect(readPaging(merged)).toEqual({ page: 2, pageSize: 50 });
    expect(merged.get('q')).toBe('a');
  });

  it('pages from 1 by 20 by default', () => {
    expect(readPaging(new URLSearchParams())).toEqual({ page: 1, pageSize: 20 });
  });
});
