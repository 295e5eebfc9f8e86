import { useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../common/auth.js';
import type { CaseSummary } from '../../../../common/contracts/reconsideration.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { ClockTag } from '../../../common/procedure/index.js';
import {
  actTypeLabel,
  actTypeOptions,
  channelLabel,
  CORRECTING,
  outcomeLabel,
  outcomeOptions,
  STATUS_COLOR,
  statusLabel,
  statusOptions,
} from '../../../common/reconsideration/labels.js';
import { casesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

const FILTERS = ['q', 'status', 'actType', 'outcome', 'receivedFrom', 'receivedTo'] as const;

function useColumns(): ColumnsType<CaseSummary> {
  const t = useT();
  const { locale } = useLocale();
  const c = (k: string) => t(`reconsideration.columns.${k}`);
  return [
    {
      title: c('caseNumber'),
      dataIndex: 'caseNumber',
      width: 170,
      render: (n: string, r) => (
        <Link to={`/reconsideration/cases/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
          {n}
        </Link>
      ),
    },
    {
      title: c('receivedOn'),
      dataIndex: 'receivedOn',
      width: 120,
      render: (d: string, r) => (
        <>
          <div>{d}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {channelLabel(r.channel, locale)}
          </Typography.Text>
        </>
      ),
    },
    { title: c('applicant'), dataIndex: 'applicantName', width: 100 },
    { title: c('respondent'), dataIndex: ['respondent', 'name'], width: 150 },
    {
      title: c('act'),
      dataIndex: 'actDescription',
      ellipsis: true,
      render: (text: string, r) => (
        <>
          <Link to={`/reconsideration/cases/${r.id}`}>{text}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {actTypeLabel(r.actType, locale)}
            </Typography.Text>
            {r.lateApplication ? (
              <Tag color="orange" style={{ marginInlineStart: 8 }}>
                {t('reconsideration.list.late')}
              </Tag>
            ) : null}
          </div>
        </>
      ),
    },
    {
      title: c('status'),
      dataIndex: 'status',
      width: 150,
      render: (s: string, r) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{statusLabel(s, locale)}</Tag>
          {r.outcome ? (
            <div
              style={{ fontSize: 12, marginTop: 2, color: CORRECTING.has(r.outcome) ? '#cf1322' : undefined }}
            >
              {outcomeLabel(r.outcome, locale)}
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: c('clock'),
      dataIndex: 'clock',
      width: 180,
      render: (k: CaseSummary['clock'], r) =>
        r.status === 'concluded' ? (
          <span>{c('concludedOn').replace('{date}', r.concludedOn ?? '')}</span>
        ) : k ? (
          <ClockTag urgency={k.urgency} status={k.status} dueOn={k.dueOn} />
        ) : (
          '—'
        ),
    },
  ];
}

function useFilterSpecs(): FilterSpec[] {
  const t = useT();
  const { locale } = useLocale();
  const f = (k: string) => t(`reconsideration.filters.${k}`);
  return [
    { kind: 'select', key: 'status', label: f('status'), width: 140, options: statusOptions(locale) },
    { kind: 'select', key: 'actType', label: f('actType'), width: 160, options: actTypeOptions(locale) },
    {
      kind: 'select',
      key: 'outcome',
      label: f('outcome'),
      searchable: true,
      width: 180,
      options: outcomeOptions(locale),
    },
    {
      kind: 'dates',
      from: 'receivedFrom',
      to: 'receivedTo',
      label: f('received'),
      placeholder: [f('receivedFrom'), f('receivedTo')],
    },
    { kind: 'search', key: 'q', label: f('keyword'), width: 260, button: f('search') },
  ];
}

/** 行政复议案件台账: every case the user may see, filtered, with the period it waits on. */
export default function CaseListPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const navigate = useNavigate();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['reconsideration', 'cases'], casesApi.list, state.query);
  const l = (k: string) => t(`reconsideration.list.${k}`);
  return (
    <LedgerListPage<CaseSummary>
      title={l('title')}
      subTitle={l('subtitle')}
      actions={
        can('reconsideration.register_case') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/reconsideration/cases/new')}
          >
            {l('new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/reconsideration/cases',
        importPermission: 'reconsideration.import_cases',
        exportPermission: 'reconsideration.export_cases',
        labels: { import: l('import'), template: l('template'), export: l('export') },
      }}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['reconsideration'] })}
      state={state}
      filters={useFilterSpecs()}
      resetLabel={t('reconsideration.filters.reset')}
      list={list}
      columns={useColumns()}
      totalText={(total) => t('reconsideration.list.total', { total })}
      scroll={{ x: 1180 }}
    />
  );
}
