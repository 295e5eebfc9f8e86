import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ColumnsType } from 'antd/es/table';
import { fitColumns, hasPinnedColumns } from './columns.js';

interface Row {
  id: string;
  cause: string;
}

const columns: ColumnsType<Row> = [
  { key: 'number', title: '编号', dataIndex: 'id' },
  { key: 'state', title: '状态', dataIndex: 'state', fixed: 'right' },
  { key: 'cause', title: '案由', dataIndex: 'cause', ellipsis: true },
  { key: 'due', title: '期限', dataIndex: 'due', fixed: 'right' },
  { key: 'party', title: '当事人', dataIndex: 'party' },
];

describe('fitColumns', () => {
  it('moves the pinned status and deadline columns to the right edge, keeping their order', () => {
    const fitted = fitColumns(columns);
    expect(fitted.map((c) => c.key)).toEqual(['number', 'cause', 'party', 'state', 'due']);
    expect(fitted.filter((c) => c.fixed === 'right').map((c) => c.key)).toEqual(['state', 'due']);
  });

  it('gives a truncating column a tooltip with the whole text instead of the browser title', () => {
    const cause = fitColumns(columns).find((c) => c.key === 'cause') as {
      ellipsis: unknown;
      render: (v: unknown, r: Row, i: number) => unknown;
    };
    expect(cause.ellipsis).toEqual({ showTitle: false });
    const cell = cause.render('涉嫌销售过期食品', { id: '1', cause: '涉嫌销售过期食品' }, 0);
    expect(isValidElement(cell)).toBe(true);
    expect((cell as { props: { title?: string } }).props.title).toBe('涉嫌销售过期食品');
  });

  it('leaves a list without pinned or truncating columns as it was', () => {
    const plain: ColumnsType<Row> = [{ key: 'number', title: '编号', dataIndex: 'id' }];
    expect(fitColumns(plain)).toEqual(plain);
    expect(hasPinnedColumns(plain)).toBe(false);
    expect(hasPinnedColumns(columns)).toBe(true);
  });
});
