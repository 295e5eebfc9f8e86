import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { PublicDecision } from '../../../../common/contracts/enforcement/publication.js';
import {
  type FilterSpec,
  FilterBar,
  PagedTable,
  usePagedQuery,
  useUrlFilters,
} from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type DecisionSearch, portalEnforcementApi } from './api.js';
import { kindLabel, kindOptions } from './labels.js';
import { SectionTabs } from './SectionTabs.js';
import './messages.js';

const FILTERS = ['q', 'orgUnitId', 'kind', 'from', 'to'] as const;

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
  // The search lives in the URL, so a result list can be bookmarked and shared.
  const state = useUrlFilters(FILTERS);
  const columns = useColumns();
  const tt = (k: string, vars?: Record<string, string | number>) =>
    t(`portalEnforcement.decisions.${k}`, vars);
  const bodies = useQuery({
    queryKey: ['portal', 'enforcement', 'bodies'],
    queryFn: portalEnforcementApi.bodies,
  });
  const results = usePagedQuery(
    ['portal', 'enforcement', 'decisions'],
    portalEnforcementApi.decisions,
    state.query as DecisionSearch,
  );
  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'orgUnitId',
      label: tt('body'),
      placeholder: tt('allBodies'),
      searchable: true,
      width: 240,
      loading: bodies.isPending,
      options: (bodies.data ?? []).map((b) => ({ value: b.orgUnitId, label: b.orgUnitName })),
    },
    {
      kind: 'select',
      key: 'kind',
      label: tt('kind'),
      placeholder: tt('allKinds'),
      width: 150,
      options: kindOptions(locale),
    },
    { kind: 'dates', from: 'from', to: 'to', label: tt('from'), placeholder: [tt('from'), tt('to')] },
    { kind: 'search', key: 'q', label: tt('keyword'), width: 300, button: tt('search') },
  ];
  return (
    <>
      <SectionTabs active="decisions" />
      <Typography.Title level={4}>{tt('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tt('intro')}</Typography.Paragraph>
      <Card size="small">
        <FilterBar
          specs={filters}
          filters={state.filters}
          set={state.set}
          resetLabel={tt('reset')}
          onReset={state.reset}
        />
        <PagedTable
          list={results}
          columns={columns}
          state={state}
          pageSizeOptions={[10, 20, 50]}
          totalText={(total) => tt('total', { total })}
        />
      </Card>
    </>
  );
}
