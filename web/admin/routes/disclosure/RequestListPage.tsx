import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RequestSummary } from '../../../../common/contracts/disclosure/requests.js';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, ExportButton, ImportButton, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { requestsApi } from './api.js';
import { ClockTag } from './ClockTag.js';
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
} from './labels.js';
import './messages.js';

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
      render: (c: RequestSummary['replyClock'], r) =>
        r.status === 'concluded' ? (
          <span>{t('disclosure.columns.concludedOn', { date: r.concludedOn ?? '' })}</span>
        ) : c ? (
          <ClockTag urgency={c.urgency} status={c.status} dueOn={c.dueOn} extended={c.extended} />
        ) : (
          '—'
        ),
    },
  ];
}

/** 依申请公开台账: every request the user may see, filtered, with the reply clock at a glance. */
export default function RequestListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, set } = useFilters();
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: ['disclosure', 'requests', query],
    queryFn: () => requestsApi.list(query),
    placeholderData: keepPreviousData,
  });
  const departments = useQuery({ queryKey: ['disclosure', 'departments'], queryFn: requestsApi.departments });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['disclosure'] });
  const columns = useColumns();
  const range =
    filters.receivedFrom && filters.receivedTo
      ? ([dayjs(filters.receivedFrom), dayjs(filters.receivedTo)] as const)
      : null;

  return (
    <>
      <PageHeader
        title={t('disclosure.list.title')}
        subTitle={t('disclosure.list.subtitle')}
        extra={
          <>
            {can('disclosure.register_request') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/disclosure/requests/new')}
              >
                {t('disclosure.list.new')}
              </Button>
            ) : null}
            {can('disclosure.import_requests') ? (
              <>
                <ImportButton
                  path="/disclosure/requests/import"
                  label={t('disclosure.list.import')}
                  onImported={refresh}
                />
                <Button onClick={() => void api.download('/disclosure/requests/import-template')}>
                  {t('disclosure.list.template')}
                </Button>
              </>
            ) : null}
            {can('disclosure.export_requests') ? (
              <ExportButton
                path="/disclosure/requests/export"
                query={filters}
                label={t('disclosure.list.export')}
              />
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('disclosure.filters.department')}
            placeholder={t('disclosure.filters.department')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            value={filters.orgUnitId}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(orgUnitId?: string) => set({ orgUnitId })}
          />
          <Select
            aria-label={t('disclosure.filters.status')}
            placeholder={t('disclosure.filters.status')}
            allowClear
            style={{ width: 150 }}
            value={filters.status}
            options={statusOptions(locale)}
            onChange={(status?: string) => set({ status })}
          />
          <Select
            aria-label={t('disclosure.filters.channel')}
            placeholder={t('disclosure.filters.channel')}
            allowClear
            style={{ width: 120 }}
            value={filters.channel}
            options={channelOptions(locale)}
            onChange={(channel?: string) => set({ channel })}
          />
          <Select
            aria-label={t('disclosure.filters.applicantType')}
            placeholder={t('disclosure.filters.applicantType')}
            allowClear
            style={{ width: 140 }}
            value={filters.applicantType}
            options={applicantTypeOptions(locale)}
            onChange={(applicantType?: string) => set({ applicantType })}
          />
          <Select
            aria-label={t('disclosure.filters.outcome')}
            placeholder={t('disclosure.filters.outcome')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            popupMatchSelectWidth={420}
            value={filters.outcome}
            options={groupedOutcomeOptions(locale)}
            onChange={(outcome?: string) => set({ outcome })}
          />
          <DatePicker.RangePicker
            aria-label={t('disclosure.filters.received')}
            placeholder={[t('disclosure.filters.receivedFrom'), t('disclosure.filters.receivedTo')]}
            value={range ? [range[0], range[1]] : null}
            onChange={(v) =>
              set({
                receivedFrom: v?.[0]?.format('YYYY-MM-DD'),
                receivedTo: v?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
          <Input.Search
            aria-label={t('disclosure.filters.keyword')}
            placeholder={t('disclosure.filters.keyword')}
            allowClear
            defaultValue={filters.q}
            style={{ width: 280 }}
            onSearch={(q) => set({ q })}
            enterButton={t('disclosure.filters.search')}
          />
          <Button onClick={() => set(Object.fromEntries(FILTERS.map((k) => [k, undefined])))}>
            {t('disclosure.filters.reset')}
          </Button>
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<RequestSummary>
          rowKey="id"
          size="middle"
          scroll={{ x: 1240 }}
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('disclosure.list.total', { total }),
            onChange: (p, size) => set({ page: p, pageSize: size }),
          }}
        />
      </Card>
    </>
  );
}
