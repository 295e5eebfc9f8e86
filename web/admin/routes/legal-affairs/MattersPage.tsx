import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RecordYears } from '../../../../common/contracts/record-years.js';
import type { MatterSummary } from '../../../../common/contracts/legal-affairs/matters.js';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { formatYuan } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { legalApi, MATTERS_PATH } from './api.js';
import {
  categoryLabel,
  kindLabel,
  kindOptions,
  outcomeLabel,
  STATE_COLOR,
  stateLabel,
  stateOptions,
} from './labels.js';
import { RequestForm } from './RequestForm.js';
import './messages.js';

const FILTERS = ['q', 'kind', 'state', 'year'] as const;

/** 法律事务台账: the matters the user may see, filtered by kind, state, year and text, with import / export. */
export default function MattersPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['legal-affairs', 'matters'], legalApi.matters, state.query);
  const years = useQuery({
    queryKey: ['legal-affairs', 'years'],
    queryFn: () => api.get<RecordYears>(`${MATTERS_PATH}/years`),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['legal-affairs'] });
  const tt = (k: string) => t(`legal.${k}`);

  const columns: ColumnsType<MatterSummary> = [
    {
      title: tt('fields.matterNumber'),
      dataIndex: 'matterNumber',
      width: 150,
      render: (n: string, m) => <Link to={`/legal-affairs/matters/${m.id}`}>{n}</Link>,
    },
    {
      title: tt('fields.subject'),
      dataIndex: 'subject',
      render: (s: string, m) => (
        <>
          {s}
          {m.keyProject ? (
            <Tag color="purple" style={{ marginLeft: 6 }}>
              {m.keyProject}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: tt('fields.kind'),
      dataIndex: 'kind',
      width: 170,
      render: (k: string, m) => (
        <>
          {kindLabel(k, locale)}
          <div style={{ color: '#888', fontSize: 12 }}>{categoryLabel(m.category, locale)}</div>
        </>
      ),
    },
    { title: tt('fields.orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 170 },
    { title: tt('fields.requestedOn'), dataIndex: 'requestedOn', width: 110 },
    {
      title: tt('fields.advisers'),
      dataIndex: 'advisers',
      width: 140,
      render: (a: MatterSummary['advisers']) => a.map((x) => x.name).join('、') || '—',
    },
    {
      title: tt('fields.lossAvoidedYuan'),
      dataIndex: 'lossAvoidedYuan',
      width: 150,
      align: 'right',
      render: (v: number | null) => (v ? formatYuan(v, locale) : ''),
    },
    {
      title: tt('fields.state'),
      dataIndex: 'state',
      width: 130,
      fixed: 'right',
      render: (s: string, m) => (
        <>
          <Tag color={STATE_COLOR[s]}>{stateLabel(s, locale)}</Tag>
          {m.outcome ? (
            <div style={{ fontSize: 12, color: '#595959' }}>{outcomeLabel(m.outcome, locale)}</div>
          ) : null}
        </>
      ),
    },
  ];

  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'year',
      label: tt('matters.filters.year'),
      width: 120,
      options: (years.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) })),
    },
    {
      kind: 'select',
      key: 'kind',
      label: tt('matters.filters.kind'),
      width: 160,
      options: kindOptions(locale),
    },
    {
      kind: 'select',
      key: 'state',
      label: tt('matters.filters.state'),
      width: 130,
      options: stateOptions(locale),
    },
    {
      kind: 'search',
      key: 'q',
      label: tt('matters.filters.keyword'),
      width: 280,
      button: tt('matters.filters.search'),
    },
  ];

  return (
    <LedgerListPage<MatterSummary>
      title={tt('matters.title')}
      subTitle={tt('matters.subtitle')}
      actions={
        can('legal_affairs.request') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)}>
            {tt('matters.new')}
          </Button>
        ) : null
      }
      ledger={{
        path: MATTERS_PATH,
        importPermission: 'legal_affairs.import',
        exportPermission: 'legal_affairs.export',
        labels: {
          import: tt('matters.import'),
          template: tt('matters.template'),
          export: tt('matters.export'),
        },
      }}
      exportQuery={{}}
      onImported={refresh}
      state={state}
      filters={filters}
      resetLabel={tt('matters.filters.reset')}
      list={list}
      columns={columns}
      scroll={{ x: 1200 }}
      totalText={(total) => t('legal.matters.total', { total })}
    >
      <RequestForm open={requesting} onClose={() => setRequesting(false)} />
    </LedgerListPage>
  );
}
