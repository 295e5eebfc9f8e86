import { Table } from 'antd';
import type { ReactNode } from 'react';

/** A page of the records behind a figure, as `/metrics/:key/records` answers it. */
export interface RecordPageData {
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
  total: number;
}

/** The records behind a figure, 20 to a page, columns as the server names them (every drill-down shows this). */
export function RecordPageTable(props: {
  data: RecordPageData | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  showTotal?: (total: number) => ReactNode;
}) {
  return (
    <Table<Record<string, unknown>>
      rowKey={(_, i) => String(i)}
      size="small"
      loading={props.loading}
      dataSource={props.data?.rows ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: props.page,
        pageSize: 20,
        total: props.data?.total ?? 0,
        showTotal: props.showTotal,
        onChange: props.onPage,
        showSizeChanger: false,
      }}
      columns={(props.data?.columns ?? []).map((c) => ({
        title: c.label,
        dataIndex: c.key,
        render: (v: unknown) => (v === null || v === undefined ? '' : String(v)),
      }))}
    />
  );
}
