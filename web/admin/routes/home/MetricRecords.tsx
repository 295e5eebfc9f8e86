import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import type { RecordPage } from './api.js';

/** The records behind a figure over a period (`/metrics/:key/records`): the drill-down of every figure. */
export function MetricRecords({ metricKey, from, to }: { metricKey: string; from: string; to: string }) {
  const [page, setPage] = useState(1);
  const records = useQuery({
    queryKey: ['metrics', metricKey, 'records', from, to, page],
    queryFn: () =>
      api.get<RecordPage>(`/metrics/${metricKey}/records?from=${from}&to=${to}&page=${page}&pageSize=20`),
  });
  if (records.error) return <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />;
  return (
    <Table<Record<string, unknown>>
      rowKey={(_, i) => String(i)}
      size="small"
      loading={records.isPending}
      dataSource={records.data?.rows ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize: 20,
        total: records.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
      }}
      columns={(records.data?.columns ?? []).map((c) => ({
        title: c.label,
        dataIndex: c.key,
        render: (v: unknown) => (v === null || v === undefined ? '' : String(v)),
      }))}
    />
  );
}
