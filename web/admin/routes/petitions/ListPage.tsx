import { useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import {
  CATEGORIES,
  CHANNELS,
  PETITION_STATES,
  type PetitionSummary,
} from '../../../../common/contracts/petitions.js';
import { useAuth } from '../../../common/auth.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { ClockTag } from '../../../common/procedure/index.js';
import { StatsPanel } from './StatsPanel.js';
import { petitionsApi } from './api.js';
import { categoryLabel, channelLabel, options, STATE_COLOR, stateLabel } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'status', 'category', 'channel'] as const;

function useColumns(): ColumnsType<PetitionSummary> {
  const t = useT();
  const { locale } = useLocale();
  const c = (k: string) => t(`petitions.columns.${k}`);
  return [
    {
      title: c('number'),
      dataIndex: 'number',
      width: 128,
      render: (n: string, r) => <Link to={`/petitions/${r.id}`}>{n}</Link>,
    },
    { title: c('receivedOn'), dataIndex: 'receivedOn', width: 104 },
    {
      title: c('category'),
      dataIndex: 'category',
      width: 110,
      render: (v: string) => categoryLabel(v, locale),
    },
    { title: c('channel'), dataIndex: 'channel', width: 80, render: (v: string) => channelLabel(v, locale) },
    { title: c('petitioner'), dataIndex: 'petitionerName', width: 90 },
    {
      title: c('subject'),
      dataIndex: 'subject',
      ellipsis: true,
      render: (s: string, r) => <Link to={`/petitions/${r.id}`}>{s}</Link>,
    },
    { title: c('unit'), dataIndex: 'handlingUnit', width: 150, ellipsis: true },
    {
      title: c('status'),
      dataIndex: 'status',
      width: 150,
      render: (s: string) => <Tag color={STATE_COLOR[s]}>{stateLabel(s, locale)}</Tag>,
    },
    {
      title: c('clock'),
      dataIndex: 'clock',
      width: 170,
      render: (clock: PetitionSummary['clock']) =>
        clock ? <ClockTag urgency={clock.urgency} status={clock.status} dueOn={clock.dueOn} /> : '—',
    },
  ];
}

function useFilterSpecs(): FilterSpec[] {
  const t = useT();
  const { locale } = useLocale();
  const f = (k: string) => t(`petitions.filters.${k}`);
  return [
    {
      kind: 'select',
      key: 'status',
      label: f('status'),
      width: 160,
      options: options(PETITION_STATES, stateLabel, locale),
    },
    {
      kind: 'select',
      key: 'category',
      label: f('category'),
      width: 140,
      options: options(CATEGORIES, categoryLabel, locale),
    },
    {
      kind: 'select',
      key: 'channel',
      label: f('channel'),
      width: 110,
      options: options(CHANNELS, channelLabel, locale),
    },
    { kind: 'search', key: 'q', label: f('keyword'), width: 260, button: f('search') },
  ];
}

/** 信访事项台账: every petition in the user's scope, with its current deadline at a glance. */
export default function ListPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const navigate = useNavigate();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['petitions', 'list'], petitionsApi.list, state.query);
  return (
    <LedgerListPage<PetitionSummary>
      title={t('petitions.title')}
      subTitle={t('petitions.subtitle')}
      actions={
        can('petitions.register') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/petitions/new')}>
            {t('petitions.form.new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/petitions/petitions',
        importPermission: 'petitions.import',
        exportPermission: 'petitions.view',
        labels: {
          import: t('petitions.import'),
          template: t('petitions.template'),
          export: t('petitions.export'),
        },
      }}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['petitions'] })}
      above={<StatsPanel />}
      state={state}
      filters={useFilterSpecs()}
      resetLabel={t('petitions.filters.reset')}
      list={list}
      columns={useColumns()}
      totalText={(total) => t('petitions.total', { total })}
      scroll={{ x: 1180 }}
    />
  );
}
