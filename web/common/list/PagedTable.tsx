import { keepPreviousData, type QueryKey, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { fitColumns, hasPinnedColumns } from './columns.js';
import type { ListFilters } from './use-list-filters.js';

/** A page of records as every list endpoint answers. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

/** A list query that keeps showing the previous page while the next one loads (no flicker on paging). */
export function usePagedQuery<T, Q>(queryKey: QueryKey, fetch: (query: Q) => Promise<T>, query: Q) {
  return useQuery({
    queryKey: [...queryKey, query],
    queryFn: () => fetch(query),
    placeholderData: keepPreviousData,
  });
}

interface PagedTableProps<T> {
  list: UseQueryResult<PageOf<T>>;
  columns: ColumnsType<T>;
  state: Pick<ListFilters<string>, 'page' | 'pageSize' | 'set'>;
  /** The "共 N 条" text of the pager. */
  totalText: (total: number) => string;
  scroll?: TableProps<T>['scroll'];
  pageSizeOptions?: number[];
}

/**
 * The records of a list with its pager; a failed load shows the error with a retry above the table. Its
 * status and deadline columns stay in view and long text truncates with a tooltip (fitColumns).
 */
export function PagedTable<T extends { id: string }>({
  list,
  columns,
  state,
  totalText,
  scroll,
  pageSizeOptions,
}: PagedTableProps<T>) {
  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={scroll ?? (hasPinnedColumns(columns) ? { x: 'max-content' } : undefined)}
        loading={list.isFetching}
        columns={fitColumns(columns)}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions,
          showTotal: totalText,
          onChange: (page, pageSize) => state.set({ page, pageSize }),
        }}
      />
    </>
  );
}
