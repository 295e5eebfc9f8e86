import { useQuery } from '@tanstack/react-query';
import { Card, Col, Collapse, Flex, Row, Select, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CHANNELS, type PetitionStats } from '../../../../common/contracts/petitions.js';
import type { EChartsCoreOption } from '../../../common/echarts.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { EChart } from '../../../common/components/EChart.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { petitionsApi } from './api.js';
import { categoryPie, countBars, onTimeBars } from './charts.js';
import { categoryLabel, channelLabel } from './labels.js';

const FIRST_YEAR = 2020;

/**
 * The petitions page's charts (ECharts): the year's petitions in the user's scope by category, channel and
 * month, and the on-time rate of each of the organ's periods (routing 15 days, notice 15, handling 60 + 30,
 * 复查 30, 复核 30). The leader, the coordinator and the 信访局 see the district; a department its own.
 */
export function StatsPanel() {
  const t = useT();
  const { locale } = useLocale();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const stats = useQuery({ queryKey: ['petitions', 'stats', year], queryFn: () => petitionsApi.stats(year) });
  const s = (k: string, v?: Record<string, string | number>) => t(`petitions.stats.${k}`, v);
  const options = optionsOf(stats.data);
  function optionsOf(d: PetitionStats | undefined) {
    if (!d) return null;
    const months = d.byMonth.map((_, i) => s('monthName', { month: i + 1 }));
    return {
      category: categoryPie(d.byCategory, (c) => categoryLabel(c, locale)),
      channel: countBars(
        CHANNELS.map((c) => channelLabel(c, locale)),
        CHANNELS.map((c) => d.byChannel.find((r) => r.code === c)?.count ?? 0),
        s('received'),
        true,
      ),
      month: countBars(months, d.byMonth, s('received')),
      onTime: onTimeBars(d.onTime, (stage) => s(`stages.${stage}`), s('rate')),
    };
  }
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const chart = (title: string, option: EChartsCoreOption | undefined, testId: string) => (
    <Col xs={24} md={12} xl={6}>
      <Card size="small" title={title} data-testid={testId}>
        {option ? <EChart option={option} height={220} /> : null}
      </Card>
    </Col>
  );
  return (
    <Collapse
      style={{ marginBottom: 16 }}
      defaultActiveKey={['stats']}
      items={[
        {
          key: 'stats',
          label: (
            <Flex gap={12} align="center" wrap onClick={(e) => e.stopPropagation()}>
              <strong>{s('title')}</strong>
              <Select
                size="small"
                aria-label={s('year')}
                value={year}
                onChange={setYear}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 90 }}
              />
              {stats.data ? (
                <Typography.Text type="secondary" data-testid="petition-stats-total">
                  {s('total', { year: stats.data.year, total: stats.data.total })}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
          children: stats.error ? (
            <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
          ) : !options || !stats.data ? (
            <Spin />
          ) : (
            <>
              <Row gutter={[12, 12]}>
                {chart(s('byCategory'), options.category, 'chart-category')}
                {chart(s('byChannel'), options.channel, 'chart-channel')}
                {chart(s('byMonth'), options.month, 'chart-month')}
                {chart(s('onTime'), options.onTime, 'chart-on-time')}
              </Row>
              <Flex vertical gap={2} style={{ marginTop: 8 }}>
                {stats.data.onTime.map((r) => (
                  <Typography.Text key={r.stage} type="secondary" style={{ fontSize: 12 }}>
                    {s('ended', {
                      stage: s(`stages.${r.stage}`),
                      ended: r.ended,
                      onTime: r.onTime,
                      late: r.late,
                      overdue: r.overdueRunning,
                    })}
                  </Typography.Text>
                ))}
              </Flex>
            </>
          ),
        },
      ]}
    />
  );
}
