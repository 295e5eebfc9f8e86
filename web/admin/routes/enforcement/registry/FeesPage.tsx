import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { FeeOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { EChart } from '../../../../common/components/EChart.js';
import { ENF, registryApi } from './api.js';
import { collectionsByBody, collectionsChartOption } from './charts.js';
import { CollectionDialog } from './CollectionDialog.js';
import { FeeForm } from './FeeForm.js';
import { useRT } from './i18n.js';
import { LedgerButtons } from './LedgerButtons.js';
import { selectableYears } from './plan-items.js';
import { formatYuan } from './ranges.js';
import { ReasonDialog } from './ReasonDialog.js';

type Filters = {
  q?: string;
  orgUnitId?: string;
  includeRepealed?: string;
};

/** The year's collections per body as a bar chart (the 2020 demo year by default). */
function CollectionsChart({ year }: { year: number }) {
  const rt = useRT();
  const fees = useQuery({
    queryKey: ['enforcement', 'registry', 'fees', 'all'],
    queryFn: () => registryApi.allFees({ includeRepealed: 'true' }),
  });
  const seriesName = rt('fees.amount');
  const option = useMemo(
    () => collectionsChartOption(collectionsByBody(fees.data ?? [], year), seriesName),
    [fees.data, year, seriesName],
  );
  if (fees.error) return <ErrorAlert error={fees.error} onRetry={() => void fees.refetch()} />;
  return (
    <Card
      size="small"
      title={rt('fees.chartTitle', { year })}
      style={{ marginBottom: 16 }}
      loading={fees.isLoading}
    >
      <EChart option={option} height={260} />
    </Card>
  );
}

/** 涉企行政事业性收费目录: fee items per body, their yearly collections, and a chart of one year by body. */
export default function FeesPage() {
  const rt = useRT();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [year, setYear] = useState(2020);
  const [editing, setEditing] = useState<FeeOut | 'new' | null>(null);
  const [collecting, setCollecting] = useState<FeeOut | null>(null);
  const [repealing, setRepealing] = useState<FeeOut | null>(null);
  const query = { ...filters, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'fees', query],
    queryFn: () => registryApi.fees(query),
    placeholderData: keepPreviousData,
  });
  const units = useQuery({
    queryKey: ['enforcement', 'registry', 'fee-units'],
    queryFn: registryApi.feeUnits,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'fees'] });
  const filter = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage({ ...page, page: 1 });
  };
  const manage = can('enforcement.manage_fees');
  const col = (k: string) => rt(`fees.columns.${k}`);
  const columns: ColumnsType<FeeOut> = [
    { title: col('code'), dataIndex: 'code', width: 140 },
    {
      title: col('name'),
      dataIndex: 'name',
      width: 180,
      render: (name: string, f) => (
        <>
          {name} {f.repealedOn ? <Tag>{rt('fees.repealedOn', { date: f.repealedOn })}</Tag> : null}
        </>
      ),
    },
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: col('legalBasis'),
      dataIndex: 'legalBasis',
      width: 220,
      render: (v: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: true }} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    {
      title: col('standard'),
      dataIndex: 'standard',
      width: 200,
      render: (v: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: true }} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    { title: col('publishedOn'), dataIndex: 'publishedOn', width: 110 },
    {
      title: rt('fees.collected', { year }),
      key: 'collected',
      width: 140,
      align: 'right',
      render: (_, f) => {
        const amount = f.collections.find((c) => c.year === year)?.amountYuan;
        const text = amount === undefined ? '—' : formatYuan(amount);
        return manage ? <Typography.Link onClick={() => setCollecting(f)}>{text}</Typography.Link> : text;
      },
    },
  ];
  if (manage)
    columns.push({
      title: rt('actions'),
      key: 'actions',
      width: 120,
      render: (_, f) =>
        f.repealedOn ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(f)}>
              {rt('edit')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setRepealing(f)}>
              {rt('fees.repeal')}
            </Button>
          </Space>
        ),
    });
  return (
    <>
      <PageHeader
        title={rt('fees.title')}
        subTitle={rt('fees.subtitle')}
        extra={
          <>
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {rt('fees.new')}
              </Button>
            ) : null}
            <LedgerButtons path={`${ENF}/fees`} query={filters} onImported={refresh} />
          </>
        }
      />
      <CollectionsChart year={year} />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={rt('fees.year')}
            style={{ width: 120 }}
            value={year}
            options={selectableYears(new Date().getFullYear()).map((y) => ({
              value: y,
              label: rt('year', { year: y }),
            }))}
            onChange={setYear}
          />
          <Select
            aria-label={col('orgUnitId')}
            placeholder={col('orgUnitId')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            onChange={(orgUnitId?: string) => filter({ orgUnitId })}
          />
          <Input.Search
            aria-label={rt('fees.keyword')}
            placeholder={rt('fees.keyword')}
            allowClear
            style={{ width: 240 }}
            onSearch={(q) => filter({ q: q || undefined })}
          />
          <Checkbox
            checked={filters.includeRepealed === 'true'}
            onChange={(e) => filter({ includeRepealed: e.target.checked ? 'true' : undefined })}
          >
            {rt('fees.includeRepealed')}
          </Checkbox>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<FeeOut>
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
        <FeeForm fee={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {collecting ? (
        <CollectionDialog fee={collecting} year={year} onClose={() => setCollecting(null)} />
      ) : null}
      {repealing ? (
        <ReasonDialog
          title={`${rt('fees.repeal')}：${repealing.name}`}
          dateField="repealedOn"
          dateLabel={rt('fees.repealDate')}
          reasonLabel={rt('fees.repealReason')}
          onSubmit={(body) =>
            registryApi.repealFee(repealing.id, body as { repealedOn: string; reason: string })
          }
          onDone={refresh}
          onClose={() => setRepealing(null)}
        />
      ) : null}
    </>
  );
}
