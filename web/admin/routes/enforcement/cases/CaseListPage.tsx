import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../../common/contracts/enforcement/cases.js';
import { api } from '../../../../common/api.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, ExportButton, ImportButton, PageHeader } from '../../../../common/components/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { casesApi } from './api.js';
import { CaseClockTag } from './CaseClockTag.js';
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
type Filters = Record<(typeof FILTERS)[number], string | undefined>;

function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Filters;
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

function HandlingDue({ r }: { r: CaseListItem }) {
  const t = useT();
  if (r.state === 'closed')
    return <span>{t('enforcementCases.list.decidedOn', { date: r.decidedOn ?? '—' })}</span>;
  if (!OPEN_STATES.includes(r.state))
    return r.decidedOn ? <span>{t('enforcementCases.list.decidedOn', { date: r.decidedOn })}</span> : <>—</>;
  if (!r.handlingDueOn) return <>—</>;
  const today = dayjs().format('YYYY-MM-DD');
  return <CaseClockTag urgency={urgencyOfDue(r.handlingDueOn, today)} dueOn={r.handlingDueOn} />;
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

/** 执法案件台账: every case the user may see, filtered, with the handling deadline at a glance. */
export default function CaseListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, set } = useFilters();
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: ['enforcement', 'cases', query],
    queryFn: () => casesApi.list(query),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({ queryKey: ['enforcement', 'bodies', 'units'], queryFn: casesApi.bodies });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'cases'] });
  const columns = useColumns();
  const range =
    filters.openedFrom && filters.openedTo
      ? ([dayjs(filters.openedFrom), dayjs(filters.openedTo)] as const)
      : null;
  const { page: _p, pageSize: _s, ...exportQuery } = query;

  return (
    <>
      <PageHeader
        title={t('enforcementCases.list.title')}
        subTitle={t('enforcementCases.list.subtitle')}
        extra={
          <>
            {can('enforcement.handle_case') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/enforcement/cases/new')}
              >
                {t('enforcementCases.list.new')}
              </Button>
            ) : null}
            {can('enforcement.import') ? (
              <>
                <ImportButton
                  path="/enforcement/cases/import"
                  label={t('enforcementCases.list.import')}
                  onImported={refresh}
                />
                <Button onClick={() => void api.download('/enforcement/cases/import-template')}>
                  {t('enforcementCases.list.template')}
                </Button>
              </>
            ) : null}
            {can('enforcement.export') ? (
              <ExportButton
                path="/enforcement/cases/export"
                query={exportQuery}
                label={t('enforcementCases.list.export')}
              />
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('enforcementCases.filters.body')}
            placeholder={t('enforcementCases.filters.body')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            value={filters.orgUnitId}
            options={(bodies.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(orgUnitId?: string) => set({ orgUnitId })}
          />
          <Select
            aria-label={t('enforcementCases.filters.kind')}
            placeholder={t('enforcementCases.filters.kind')}
            allowClear
            style={{ width: 120 }}
            value={filters.kind}
            options={kindOptions(locale)}
            onChange={(kind?: string) => set({ kind })}
          />
          <Select
            aria-label={t('enforcementCases.filters.state')}
            placeholder={t('enforcementCases.filters.state')}
            allowClear
            style={{ width: 130 }}
            value={filters.state}
            options={stateOptions(locale)}
            onChange={(state?: string) => set({ state })}
          />
          <Select
            aria-label={t('enforcementCases.filters.major')}
            placeholder={t('enforcementCases.filters.major')}
            allowClear
            style={{ width: 140 }}
            value={filters.isMajor}
            options={[
              { value: 'true', label: t('enforcementCases.filters.majorYes') },
              { value: 'false', label: t('enforcementCases.filters.majorNo') },
            ]}
            onChange={(isMajor?: string) => set({ isMajor })}
          />
          <Select
            aria-label={t('enforcementCases.filters.publication')}
            placeholder={t('enforcementCases.filters.publication')}
            allowClear
            style={{ width: 120 }}
            value={filters.publicationState}
            options={publicationOptions(locale)}
            onChange={(publicationState?: string) => set({ publicationState })}
          />
          <DatePicker.RangePicker
            aria-label={t('enforcementCases.fields.openedOn')}
            placeholder={[t('enforcementCases.filters.openedFrom'), t('enforcementCases.filters.openedTo')]}
            value={range ? [range[0], range[1]] : null}
            onChange={(v) =>
              set({ openedFrom: v?.[0]?.format('YYYY-MM-DD'), openedTo: v?.[1]?.format('YYYY-MM-DD') })
            }
          />
          <Input.Search
            aria-label={t('enforcementCases.filters.keyword')}
            placeholder={t('enforcementCases.filters.keyword')}
            allowClear
            defaultValue={filters.q}
            style={{ width: 260 }}
            onSearch={(q) => set({ q })}
            enterButton={t('enforcementCases.filters.search')}
          />
          <Button onClick={() => set(Object.fromEntries(FILTERS.map((k) => [k, undefined])))}>
            {t('enforcementCases.filters.reset')}
          </Button>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          scroll={{ x: 1280 }}
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) =>
              t(
                list.data?.totalIsCapped
                  ? 'enforcementCases.list.totalCapped'
                  : 'enforcementCases.list.total',
                {
                  total,
                },
              ),
            onChange: (p, size) => set({ page: p, pageSize: size }),
          }}
        />
      </Card>
    </>
  );
}
