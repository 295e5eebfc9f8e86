import { useQuery } from '@tanstack/react-query';
import { Card, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  PROACTIVE_CATEGORIES,
  type PublicCataloguePage,
  type PublicGuides,
  type PublicProactiveItem,
} from '../../../../../common/contracts/disclosure/proactive.js';
import { api, type Query } from '../../../../common/api.js';
import { FilterBar, PagedTable, usePagedQuery, useUrlFilters } from '../../../../common/list/index.js';
import { useT } from '../../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'category', 'department'] as const;

/** 政府信息公开目录: items on the government website, by department and category, with a search. */
export default function CataloguePage() {
  const t = useT();
  const { query, filters, set, ...state } = useUrlFilters(FILTERS);
  const guides = useQuery({
    queryKey: ['portal', 'disclosure', 'guides'],
    queryFn: () => api.get<PublicGuides>('/portal/disclosure/guides'),
  });
  const results = usePagedQuery(
    ['portal', 'disclosure', 'catalogue'],
    (q: Query) => api.get<PublicCataloguePage>('/portal/disclosure/catalogue', q),
    query,
  );
  const counts = results.data?.byCategory ?? {};
  const allCount = Object.values(counts).reduce((a, b) => a + b, 0);
  const tt = (k: string, vars?: Record<string, string | number>) =>
    t(`disclosure.proactive.portal.${k}`, vars);

  const columns: ColumnsType<PublicProactiveItem> = [
    {
      title: tt('columns.title'),
      dataIndex: 'title',
      // Every item opens: its page shows the summary and the link to the original (issue #10).
      render: (title: string, item) => <Link to={`/disclosure/catalogue/${item.id}`}>{title}</Link>,
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
      <FilterBar
        filters={filters}
        set={set}
        specs={[
          {
            kind: 'select',
            key: 'department',
            label: tt('department'),
            placeholder: tt('allDepartments'),
            searchable: true,
            width: 240,
            options: (guides.data?.guides ?? []).map((g) => ({ value: g.orgUnit.id, label: g.orgUnit.name })),
          },
          { kind: 'search', key: 'q', label: tt('keyword'), width: 280, button: tt('search') },
        ]}
        trail={
          filters.department ? (
            <Link to={`/disclosure/guide/${filters.department}`}>{tt('guide')}</Link>
          ) : null
        }
      />
      <Tabs activeKey={filters.category ?? ''} items={tabs} onChange={(category) => set({ category })} />
      <PagedTable
        list={results}
        columns={columns}
        state={{ ...state, set }}
        totalText={(total) => tt('total', { total })}
      />
    </Card>
  );
}
