import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import type { CaseListItem } from '../../../../../common/contracts/enforcement/cases.js';
import { useAuth } from '../../../../common/auth.js';
import {
  type FilterSpec,
  LedgerListPage,
  usePagedQuery,
  useUrlFilters,
} from '../../../../common/list/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { casesApi } from './api.js';
import { ClockTag } from '../../../../common/procedure/index.js';
import {
  kindLabel,
  kindOptions,
  OPEN_STATES,
  outcomeLabel,
  PUBLICATION_COLOR,
  partyTypeLabel,
  publicationLabel,
  publicationOptions,
  STATE_COLOR,
  stateLabel,
  stateOptions,
} from './labels.js';
import { urgencyOfDue } from './clocks.js';
import './messages.js';

const FILTERS = [
  'q',
  'orgUnitId',
  'kind',
  'state',
  'isMajor',
  'publicationState',
  'openedFrom',
  'openedTo',
] as const;
function HandlingDue({ r }: { r: CaseListItem }) {
  const t = useT();
  if (r.state === 'closed')
    return <span>{t('enforcementCases.list.decidedOn', { date: r.decidedOn ?? '—' })}</span>;
  if (!OPEN_STATES.includes(r.state))
    return r.decidedOn ? <span>{t('enforcementCases.list.decidedOn', { date: r.decidedOn })}</span> : <>—</>;
  if (!r.handlingDueOn) return <>—</>;
  const today = dayjs().format('YYYY-MM-DD');
  return <ClockTag urgency={urgencyOfDue(r.handlingDueOn, today)} dueOn={r.handlingDueOn} />;
}

function useColumns(): ColumnsType<CaseListItem> {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`enforcementCases.fields.${name}`);
  return [
    {
      title: f('caseNumber'),
      dataIndex: 'caseNumber',
      width: 180,
      render: (n: string, r) => (
        <Link to={`/enforcement/cases/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
          {n}
        </Link>
      ),
    },
    { title: f('orgUnitId'), dataIndex: 'orgUnitName', width: 150, ellipsis: true },
    { title: f('kind'), dataIndex: 'kind', width: 96, render: (k: string) => kindLabel(k, locale) },
    {
      title: f('cause'),
      dataIndex: 'cause',
      ellipsis: true,
      render: (c: string, r) => <Link to={`/enforcement/cases/${r.id}`}>{c}</Link>,
    },
    {
      title: f('party'),
      dataIndex: 'partyName',
      width: 150,
      render: (name: string, r) => (
        <>
          <div>{name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {partyTypeLabel(r.partyType, locale)}
          </Typography.Text>
        </>
      ),
    },
    { title: f('openedOn'), dataIndex: 'openedOn', width: 106 },
    {
      title: f('state'),
      dataIndex: 'state',
      width: 170,
      fixed: 'right',
      render: (s: string, r) => (
        <>
          <Tag color={STATE_COLOR[s]}>{stateLabel(s, locale)}</Tag>
          {r.isMajor ? <Tag color="red">{t('enforcementCases.list.major')}</Tag> : null}
          {r.outcome ? (
            <div style={{ fontSize: 12, marginTop: 2 }}>{outcomeLabel(r.outcome, locale)}</div>
          ) : null}
        </>
      ),
    },
    {
      title: f('handlingDue'),
      key: 'handlingDue',
      width: 170,
      fixed: 'right',
      render: (_: unknown, r) => <HandlingDue r={r} />,
    },
    {
      title: f('publicationState'),
      dataIndex: 'publicationState',
      width: 96,
      render: (p: string | null) =>
        p ? <Tag color={PUBLICATION_COLOR[p]}>{publicationLabel(p, locale)}</Tag> : '—',
    },
  ];
}

function useFilterSpecs(bodies: { id: string; name: string }[]): FilterSpec[] {
  const t = useT();
  const { locale } = useLocale();
  const f = (k: string) => t(`enforcementCases.filters.${k}`);
  return [
    {
      kind: 'select',
      key: 'orgUnitId',
      label: f('body'),
      searchable: true,
      width: 200,
      options: bodies.map((d) => ({ value: d.id, label: d.name })),
    },
    { kind: 'select', key: 'kind', label: f('kind'), width: 120, options: kindOptions(locale) },
    { kind: 'select', key: 'state', label: f('state'), width: 130, options: stateOptions(locale) },
    {
      kind: 'select',
      key: 'isMajor',
      label: f('major'),
      width: 140,
      options: [
        { value: 'true', label: f('majorYes') },
        { value: 'false', label: f('majorNo') },
      ],
    },
    {
      kind: 'select',
      key: 'publicationState',
      label: f('publication'),
      width: 120,
      options: publicationOptions(locale),
    },
    {
      kind: 'dates',
      from: 'openedFrom',
      to: 'openedTo',
      label: t('enforcementCases.fields.openedOn'),
      placeholder: [f('openedFrom'), f('openedTo')],
    },
    { kind: 'search', key: 'q', label: f('keyword'), width: 260, button: f('search') },
  ];
}

/** 执法案件台账: every case the user may see, filtered, with the handling deadline at a glance. */
export default function CaseListPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['enforcement', 'cases'], casesApi.list, state.query);
  const bodies = useQuery({ queryKey: ['enforcement', 'bodies', 'units'], queryFn: casesApi.bodies });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'cases'] });
  const columns = useColumns();
  const filters = useFilterSpecs(bodies.data ?? []);
  const l = (k: string, vars?: Record<string, number>) => t(`enforcementCases.list.${k}`, vars);
  return (
    <LedgerListPage<CaseListItem>
      title={l('title')}
      subTitle={l('subtitle')}
      actions={
        can('enforcement.handle_case') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enforcement/cases/new')}>
            {l('new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/enforcement/cases',
        importPermission: 'enforcement.import',
        exportPermission: 'enforcement.export',
        labels: { import: l('import'), template: l('template'), export: l('export') },
      }}
      onImported={refresh}
      state={state}
      filters={filters}
      resetLabel={t('enforcementCases.filters.reset')}
      list={list}
      columns={columns}
      scroll={{ x: 1280 }}
      // The server stops counting past a cap on a big ledger; the pager says "more than".
      totalText={(total) => l(list.data?.totalIsCapped ? 'totalCapped' : 'total', { total })}
    />
  );
}
