import { Tooltip } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';

type Column<T> = ColumnsType<T>[number];

const isPinned = <T,>(c: Column<T>) => c.fixed === 'right' || c.fixed === 'end';

const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

/** A truncating column shows its whole text in a tooltip (antd's own `title` is a bare browser hint). */
function withTooltip<T>(column: ColumnType<T>): ColumnType<T> {
  const render = column.render;
  return {
    ...column,
    ellipsis: { showTitle: false },
    render: (value: unknown, record: T, index: number) => {
      const shown = (render ? render(value, record, index) : value) as ReactNode;
      return (
        <Tooltip title={textOf(value)} placement="topLeft">
          <span>{shown}</span>
        </Tooltip>
      );
    },
  };
}

/**
 * A list's columns at office widths (1280–1920 px): the columns a list pins (`fixed: 'right'`: its status and
 * deadline) move to the right edge and stay visible while the rest scroll, and a column marked `ellipsis`
 * keeps one line with the whole text on hover.
 */
export function fitColumns<T>(columns: ColumnsType<T>): ColumnsType<T> {
  const fitted = columns.map((c) =>
    c.ellipsis === true && !('children' in c) ? withTooltip(c as ColumnType<T>) : c,
  );
  return [...fitted.filter((c) => !isPinned(c)), ...fitted.filter(isPinned)].map((c) =>
    isPinned(c) ? { ...c, fixed: 'right' as const } : c,
  );
}

/** A table with pinned columns scrolls sideways within its card rather than pushing them off screen. */
export const hasPinnedColumns = <T,>(columns: ColumnsType<T>) => columns.some(isPinned);
