import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Select, Spin, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import type { ProposalUnitRow } from '../../../../common/contracts/proposals.js';
import { EChart } from '../../../common/components/EChart.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { proposalsApi } from './api.js';
import './messages.js';

const rate = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');

/** The leaders' view (领导视图): the year's totals, the units' items as a chart and a league table. */
export default function OverviewPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
  const overview = useQuery({
    queryKey: ['proposals', 'overview', year],
    queryFn: () => proposalsApi.overview(year),
  });
  const o = overview.data;
  const units = [...(o?.units ?? [])].sort(
    (a, b) => b.assigned - a.assigned || a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
  );
  const columns: ColumnsType<ProposalUnitRow> = [
    { title: t('proposals.overview.unit'), dataIndex: ['unit', 'name'] },
    {
      title: t('proposals.overview.assigned'),
      dataIndex: 'assigned',
      width: 80,
      sorter: (a, b) => a.assigned - b.assigned,
    },
    { title: t('proposals.overview.answered'), dataIndex: 'answered', width: 80 },
    {
      title: t('proposals.overview.onTimeRate'),
      key: 'onTime',
      width: 110,
      render: (_, r) => rate(r.onTime, r.answered),
    },
    {
      title: t('proposals.overview.meetingRate'),
      key: 'met',
      width: 90,
      render: (_, r) => rate(r.met, r.assigned),
    },
    {
      title: t('proposals.overview.satisfactionRate'),
      key: 'sat',
      width: 150,
      render: (_, r) => rate(r.satisfied + r.basicallySatisfied, r.evaluated),
    },
    {
      title: t('proposals.overview.overdue'),
      dataIndex: 'overdue',
      width: 100,
      render: (n: number) => (n ? <strong style={{ color: '#cf1322' }}>{n}</strong> : 0),
    },
    { title: t('proposals.overview.awaiting'), dataIndex: 'awaitingEvaluation', width: 90 },
    { title: t('proposals.overview.rehandled'), dataIndex: 'rehandled', width: 80 },
  ];
  const top = units.slice(0, 15).reverse();
  const chart = {
    grid: { left: 160, right: 24, top: 16, bottom: 56 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [t('proposals.overview.answered'), t('proposals.overview.overdue')] },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((u) => u.unit.name) },
    series: [
      { name: t('proposals.overview.answered'), type: 'bar', stack: 'n', data: top.map((u) => u.answered) },
      {
        name: t('proposals.overview.overdue'),
        type: 'bar',
        stack: 'n',
        data: top.map((u) => u.overdue),
        itemStyle: { color: '#cf1322' },
      },
    ],
  };
  return (
    <>
      <PageHeader
        title={t('proposals.overview.title')}
        subTitle={t('proposals.overview.subtitle')}
        extra={
          <Select
            aria-label={t('proposals.overview.year')}
            value={year}
            style={{ width: 110 }}
            onChange={(y) => setParams({ year: String(y) })}
            options={Array.from({ length: thisYear - 2019 }, (_, k) => ({
              value: thisYear - k,
              label: String(thisYear - k),
            }))}
          />
        }
      />
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
      {o ? (
        <Flex vertical gap={16}>
          <Flex gap={16} wrap>
            {(
              [
                ['npc', o.totals.npc],
                ['cppcc', o.totals.cppcc],
                ['overdue', o.totals.overdue],
                ['awaiting', o.totals.awaitingEvaluation],
                ['rehandled', o.totals.rehandled],
              ] as const
            ).map(([k, v]) => (
              <Card key={k} size="small" style={{ flex: '1 1 160px' }}>
                <Statistic
                  title={t(`proposals.overview.${k}`)}
                  value={v}
                  valueStyle={k === 'overdue' && v ? { color: '#cf1322' } : undefined}
                />
              </Card>
            ))}
          </Flex>
          <Card size="small" title={t('proposals.overview.chart')}>
            <EChart option={chart} height={Math.max(220, top.length * 28 + 60)} />
          </Card>
          <Card size="small" title={t('proposals.overview.table')}>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('proposals.overview.definitions')}
            />
            <Table<ProposalUnitRow>
              rowKey={(r) => r.unit.id}
              size="small"
              columns={columns}
              dataSource={units}
              pagination={false}
              scroll={{ x: 900 }}
            />
          </Card>
        </Flex>
      ) : null}
    </>
  );
}
