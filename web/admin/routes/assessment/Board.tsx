import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Spin, Statistic } from 'antd';
import { EChart } from '../../../common/components/EChart.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { assessmentApi } from './api.js';
import { pct } from './format.js';

const r1 = (n: number | null | undefined) =>
  n === null || n === undefined ? null : Math.round(n * 1000) / 10;

/** The leader's scoreboard: the year's score, each area's rate, the trend year on year and the units' ranking. */
export function Board({ year }: { year: number }) {
  const t = useT();
  const scores = useQuery({
    queryKey: ['assessment', 'scores', year],
    queryFn: () => assessmentApi.scores(year),
  });
  const trend = useQuery({
    queryKey: ['assessment', 'trend', year],
    queryFn: () => assessmentApi.trend(year),
  });
  const ranking = useQuery({
    queryKey: ['assessment', 'ranking', year],
    queryFn: () => assessmentApi.ranking(year),
  });
  if (scores.error) return <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />;
  const s = scores.data;
  if (!s) return <Spin style={{ display: 'block', margin: 48 }} />;
  const areas = s.indicators.filter((n) => n.level === 1);
  const areaChart = {
    grid: { left: 220, right: 40, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: areas.map((a) => `${a.code}. ${a.name}`),
      axisLabel: { width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('assessment.rate'),
        data: areas.map((a) => r1(a.value)),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
  const points = trend.data ?? [];
  const trendChart = {
    grid: { left: 48, right: 24, top: 48, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    legend: { top: 0, data: [t('assessment.overall')] },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        name: t('assessment.overall'),
        // Bars (web/common/echarts registers bar and pie only); a year without a version or data shows none.
        label: { show: true, position: 'top', formatter: '{c}%' },
        data: points.map((p) => r1(p.rate)),
      },
    ],
  };
  // Units ranked against each other only (≥ 2 indicators scored; the API lists the others last).
  const rows = (ranking.data?.rows ?? []).filter((r) => r.rate !== null && r.indicators >= 2).slice(0, 15);
  const rankChart = {
    grid: { left: 170, right: 48, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.unit) },
    series: [
      {
        type: 'bar',
        name: t('assessment.rate'),
        data: rows.map((r) => r1(r.rate)),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={`${t('assessment.version')}：${s.version.name}${s.unit ? ` · ${s.unit.name}` : ''}`}
        description={t('assessment.loaded', {
          loaded: s.version.loaded.level3,
          declared: s.version.declared.level3,
        })}
      />
      <Flex gap={16} wrap data-testid="assessment-totals">
        {(
          [
            ['score', `${s.score}`],
            ['scoredWeight', `${s.scoredWeight}`],
            ['rate', pct(s.rate)],
            ['belowTarget', String(s.counts.belowTarget)],
            ['unscored', String(s.counts.unscored)],
            ['unavailable', String(s.counts.unavailable)],
          ] as const
        ).map(([k, v]) => (
          <Card key={k} size="small" style={{ flex: '1 1 150px' }}>
            <Statistic title={t(`assessment.${k}`)} value={v} />
          </Card>
        ))}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('assessment.byArea')}>
            <EChart option={areaChart} height={Math.max(200, areas.length * 32 + 40)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('assessment.trend')}>
            {trend.isPending ? (
              <Spin />
            ) : trend.error ? (
              <ErrorAlert error={trend.error} />
            ) : (
              <EChart option={trendChart} height={Math.max(200, areas.length * 32 + 40)} />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('assessment.ranking')} extra={t('assessment.rankingNote')}>
        {ranking.error ? (
          <ErrorAlert error={ranking.error} />
        ) : ranking.isPending ? (
          <Spin />
        ) : (
          <EChart option={rankChart} height={Math.max(160, rows.length * 28 + 40)} />
        )}
      </Card>
    </Flex>
  );
}
