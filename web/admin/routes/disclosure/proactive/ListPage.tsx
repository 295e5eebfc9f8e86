import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Flex, Input, Select, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ProactiveItemSummary } from '../../../../../common/contracts/disclosure/proactive.js';
import { api } from '../../../../common/api.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, ExportButton, ImportButton, PageHeader } from '../../../../common/components/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { PROACTIVE_PATH, proactiveApi } from './api.js';
import { GuideDrawer } from './GuideDrawer.js';
import { ItemForm } from './ItemForm.js';
import { categoryLabel, categoryOptions, table2Label } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'category', 'orgUnitId', 'from', 'to', 'lateOnly'] as const;

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

/** The late flag: a red tag whose tooltip says when the item was due (条例 第二十六条). */
export function LateTag({ item }: { item: Pick<ProactiveItemSummary, 'isLate' | 'dueOn' | 'publishedOn'> }) {
  const t = useT();
  if (!item.isLate) return null;
  return (
    <Tooltip
      title={`${t('disclosure.proactive.fields.dueOn')} ${item.dueOn}，${t('disclosure.proactive.fields.publishedOn')} ${item.publishedOn}`}
    >
      <Tag color="red">{t('disclosure.proactive.late')}</Tag>
    </Tooltip>
  );
}

/** 主动公开台账: what the user may see, filtered (unit, category, dates, late only, text), with import/export. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [guides, setGuides] = useState(false);
  const { filters, page, pageSize, set } = useFilters();
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: ['disclosure', 'proactive', 'items', query],
    queryFn: () => proactiveApi.list(query),
    placeholderData: keepPreviousData,
  });
  const units = useQuery({ queryKey: ['disclosure', 'proactive', 'units'], queryFn: proactiveApi.units });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['disclosure', 'proactive'] });
  const tt = (k: string) => t(`disclosure.proactive.${k}`);

  const columns: ColumnsType<ProactiveItemSummary> = [
    {
      title: tt('fields.title'),
      dataIndex: 'title',
      render: (title: string, item) => (
        <>
          <Link to={`/disclosure/proactive/${item.id}`}>{title}</Link>
          {item.documentNumber ? <div style={{ color: '#888' }}>{item.documentNumber}</div> : null}
        </>
      ),
    },
    {
      title: tt('fields.category'),
      dataIndex: 'category',
      width: 170,
      render: (c: string, item) => (
        <>
          {categoryLabel(c, locale)}
          {item.table2Kind ? (
            <Tag style={{ marginLeft: 4 }}>{table2Label(item.table2Kind, locale)}</Tag>
          ) : null}
        </>
      ),
    },
    { title: tt('fields.orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 170 },
    { title: tt('fields.formedOn'), dataIndex: 'formedOn', width: 110 },
    {
      title: tt('fields.publishedOn'),
      dataIndex: 'publishedOn',
      width: 150,
      render: (d: string, item) => (
        <>
          {d} <LateTag item={item} />
        </>
      ),
    },
    {
      title: tt('fields.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: string, item) =>
        s === 'withdrawn' ? (
          <Tag>{tt('withdrawn')}</Tag>
        ) : item.isOnPortal ? (
          <Tag color="blue">{tt('portal')}</Tag>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={tt('title')}
        subTitle={tt('subtitle')}
        extra={
          <>
            {can('disclosure.register_proactive') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {tt('new')}
              </Button>
            ) : null}
            {can('disclosure.import_proactive') ? (
              <>
                <ImportButton path={`${PROACTIVE_PATH}/import`} label={tt('import')} onImported={refresh} />
                <Button onClick={() => void api.download(`${PROACTIVE_PATH}/import-template`)}>
                  {tt('template')}
                </Button>
              </>
            ) : null}
            {can('disclosure.export_proactive') ? (
              <ExportButton path={`${PROACTIVE_PATH}/export`} query={filters} label={tt('export')} />
            ) : null}
            <Button onClick={() => setGuides(true)}>{tt('guides')}</Button>
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={tt('filters.unit')}
            placeholder={tt('filters.unit')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            value={filters.orgUnitId}
            options={(units.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(orgUnitId?: string) => set({ orgUnitId })}
          />
          <Select
            aria-label={tt('filters.category')}
            placeholder={tt('filters.category')}
            allowClear
            style={{ width: 220 }}
            value={filters.category}
            options={categoryOptions(locale)}
            onChange={(category?: string) => set({ category })}
          />
          <DatePicker.RangePicker
            aria-label={tt('filters.from')}
            value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
            onChange={(range) =>
              set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
          />
          <Checkbox
            checked={filters.lateOnly === 'true'}
            onChange={(e) => set({ lateOnly: e.target.checked ? 'true' : undefined })}
          >
            {tt('filters.lateOnly')}
          </Checkbox>
          <Input.Search
            aria-label={tt('filters.keyword')}
            placeholder={tt('filters.keyword')}
            allowClear
            defaultValue={filters.q}
            style={{ width: 260 }}
            onSearch={(q) => set({ q })}
            enterButton={tt('filters.search')}
          />
          <Button onClick={() => set(Object.fromEntries(FILTERS.map((k) => [k, undefined])))}>
            {tt('filters.reset')}
          </Button>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<ProactiveItemSummary>
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
            showTotal: (total) => t('disclosure.proactive.total', { total }),
            onChange: (p, size) => set({ page: p, pageSize: size }),
          }}
        />
      </Card>
      <ItemForm open={creating} onClose={() => setCreating(false)} />
      <GuideDrawer open={guides} onClose={() => setGuides(false)} />
    </>
  );
}
