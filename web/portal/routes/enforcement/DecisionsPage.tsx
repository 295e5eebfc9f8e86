import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import type { PublicDecision } from '../../../../common/contracts/enforcement/publication.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type DecisionSearch, portalEnforcementApi } from './api.js';
import { kindLabel, kindOptions } from './labels.js';
import { SectionTabs } from './SectionTabs.js';
import './messages.js';

const FILTERS = ['q', 'orgUnitId', 'kind', 'from', 'to'] as const;

/** The search lives in the URL, so a result list can be bookmarked and shared. */
function useSearch() {
  const [params, setParams] = useSearchParams();
  const query = {
    ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])),
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  } as DecisionSearch & { page: number; pageSize: number };
  const set = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') merged.delete(k);
      else merged.set(k, String(v));
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  return { query, set };
}

function useColumns(): ColumnsType<PublicDecision> {
  const t = useT();
  const { locale } = useLocale();
  const c = (k: string) => t(`portalEnforcement.decisions.columns.${k}`);
  return [
    {
      title: c('decisionNumber'),
      dataIndex: 'decisionNumber',
      width: 200,
      render: (n: string | null, d) => <Link to={`/enforcement/decisions/${d.id}`}>{n ?? '—'}</Link>,
    },
    { title: c('body'), dataIndex: 'orgUnitName', width: 180 },
    { title: c('kind'), dataIndex: 'kind', width: 110, render: (k: string) => kindLabel(k, locale) },
    { title: c('cause'), dataIndex: 'cause', ellipsis: true },
    { title: c('party'), dataIndex: 'partyName', width: 200 },
    { title: c('decidedOn'), dataIndex: 'decidedOn', width: 110 },
    { title: c('publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];
}

/** 执法决定公示: published decisions by body, kind, decision date and keyword; parties already masked. */
export default function DecisionsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { query, set } = useSearch();
  const columns = useColumns();
  const tt = (k: string, vars?: Record<string, string | number>) =>
    t(`portalEnforcement.decisions.${k}`, vars);
  const bodies = useQuery({
    queryKey: ['portal', 'enforcement', 'bodies'],
    queryFn: portalEnforcementApi.bodies,
  });
  const results = useQuery({
    queryKey: ['portal', 'enforcement', 'decisions', query],
    queryFn: () => portalEnforcementApi.decisions(query),
    placeholderData: keepPreviousData,
  });
  const range = query.from && query.to ? ([dayjs(query.from), dayjs(query.to)] as const) : null;
  return (
    <>
      <SectionTabs active="decisions" />
      <Typography.Title level={4}>{tt('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tt('intro')}</Typography.Paragraph>
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={tt('body')}
            placeholder={tt('allBodies')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 240 }}
            value={query.orgUnitId}
            loading={bodies.isPending}
            options={(bodies.data ?? []).map((b) => ({ value: b.orgUnitId, label: b.orgUnitName }))}
            onChange={(orgUnitId?: string) => set({ orgUnitId })}
          />
          <Select
            aria-label={tt('kind')}
            placeholder={tt('allKinds')}
            allowClear
            style={{ width: 150 }}
            value={query.kind}
            options={kindOptions(locale)}
            onChange={(kind?: string) => set({ kind })}
          />
          <DatePicker.RangePicker
            aria-label={tt('from')}
            placeholder={[tt('from'), tt('to')]}
            value={range ? [range[0], range[1]] : null}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          />
          <Input.Search
            key={query.q ?? ''}
            aria-label={tt('keyword')}
            placeholder={tt('keyword')}
            allowClear
            defaultValue={query.q}
            style={{ width: 300 }}
            enterButton={tt('search')}
            onSearch={(q) => set({ q })}
          />
          <Button onClick={() => set(Object.fromEntries(FILTERS.map((k) => [k, undefined])))}>
            {tt('reset')}
          </Button>
        </Flex>
        {results.error ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
        <Table<PublicDecision>
          rowKey="id"
          size="middle"
          loading={results.isFetching}
          columns={columns}
          dataSource={results.data?.items ?? []}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            pageSizeOptions: [10, 20, 50],
            total: results.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => tt('total', { total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
