import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { AdviserSummary } from '../../../../common/contracts/legal-affairs/matters.js';
import { EChart } from '../../../common/components/EChart.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader, RecordYearSelect, useRecordYear } from '../../../common/components/index.js';
import { formatYuan } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ADVISERS_PATH, legalApi } from './api.js';
import { RosterFormModal } from './RosterForms.js';
import { adviserKindLabel, fieldLabel, kindLabel } from './labels.js';
import './messages.js';

const CHART_KINDS = [
  'litigation',
  'non_litigation',
  'legal_opinion',
  'contract_review',
  'legality_review',
  'meeting',
];

/** The year's workload per adviser, stacked by kind of matter (ECharts). */
function WorkloadChart({ advisers, year }: { advisers: AdviserSummary[]; year: number }) {
  const t = useT();
  const { locale } = useLocale();
  const option = useMemo(() => {
    const shown = advisers.filter((a) => a.workload.matters > 0);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: {
        type: 'category',
        data: shown.map((a) => a.name),
        axisLabel: { interval: 0, rotate: shown.length > 10 ? 30 : 0 },
      },
      yAxis: { type: 'value' },
      series: CHART_KINDS.map((k) => ({
        name: kindLabel(k, locale),
        type: 'bar',
        stack: 'matters',
        data: shown.map((a) => a.workload.byKind[k] ?? 0),
      })),
    };
  }, [advisers, locale]);
  return (
    <Card size="small" title={t('legal.advisers.chart', { year })} style={{ marginBottom: 16 }}>
      <EChart option={option} height={300} />
    </Card>
  );
}

/** 法律顾问名册: members and 公职律师 with their firm, licence, units served, term and the year's workload. */
export default function AdvisersPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const [registering, setRegistering] = useState(false);
  const { year, years, setYear } = useRecordYear(`${ADVISERS_PATH}/years`);
  const roster = useQuery({
    queryKey: ['legal-affairs', 'roster', year],
    queryFn: () => legalApi.roster(year),
    enabled: year !== undefined,
  });
  const a = (k: string) => t(`legal.advisers.${k}`);
  const columns: ColumnsType<AdviserSummary> = [
    {
      title: a('name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (n: string, r) => (
        <>
          <Link to={`/legal-affairs/advisers/${r.id}`}>{n}</Link>
          {r.status !== 'active' ? <Tag style={{ marginLeft: 4 }}>{a('ended')}</Tag> : null}
        </>
      ),
    },
    { title: a('kind'), dataIndex: 'kind', width: 110, render: (k: string) => adviserKindLabel(k, locale) },
    { title: a('firm'), dataIndex: 'firm', width: 170, render: (f: string | null, r) => f ?? r.orgUnit.name },
    { title: a('matters'), dataIndex: ['workload', 'matters'], width: 90, align: 'right' },
    { title: a('open'), dataIndex: ['workload', 'open'], width: 70, align: 'right' },
    { title: a('opinionsSigned'), dataIndex: ['workload', 'opinions'], width: 100, align: 'right' },
    {
      title: a('loss'),
      dataIndex: ['workload', 'lossAvoidedYuan'],
      width: 170,
      align: 'right',
      render: (v: number) => (v ? formatYuan(v, locale) : '—'),
    },
    { title: a('licence'), dataIndex: 'licenceNumber', width: 170 },
    {
      title: a('fields'),
      dataIndex: 'fields',
      width: 170,
      render: (f: string[]) => f.map((x) => fieldLabel(x, locale)).join(locale === 'en-US' ? ', ' : '、'),
    },
    {
      title: a('served'),
      dataIndex: 'unitsServed',
      render: (u: AdviserSummary['unitsServed']) => u.map((x) => x.name).join('、') || '—',
    },
    {
      title: a('contractEnds'),
      dataIndex: 'contractEndsOn',
      width: 110,
      render: (d: string | null) => d ?? '—',
    },
  ];
  return (
    <>
      <PageHeader
        title={a('title')}
        subTitle={a('subtitle')}
        extra={
          <>
            {can('legal_affairs.manage_roster') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('legal.roster.adviser')}
              </Button>
            ) : null}
            <RecordYearSelect years={years} value={year} onChange={setYear} label={a('year')} />
          </>
        }
      />
      {roster.error ? <ErrorAlert error={roster.error} onRetry={() => void roster.refetch()} /> : null}
      {roster.data ? <WorkloadChart advisers={roster.data.advisers} year={roster.data.year} /> : null}
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<AdviserSummary>
            rowKey="id"
            size="small"
            loading={roster.isLoading}
            dataSource={roster.data?.advisers ?? []}
            columns={columns}
            pagination={false}
            scroll={{ x: 1500 }}
            footer={() => t('legal.advisers.total', { total: roster.data?.advisers.length ?? 0 })}
          />
        </Space>
      </Card>
      <RosterFormModal form={registering ? 'adviser' : null} onClose={() => setRegistering(false)} />
    </>
  );
}
