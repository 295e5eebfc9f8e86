import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import type { RequestSummary } from '../../../../common/contracts/disclosure/requests.js';
import { useAuth } from '../../../common/auth.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { requestsApi } from './api.js';
import { ClockTag } from '../../../common/procedure/index.js';
import {
  applicantTypeLabel,
  applicantTypeOptions,
  channelLabel,
  channelOptions,
  groupCode,
  groupedOutcomeOptions,
  outcomeLabel,
  STATUS_COLOR,
  statusLabel,
  statusOptions,
} from '../../../common/disclosure/labels.js';
import '../../../common/disclosure/messages.js';

const FILTERS = [
  'q',
  'status',
  'channel',
  'applicantType',
  'outcome',
  'orgUnitId',
  'receivedFrom',
  'receivedTo',
] as const;
function useColumns(): ColumnsType<RequestSummary> {
  const t = useT();
  const { locale } = useLocale();
  return [
    {
      title: t('disclosure.columns.trackingCode'),
      dataIndex: 'trackingCode',
      width: 156,
      render: (code: string, r) => (
        <Link to={`/disclosure/requests/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
          {groupCode(code)}
        </Link>
      ),
    },
    { title: t('disclosure.columns.receivedOn'), dataIndex: 'receivedOn', width: 104 },
    { title: t('disclosure.columns.department'), dataIndex: ['orgUnit', 'name'], width: 130 },
    {
      title: t('disclosure.columns.channel'),
      dataIndex: 'channel',
      width: 84,
      render: (c: string) => channelLabel(c, locale),
    },
    {
      title: t('disclosure.columns.applicant'),
      dataIndex: 'applicantName',
      width: 120,
      render: (name: string, r) => (
        <>
          <div>{name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {applicantTypeLabel(r.applicantType, locale)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('disclosure.columns.information'),
      dataIndex: 'informationDescription',
      ellipsis: true,
      render: (text: string, r) => <Link to={`/disclosure/requests/${r.id}`}>{text}</Link>,
    },
    {
      title: t('disclosure.columns.status'),
      dataIndex: 'status',
      width: 160,
      fixed: 'right',
      render: (s: string, r) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{statusLabel(s, locale)}</Tag>
          {r.outcome ? (
            <div style={{ fontSize: 12, marginTop: 2 }}>{outcomeLabel(r.outcome, locale)}</div>
          ) : null}
        </>
      ),
    },
    {
      title: t('disclosure.columns.replyClock'),
      dataIndex: 'replyClock',
      width: 180,
      fixed: 'right',
      render: (c: RequestSummary['replyClock'], r) =>
        r.status === 'concluded' ? (
          <span>{t('disclosure.columns.concludedOn', { date: r.concludedOn ?? '' })}</span>
        ) : c ? (
          <ClockTag
            urgency={c.urgency}
            status={c.status}
            dueOn={c.dueOn}
            note={c.extended ? t('disclosure.clock.extended') : null}
          />
        ) : (
          '—'
        ),
    },
  ];
}

function useFilterSpecs(departments: { id: string; name: string }[]): FilterSpec[] {
  const t = useT();
  const { locale } = useLocale();
  const f = (k: string) => t(`disclosure.filters.${k}`);
  return [
    {
      kind: 'select',
      key: 'orgUnitId',
      label: f('department'),
      searchable: true,
      width: 200,
      options: departments.map((d) => ({ value: d.id, label: d.name })),
    },
    { kind: 'select', key: 'status', label: f('status'), width: 150, options: statusOptions(locale) },
    { kind: 'select', key: 'channel', label: f('channel'), width: 120, options: channelOptions(locale) },
    {
      kind: 'select',
      key: 'applicantType',
      label: f('applicantType'),
      width: 140,
      options: applicantTypeOptions(locale),
    },
    {
      kind: 'select',
      key: 'outcome',
      label: f('outcome'),
      searchable: true,
      width: 220,
      popupWidth: 420,
      options: groupedOutcomeOptions(locale),
    },
    {
      kind: 'dates',
      from: 'receivedFrom',
      to: 'receivedTo',
      label: f('received'),
      placeholder: [f('receivedFrom'), f('receivedTo')],
    },
    { kind: 'search', key: 'q', label: f('keyword'), width: 280, button: f('search') },
  ];
}

/** 依申请公开台账: every request the user may see, filtered, with the reply clock at a glance. */
export default function RequestListPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['disclosure', 'requests'], requestsApi.list, state.query);
  const departments = useQuery({ queryKey: ['disclosure', 'departments'], queryFn: requestsApi.departments });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['disclosure'] });
  const columns = useColumns();
  const filters = useFilterSpecs(departments.data ?? []);
  const l = (k: string) => t(`disclosure.list.${k}`);
  return (
    <LedgerListPage<RequestSummary>
      title={l('title')}
      subTitle={l('subtitle')}
      actions={
        can('disclosure.register_request') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/disclosure/requests/new')}>
            {l('new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/disclosure/requests',
        importPermission: 'disclosure.import_requests',
        exportPermission: 'disclosure.export_requests',
        labels: { import: l('import'), template: l('template'), export: l('export') },
      }}
      onImported={refresh}
      state={state}
      filters={filters}
      resetLabel={t('disclosure.filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('disclosure.list.total', { total })}
      scroll={{ x: 1240 }}
    />
  );
}
