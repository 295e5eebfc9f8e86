import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PowerItemSummary } from '../../../../common/contracts/powers.js';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, ExportButton, ImportButton, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { powersApi } from './api.js';
import { categoryLabel, categoryOptions, STATUS_COLOR, statusLabel, statusOptions } from './labels.js';
import { StatsCard } from './StatsCard.js';
import './messages.js';

const FILTERS = ['q', 'category', 'orgUnitId', 'status'] as const;

function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const set = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') merged.delete(k);
      else merged.set(k, String(v));
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  return { filters, page, pageSize, set };
}

/** 权责清单: the items a user may see, filtered, with import/export and the counts by category. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can, user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, set } = useFilters();
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: ['powers', 'items', query],
    queryFn: () => powersApi.list(query),
    placeholderData: keepPreviousData,
  });
  const departments = useQuery({ queryKey: ['powers', 'departments'], queryFn: powersApi.departments });
  // The server scopes the list anyway; offering only the officer's own unit avoids empty tables.
  const ownUnitOnly = user?.role === 'department_officer' || user?.role === 'mediator';
  const unitOptions =
    ownUnitOnly && user?.orgUnit
      ? [{ value: user.orgUnit.id, label: user.orgUnit.name }]
      : (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['powers'] });

  const columns: ColumnsType<PowerItemSummary> = [
    { title: t('powers.columns.code'), dataIndex: 'code', width: 190 },
    {
      title: t('powers.columns.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <Link to={`/powers/${item.id}`}>
          {name}
          {item.subItemName ? `（${item.subItemName}）` : ''}
        </Link>
      ),
    },
    {
      title: t('powers.columns.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: string) => categoryLabel(c, locale),
    },
    { title: t('powers.columns.department'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: t('powers.columns.status'),
      dataIndex: 'status',
      width: 130,
      render: (s: string, item) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{statusLabel(s, locale)}</Tag>
          {item.hasPendingRevision ? <Tag color="orange">{t('powers.pendingRevision')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('powers.columns.version'),
      dataIndex: 'currentVersion',
      width: 70,
      render: (v: number) => v || '—',
    },
    { title: t('powers.columns.publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];

  return (
    <>
      <PageHeader
        title={t('powers.title')}
        subTitle={t('powers.subtitle')}
        extra={
          <>
            {can('powers.edit') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/powers/new')}>
                {t('powers.new')}
              </Button>
            ) : null}
            {can('powers.import') ? (
              <>
                <ImportButton path="/powers/import" label={t('powers.import')} onImported={refresh} />
                <Button onClick={() => void api.download('/powers/import-template')}>
                  {t('powers.template')}
                </Button>
              </>
            ) : null}
            {can('powers.export') ? (
              <ExportButton path="/powers/export" query={filters} label={t('powers.export')} />
            ) : null}
          </>
        }
      />
      <StatsCard onCategory={(category) => set({ category })} />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('powers.filters.department')}
            placeholder={t('powers.filters.department')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            value={filters.orgUnitId}
            options={unitOptions}
            onChange={(orgUnitId?: string) => set({ orgUnitId })}
          />
          <Select
            aria-label={t('powers.filters.category')}
            placeholder={t('powers.filters.category')}
            allowClear
            style={{ width: 160 }}
            value={filters.category}
            options={categoryOptions(locale)}
            onChange={(category?: string) => set({ category })}
          />
          <Select
            aria-label={t('powers.filters.status')}
            placeholder={t('powers.filters.status')}
            allowClear
            style={{ width: 130 }}
            value={filters.status}
            options={statusOptions(locale)}
            onChange={(status?: string) => set({ status })}
          />
          <Input.Search
            aria-label={t('powers.filters.keyword')}
            placeholder={t('powers.filters.keyword')}
            allowClear
            defaultValue={filters.q}
            style={{ width: 260 }}
            onSearch={(q) => set({ q })}
            enterButton={t('powers.filters.search')}
          />
          <Button
            onClick={() =>
              set({ q: undefined, category: undefined, orgUnitId: undefined, status: undefined })
            }
          >
            {t('powers.filters.reset')}
          </Button>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<PowerItemSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('powers.total', { total }),
            onChange: (p, size) => set({ page: p, pageSize: size }),
          }}
        />
      </Card>
    </>
  );
}
