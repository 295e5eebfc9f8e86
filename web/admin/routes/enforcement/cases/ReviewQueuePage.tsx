import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { formatYuan } from '../../../../common/format.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { fitColumns } from '../../../../common/list/index.js';
import { casesApi, type ReviewQueueItem } from './api.js';
import { circumstanceLabel, kindLabel, STATE_COLOR, stateLabel } from './labels.js';
import './messages.js';

type Queue = 'pending' | 'deviations';

function useColumns(queue: Queue): ColumnsType<ReviewQueueItem> {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`enforcementCases.fields.${name}`);
  const link = (r: ReviewQueueItem, text: string) => (
    <Link to={`/enforcement/cases/${r.caseId}`}>{text}</Link>
  );
  const columns: ColumnsType<ReviewQueueItem> = [
    { title: f('caseNumber'), dataIndex: 'caseNumber', width: 180, render: (n: string, r) => link(r, n) },
    { title: f('orgUnitId'), dataIndex: 'orgUnitName', width: 150, ellipsis: true },
    { title: f('kind'), dataIndex: 'kind', width: 96, render: (k: string) => kindLabel(k, locale) },
    { title: f('cause'), dataIndex: 'cause', ellipsis: true, render: (c: string, r) => link(r, c) },
    { title: f('party'), dataIndex: 'partyName', width: 140 },
    {
      title: f('state'),
      dataIndex: 'state',
      width: 150,
      fixed: 'right',
      render: (s: string, r) => (
        <>
          <Tag color={STATE_COLOR[s]}>{stateLabel(s, locale)}</Tag>
          {r.isMajor ? <Tag color="red">{t('enforcementCases.list.major')}</Tag> : null}
          {r.deviationFlagged && queue === 'pending' ? (
            <Tag color="orange">{t('enforcementCases.list.deviation')}</Tag>
          ) : null}
        </>
      ),
    },
  ];
  if (queue === 'pending')
    columns.push({
      title: t('enforcementCases.queue.submittedOn'),
      dataIndex: 'submittedOn',
      width: 110,
      fixed: 'right',
    });
  else
    columns.push(
      {
        title: f('circumstance'),
        dataIndex: 'circumstance',
        width: 90,
        render: (v: string | null) => (v ? circumstanceLabel(v, locale) : '—'),
      },
      {
        title: f('fineAmount'),
        dataIndex: 'fineAmount',
        width: 110,
        render: (v: number | null) => formatYuan(v, locale),
      },
      { title: t('enforcementCases.queue.deviationReason'), dataIndex: 'deviationReason', ellipsis: true },
    );
  columns.push({
    title: '',
    key: 'open',
    width: 80,
    render: (_, r) => link(r, t('enforcementCases.queue.open')),
  });
  return columns;
}

function QueueTable({ queue }: { queue: Queue }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const list = useQuery({
    queryKey: ['enforcement', 'reviews', queue, page, pageSize],
    queryFn: () => casesApi.reviews(queue, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const columns = useColumns(queue);
  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<ReviewQueueItem>
        rowKey={(r) => `${r.caseId}:${r.reviewId ?? ''}`}
        size="middle"
        scroll={{ x: 1100 }}
        loading={list.isFetching}
        columns={fitColumns(columns)}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('enforcementCases.queue.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (total) => t('enforcementCases.list.total', { total }),
          onChange: (p, size) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            next.set('pageSize', String(size));
            setParams(next);
          },
        }}
      />
    </>
  );
}

/** 法制审核: the reviewer's queue of cases submitted for review, and the cases off their benchmark. */
export default function ReviewQueuePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const queue: Queue = params.get('queue') === 'deviations' ? 'deviations' : 'pending';
  return (
    <>
      <PageHeader title={t('enforcementCases.queue.title')} subTitle={t('enforcementCases.queue.subtitle')} />
      <Card size="small">
        <Tabs
          activeKey={queue}
          onChange={(k) => setParams(k === 'pending' ? {} : { queue: k })}
          items={(['pending', 'deviations'] as const).map((k) => ({
            key: k,
            label: t(`enforcementCases.queue.${k}`),
            children: <QueueTable queue={k} />,
          }))}
        />
      </Card>
    </>
  );
}
