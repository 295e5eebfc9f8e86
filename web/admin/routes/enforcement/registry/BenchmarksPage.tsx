import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { BenchmarkOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { BenchmarkForm } from './BenchmarkForm.js';
import { ENF, registryApi } from './api.js';
import { useRT } from './i18n.js';
import { circumstanceLabel } from './labels.js';
import { LedgerButtons } from './LedgerButtons.js';
import { rangesSummary } from './ranges.js';

type Filters = {
  q?: string;
  orgUnitId?: string;
  includeInactive?: string;
};

/** 行政处罚裁量基准: per violation, the fine range of each circumstance; 决定 is checked against it. */
export default function BenchmarksPage() {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<BenchmarkOut | 'new' | null>(null);
  const query = { ...filters, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'benchmarks', query],
    queryFn: () => registryApi.benchmarks(query),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'benchmarks'] });
  const filter = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage({ ...page, page: 1 });
  };
  const deactivate = useMutation({
    mutationFn: registryApi.deactivateBenchmark,
    onSuccess: refresh,
    onError: (e) => message.error(e.message),
  });
  const manage = can('enforcement.manage_benchmarks');
  const col = (k: string) => rt(`benchmarks.columns.${k}`);
  const columns: ColumnsType<BenchmarkOut> = [
    { title: col('code'), dataIndex: 'code', width: 150 },
    {
      title: col('violation'),
      dataIndex: 'violation',
      render: (v: string, b) => (
        <>
          {v}
          {b.isActive ? null : <Tag style={{ marginLeft: 4 }}>{rt('benchmarks.inactive')}</Tag>}
          {b.powerItem ? (
            <div style={{ color: '#888' }}>{`${b.powerItem.code} ${b.powerItem.name}`}</div>
          ) : null}
        </>
      ),
    },
    {
      title: col('orgUnitId'),
      dataIndex: 'orgUnit',
      width: 180,
      render: (u: BenchmarkOut['orgUnit']) =>
        u?.name ?? <Tag color="blue">{rt('benchmarks.districtWide')}</Tag>,
    },
    {
      title: col('penaltyBasis'),
      dataIndex: 'penaltyBasis',
      width: 260,
      render: (v: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: true }} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    {
      title: col('ranges'),
      dataIndex: 'ranges',
      width: 300,
      render: (ranges: BenchmarkOut['ranges']) => rangesSummary(ranges, (c) => circumstanceLabel(c, locale)),
    },
  ];
  if (manage)
    columns.push({
      title: rt('actions'),
      key: 'actions',
      width: 120,
      render: (_, b) =>
        b.isActive ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(b)}>
              {rt('edit')}
            </Button>
            <Popconfirm title={rt('benchmarks.deactivateConfirm')} onConfirm={() => deactivate.mutate(b.id)}>
              <Button type="link" size="small" danger>
                {rt('benchmarks.deactivate')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    });
  return (
    <>
      <PageHeader
        title={rt('benchmarks.title')}
        subTitle={rt('benchmarks.subtitle')}
        extra={
          <>
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {rt('benchmarks.new')}
              </Button>
            ) : null}
            <LedgerButtons path={`${ENF}/benchmarks`} query={filters} onImported={refresh} />
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={col('orgUnitId')}
            placeholder={col('orgUnitId')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            options={(bodies.data ?? []).map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
            onChange={(orgUnitId?: string) => filter({ orgUnitId })}
          />
          <Input.Search
            aria-label={rt('benchmarks.keyword')}
            placeholder={rt('benchmarks.keyword')}
            allowClear
            style={{ width: 260 }}
            onSearch={(q) => filter({ q: q || undefined })}
          />
          <Checkbox
            checked={filters.includeInactive === 'true'}
            onChange={(e) => filter({ includeInactive: e.target.checked ? 'true' : undefined })}
          >
            {rt('benchmarks.includeInactive')}
          </Checkbox>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<BenchmarkOut>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => rt('total', { total }),
            onChange: (p, size) => setPage({ page: p, pageSize: size }),
          }}
        />
      </Card>
      {editing ? (
        <BenchmarkForm benchmark={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
