import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table } from 'antd';
import { useMemo } from 'react';
import type { LeagueTable } from '../../../../common/contracts/coordination.js';
import { EChart } from '../../../common/components/EChart.js';
import { useT } from '../../../common/i18n.js';
import { coordinationApi } from './api.js';
import { percent } from './labels.js';

type Row = LeagueTable['rows'][number];

/** 红黑榜: the units ranked by on-time completion of the year's tasks, as a bar chart and a table. */
export function LeagueCard({ year }: { year: number }) {
  const t = useT();
  const l = (k: string) => t(`coordination.league.${k}`);
  const league = useQuery({
    queryKey: ['coordination', 'league', year],
    queryFn: () => coordinationApi.league(year),
  });
  const rows = league.data?.rows;
  const chartName = l('chart');
  const option = useMemo(() => {
    const rated = (rows ?? [])
      .filter((r) => r.rate !== null)
      .slice(0, 12)
      .reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rated.map((r) => r.unit.name) },
      series: [
        {
          type: 'bar',
          name: chartName,
          data: rated.map((r) => ({
            value: Math.round((r.rate ?? 0) * 1000) / 10,
            itemStyle: {
              color: (r.rate ?? 0) >= 1 ? '#52c41a' : (r.rate ?? 0) >= 0.6 ? '#faad14' : '#f5222d',
            },
          })),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
  }, [rows, chartName]);
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={`${l('title')} · ${year}`} data-testid="league">
      <Flex gap={16} wrap>
        <div style={{ flex: '1 1 380px', minWidth: 320 }}>
          <EChart option={option} height={Math.max(200, Math.min(12, rows?.length ?? 0) * 28 + 40)} />
        </div>
        <Table<Row>
          style={{ flex: '2 1 560px' }}
          size="small"
          rowKey={(r) => r.unit.id}
          loading={league.isPending}
          dataSource={rows ?? []}
          pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true }}
          columns={[
            { title: l('unit'), dataIndex: ['unit', 'name'], ellipsis: true },
            { title: l('tasks'), dataIndex: 'tasks', width: 64, align: 'right' },
            { title: l('onTime'), dataIndex: 'onTime', width: 84, align: 'right' },
            { title: l('late'), dataIndex: 'late', width: 84, align: 'right' },
            { title: l('overdue'), dataIndex: 'overdue', width: 96, align: 'right' },
            { title: l('escalated'), dataIndex: 'escalated', width: 72, align: 'right' },
            { title: l('rate'), dataIndex: 'rate', width: 100, align: 'right', render: percent },
          ]}
        />
      </Flex>
    </Card>
  );
}
