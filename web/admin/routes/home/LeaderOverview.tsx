import { useQuery } from '@tanstack/react-query';
import { Card, Col, Drawer, Empty, Row, Select, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../../common/api.js';
import { EChart } from '../../../common/components/EChart.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { labelled } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import type { Overview, OverviewDepartment, OverviewSeries } from './api.js';
import { DueItemsCard } from './DueItemsCard.js';
import { MetricRecords } from './MetricRecords.js';
import {
  departmentChartOption,
  monthChartOption,
  monthPeriod,
  overdueShare,
  topDepartments,
} from './overview-charts.js';

type Drill =
  | { kind: 'month'; series: OverviewSeries; index: number }
  | { kind: 'unit'; unit: OverviewDepartment };

/** The five figures share the row from 1200 px: at span 4 the overdue share wrapped its suffix at 1280. */
const FIGURE_XL = { flex: '1 1 20%' };

/** The leader's home: the year's figures by month and by unit (ECharts), each bar drilling to what is behind it. */
export function LeaderOverview() {
  const t = useT();
  const { label, locale } = useLocale();
  // Unset: the server opens on this year if it has records, else the latest year that has.
  const [asked, setYear] = useState<number | undefined>();
  const [drill, setDrill] = useState<Drill | null>(null);
  const overview = useQuery({
    queryKey: ['workbench', 'overview', asked ?? null],
    queryFn: () => api.get<Overview>(`/workbench/overview${asked ? `?year=${asked}` : ''}`),
    placeholderData: (previous) => previous,
  });
  const o = overview.data;
  const year = o?.year ?? asked;
  const monthOption = useMemo(() => (o ? monthChartOption(o, label, locale) : null), [o, label, locale]);
  const deptOption = useMemo(() => (o ? departmentChartOption(o, label) : null), [o, label]);
  const shown = useMemo(() => (o ? topDepartments(o).reverse() : []), [o]);
  const share = overdueShare(o?.departments ?? []);
  const years = o ? [...new Set([o.year, ...o.years])].sort((a, b) => b - a) : [];

  return (
    <>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Typography.Text>{labelled(t('admin.homes.overview.year'), '', locale)}</Typography.Text>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            aria-label={t('admin.homes.overview.year')}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
        </Col>
        {(o?.series ?? [null, null, null]).map((s, i) => (
          <Col key={s?.key ?? i} xs={12} lg={6} xl={FIGURE_XL}>
            <Card size="small" loading={overview.isPending}>
              <Statistic title={s ? label(s.label) : ''} value={s?.total ?? 0} />
            </Card>
          </Col>
        ))}
        <Col xs={12} lg={6} xl={FIGURE_XL}>
          <Card size="small" loading={overview.isPending}>
            <Statistic
              title={t('admin.homes.overview.overdueShare')}
              value={share.share * 100}
              precision={1}
              suffix={
                <>
                  %
                  <span style={{ fontSize: 14, marginInlineStart: 6 }}>
                    ({t('admin.homes.overview.share', share)})
                  </span>
                </>
              }
              styles={{ content: { color: share.overdue ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('admin.homes.overview.byMonth')}
            extra={<Typography.Text type="secondary">{t('admin.homes.overview.drillHint')}</Typography.Text>}
            loading={overview.isPending}
          >
            {monthOption && o?.series.some((s) => s.total > 0) ? (
              <EChart
                option={monthOption}
                height={320}
                onClickItem={(_, at) => {
                  const series = o.series[at.seriesIndex];
                  if (series?.metricKey) setDrill({ kind: 'month', series, index: at.dataIndex });
                }}
              />
            ) : (
              <Empty description={t('admin.homes.overview.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('admin.homes.overview.byDept')} loading={overview.isPending}>
            {deptOption && shown.length ? (
              <EChart
                option={deptOption}
                height={320}
                onClickItem={(_, at) => {
                  const unit = shown[at.dataIndex];
                  if (unit) setDrill({ kind: 'unit', unit });
                }}
              />
            ) : (
              <Empty description={t('admin.homes.overview.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <OverdueByUnit
            departments={o?.departments ?? []}
            loading={overview.isPending}
            onOpen={(unit) => setDrill({ kind: 'unit', unit })}
          />
        </Col>
      </Row>
      <Drawer
        open={drill !== null}
        onClose={() => setDrill(null)}
        size="large"
        title={
          drill?.kind === 'month'
            ? t('admin.homes.overview.records', {
                series: label(drill.series.label),
                month: o?.months[drill.index] ?? '',
              })
            : drill
              ? t('admin.homes.overview.deptItems', { unit: drill.unit.unitName })
              : null
        }
      >
        {drill?.kind === 'month' && drill.series.metricKey && o ? (
          <MetricRecords metricKey={drill.series.metricKey} {...monthPeriod(o.year, drill.index)} />
        ) : null}
        {drill?.kind === 'unit' ? (
          <DueItemsCard unitId={drill.unit.unitId} initialUrgency="all" compact />
        ) : null}
      </Drawer>
    </>
  );
}

function OverdueByUnit({
  departments,
  loading,
  onOpen,
}: {
  departments: OverviewDepartment[];
  loading: boolean;
  onOpen: (unit: OverviewDepartment) => void;
}) {
  const t = useT();
  const rows = [...departments]
    .filter((d) => d.open > 0)
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open);
  return (
    <Card title={t('admin.homes.overview.overdueByDept')}>
      <Table<OverviewDepartment>
        rowKey="unitId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('admin.homes.board.colUnit'),
            dataIndex: 'unitName',
            render: (n: string) => <Typography.Link>{n}</Typography.Link>,
          },
          { title: t('admin.homes.board.colOverdue'), dataIndex: 'overdue', width: 120, align: 'right' },
          { title: t('admin.homes.board.colOpen'), dataIndex: 'open', width: 120, align: 'right' },
          {
            title: t('admin.homes.overview.overdueShare'),
            key: 'share',
            width: 160,
            align: 'right',
            render: (_, d) => `${((d.overdue / d.open) * 100).toFixed(1)}%`,
          },
        ]}
      />
    </Card>
  );
}
