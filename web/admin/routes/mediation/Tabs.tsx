/** The mediation page's other views: charts, committees, 诉调对接 and the village 法治 roster. */
import { useQuery } from '@tanstack/react-query';
import { Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { MEDIATION_CATEGORIES } from '../../../../common/contracts/mediation.js';
import { EChart } from '../../../common/components/EChart.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { mediationApi } from './api.js';
import './messages.js';

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))',
  gap: 16,
} as const;

/** The dispute type's name in the reader's language (the provincial categories, decision 0045 §5). */
export function useCategoryName() {
  const { locale } = useLocale();
  return (code: string) => {
    const c = MEDIATION_CATEGORIES[code as keyof typeof MEDIATION_CATEGORIES];
    return c ? (locale === 'en-US' ? c.en : c.zh) : code;
  };
}

function YearPicker({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const t = useT();
  return (
    <Space>
      {t('mediation.stats.year')}
      <InputNumber
        min={2020}
        max={dayjs().year()}
        value={year}
        onChange={(v) => v && onChange(v)}
        data-testid="stats-year"
      />
    </Space>
  );
}

/** Street and district charts: disputes by type and by month, success rate and open warnings by street. */
export function StatsTab() {
  const t = useT();
  const name = useCategoryName();
  const [year, setYear] = useState(dayjs().year());
  const stats = useQuery({ queryKey: ['mediation', 'stats', year], queryFn: () => mediationApi.stats(year) });
  const d = stats.data;
  const byCategory = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: (d?.byCategory ?? []).map((r) => ({ name: name(r.key), value: r.n })),
          label: { formatter: '{b} {c}' },
        },
      ],
    }),
    [d, name],
  );
  const byMonth = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 12, top: 16, bottom: 32 },
      xAxis: {
        type: 'category',
        data: (d?.byMonth ?? []).map((r) => t('mediation.stats.month', { month: r.month })),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: (d?.byMonth ?? []).map((r) => r.n), itemStyle: { color: '#1677ff' } }],
    }),
    [d, t],
  );
  const byStreet = useMemo(() => {
    const rows = d?.byStreet ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 32, bottom: 72 },
      xAxis: { type: 'category', data: rows.map((r) => r.street), axisLabel: { interval: 0, rotate: 40 } },
      yAxis: [
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', minInterval: 1 },
      ],
      series: [
        {
          name: t('mediation.stats.successRate'),
          type: 'bar',
          data: rows.map((r) => Math.round(r.successRate * 1000) / 10),
          itemStyle: { color: '#52c41a' },
        },
        {
          name: t('mediation.stats.warningsOpen'),
          // A bar on the right axis (the shared ECharts build registers bars and pies only).
          type: 'bar',
          yAxisIndex: 1,
          data: rows.map((r) => r.warningsOpen),
          itemStyle: { color: '#fa541c' },
        },
      ],
    };
  }, [d, t]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <YearPicker year={year} onChange={setYear} />
      <div style={grid}>
        <Card size="small" title={t('mediation.stats.byCategory')} loading={stats.isPending}>
          <EChart option={byCategory} height={300} />
        </Card>
        <Card size="small" title={t('mediation.stats.byMonth')} loading={stats.isPending}>
          <EChart option={byMonth} height={300} />
        </Card>
      </div>
      <Card size="small" title={t('mediation.stats.byStreet')} loading={stats.isPending}>
        <EChart option={byStreet} height={320} />
      </Card>
    </Space>
  );
}

type Committee = Awaited<ReturnType<typeof mediationApi.committees>>['items'][number];

/** 人民调解委员会: composition (3–9, a woman) and term, the ones ending soon marked (第八、九条). */
export function CommitteesTab() {
  const t = useT();
  const committees = useQuery({ queryKey: ['mediation', 'committees'], queryFn: mediationApi.committees });
  const columns: ColumnsType<Committee> = [
    { title: t('mediation.committees.name'), dataIndex: 'name' },
    {
      title: t('mediation.committees.level'),
      dataIndex: 'level',
      render: (v: string) => t(`mediation.enums.level.${v}`),
      responsive: ['md'],
    },
    { title: t('mediation.committees.members'), dataIndex: 'members', align: 'right' },
    { title: t('mediation.committees.women'), dataIndex: 'women', align: 'right', responsive: ['md'] },
    { title: t('mediation.committees.head'), dataIndex: 'head', responsive: ['lg'] },
    {
      title: t('mediation.committees.term'),
      key: 'term',
      render: (_, r) => (
        <Space wrap>
          {`${r.termStartOn} ~ ${r.termEndOn}`}
          {r.endsSoon ? <Tag color="orange">{t('mediation.committees.endsSoon')}</Tag> : null}
        </Space>
      ),
    },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      data-testid="committees"
      columns={columns}
      dataSource={committees.data?.items ?? []}
      loading={committees.isPending}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
    />
  );
}

