import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../common/api.js';
import { ErrorAlert, RecordPageTable } from '../../../common/components/index.js';
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
  return <RecordPageTable data={records.data} loading={records.isPending} page={page} onPage={setPage} />;
}
