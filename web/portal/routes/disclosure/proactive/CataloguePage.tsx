import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import {
  PROACTIVE_CATEGORIES,
  type PublicCataloguePage,
  type PublicGuides,
  type PublicProactiveItem,
} from '../../../../../common/contracts/disclosure/proactive.js';
import { api } from '../../../../common/api.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

/** 政府信息公开目录: items on the government website, by department and category, with a search. */
export default function CataloguePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const query = {
    q: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
    department: params.get('department') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const set = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') merged.delete(k);
      else merged.set(k, String(v));
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  const guides = useQuery({
    queryKey: ['portal', 'disclosure', 'guides'],
    queryFn: () => api.get<PublicGuides>('/portal/disclosure/guides'),
  });
  const results = useQuery({
    queryKey: ['portal', 'disclosure', 'catalogue', query],
    queryFn: () => api.get<PublicCataloguePage>('/portal/disclosure/catalogue', query),
    placeholderData: keepPreviousData,
  });
  const counts = results.data?.byCategory ?? {};
  const allCount = Object.values(counts).reduce((a, b) => a + b, 0);
  const tt = (k: string, vars?: Record<string, string | number>) =>
    t(`disclosure.proactive.portal.${k}`, vars);

  const columns: ColumnsType<PublicProactiveItem> = [
    {
      title: tt('columns.title'),
      dataIndex: 'title',
      render: (title: string, item) =>
        item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer">
            {title}
          </a>
        ) : (
          title
        ),
    },
    {
      title: tt('columns.documentNumber'),
      dataIndex: 'documentNumber',
      width: 180,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: tt('columns.category'),
      dataIndex: 'category',
      width: 150,
      render: (c: string) => categoryLabel(c),
    },
    {
      title: tt('columns.department'),
      dataIndex: ['department', 'name'],
      width: 190,
      render: (name: string, item) => <Link to={`/disclosure/guide/${item.department.id}`}>{name}</Link>,
    },
    { title: tt('columns.publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];
  const tabs = [
    { key: '', label: `${tt('all')} (${allCount})` },
    ...PROACTIVE_CATEGORIES.filter((c) => counts[c.code]).map((c) => ({
      key: c.code,
      label: `${c.short} (${counts[c.code]})`,
    })),
  ];
  return (
    <Card>
      <Typography.Title level={3}>{tt('catalogue')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tt('catalogueHint')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={tt('department')}
          placeholder={tt('allDepartments')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          value={query.department}
          options={(guides.data?.guides ?? []).map((g) => ({ value: g.orgUnit.id, label: g.orgUnit.name }))}
          onChange={(department?: string) => set({ department })}
        />
        <Input.Search
          aria-label={tt('keyword')}
          placeholder={tt('keyword')}
          allowClear
          defaultValue={query.q}
          style={{ width: 280 }}
          onSearch={(q) => set({ q })}
          enterButton={tt('search')}
        />
        {query.department ? <Link to={`/disclosure/guide/${query.department}`}>{tt('guide')}</Link> : null}
      </Flex>
      <Tabs activeKey={query.category ?? ''} items={tabs} onChange={(category) => set({ category })} />
      {results.error ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
      <Table<PublicProactiveItem>
        rowKey="id"
        size="middle"
        loading={results.isFetching}
        columns={columns}
        dataSource={results.data?.items ?? []}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: results.data?.total ?? 0,
          showTotal: (total) => tt('total', { total }),
          onChange: (p, size) => set({ page: p, pageSize: size }),
        }}
      />
    </Card>
  );
}