type Transfer = Awaited<ReturnType<typeof mediationApi.courtTransfers>>['items'][number];

/** 非诉讼纠纷调解中心 / 诉调对接: cases the court delegated and cases sent to the court, with the results. */
export function CourtTab() {
  const t = useT();
  const name = useCategoryName();
  const [year, setYear] = useState(dayjs().year());
  const transfers = useQuery({
    queryKey: ['mediation', 'court', year],
    queryFn: () => mediationApi.courtTransfers(year),
  });
  const columns: ColumnsType<Transfer> = [
    {
      title: t('mediation.cases.number'),
      dataIndex: 'number',
      render: (n, r) => <Link to={`/mediation/cases/${r.id}`}>{n}</Link>,
    },
    {
      title: t('mediation.court.direction'),
      dataIndex: 'direction',
      render: (v: string) => (
        <Tag color={v === 'from_court' ? 'blue' : 'purple'}>{t(`mediation.enums.direction.${v}`)}</Tag>
      ),
    },
    { title: t('mediation.court.transferredOn'), dataIndex: 'transferredOn' },
    { title: t('mediation.cases.unit'), dataIndex: 'unit', responsive: ['md'] },
    { title: t('mediation.cases.category'), dataIndex: 'category', render: name, responsive: ['md'] },
    {
      title: t('mediation.cases.state'),
      dataIndex: 'state',
      render: (v: string) => t(`mediation.enums.state.${v}`),
    },
    {
      title: t('mediation.court.courtResult'),
      dataIndex: 'courtResult',
      render: (v: string | null) =>
        v ?? <Typography.Text type="secondary">{t('mediation.court.pending')}</Typography.Text>,
    },
    { title: t('mediation.court.courtResultOn'), dataIndex: 'courtResultOn', responsive: ['lg'] },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <YearPicker year={year} onChange={setYear} />
      <Table
        rowKey="id"
        size="small"
        data-testid="court-transfers"
        columns={columns}
        dataSource={transfers.data?.items ?? []}
        loading={transfers.isPending}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
    </Space>
  );
}

type Roster = Awaited<ReturnType<typeof mediationApi.roster>>['items'][number];

/** The village 法治 roster: one row per village or community, each opening the village page. */
export function VillagesTab() {
  const t = useT();
  const roster = useQuery({ queryKey: ['mediation', 'roster'], queryFn: mediationApi.roster });
  const list = (xs: string[]) => xs.join('、') || t('mediation.villages.none');
  const columns: ColumnsType<Roster> = [
    {
      title: t('mediation.villages.name'),
      dataIndex: 'name',
      render: (n, r) => <Link to={`/mediation/villages/${r.orgUnitId}`}>{n}</Link>,
    },
    { title: t('mediation.villages.street'), dataIndex: 'street', responsive: ['md'] },
    { title: t('mediation.villages.lawUnderstanders'), dataIndex: 'lawUnderstanders', render: list },
    {
      title: t('mediation.villages.ruleOfLawLeaders'),
      dataIndex: 'ruleOfLawLeaders',
      render: list,
      responsive: ['md'],
    },
    { title: t('mediation.villages.adviser'), dataIndex: 'adviser', responsive: ['lg'] },
    {
      title: t('mediation.villages.gridWorkers'),
      dataIndex: 'gridWorkers',
      render: list,
      responsive: ['lg'],
    },
    {
      title: t('mediation.villages.demoVillage'),
      dataIndex: 'demoVillage',
      render: (v: Roster['demoVillage']) =>
        v ? <Tag color="gold">{`${t(`mediation.enums.demoLevel.${v.level}`)} ${v.year}`}</Tag> : '—',
    },
  ];
  return (
    <Table
      rowKey="orgUnitId"
      size="small"
      data-testid="roster"
      columns={columns}
      dataSource={roster.data?.items ?? []}
      loading={roster.isPending}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
    />
  );
}
