import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { InspectionProgressRow } from '../../../../../common/contracts/enforcement/inspections.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { EChart } from '../../../../common/components/EChart.js';
import { registryApi } from './api.js';
import { progressChartOption, ratePercent, rateStatus } from './charts.js';
import { useRT } from './i18n.js';

/** The completion bar; "—" when the body planned nothing. */
function Rate({ rate }: { rate: number | null }) {
  const percent = ratePercent(rate);
  if (percent === null) return <>—</>;
  return <Progress percent={percent} size="small" status={rateStatus(percent)} format={(p) => `${p}%`} />;
}

/** 计划执行情况: per body, whether the plan is filed, planned against done, and the unplanned inspections. */
export function ProgressCard({ year }: { year: number }) {
  const rt = useRT();
  const progress = useQuery({
    queryKey: ['enforcement', 'registry', 'inspections', 'progress', year],
    queryFn: () => registryApi.progress(year),
  });
  const rows = progress.data?.rows;
  const planned = rt('progress.planned');
  const done = rt('progress.done');
  const option = useMemo(() => progressChartOption(rows ?? [], { planned, done }), [rows, planned, done]);
  const col = (k: string) => rt(`progress.${k}`);
  const columns: ColumnsType<InspectionProgressRow> = [
    {
      title: col('body'),
      dataIndex: ['orgUnit', 'name'],
      width: 200,
      render: (name: string, r) =>
        r.planId ? <Link to={`/enforcement/inspections/plans/${r.planId}`}>{name}</Link> : name,
    },
    {
      title: col('filed'),
      dataIndex: 'isFiled',
      width: 150,
      render: (filed: boolean, r) =>
        filed ? (
          <Tag color="green">{rt('progress.filedOn', { date: r.filedOn ?? '' })}</Tag>
        ) : r.planId ? (
          <Tag color="orange">{rt('plan.draft')}</Tag>
        ) : (
          <Tag color="red">{rt('progress.noPlan')}</Tag>
        ),
    },
    { title: col('planned'), dataIndex: 'plannedCount', width: 90, align: 'right' },
    { title: col('done'), dataIndex: 'doneCount', width: 90, align: 'right' },
    {
      title: col('rate'),
      dataIndex: 'completionRate',
      width: 180,
      render: (rate: number | null) => <Rate rate={rate} />,
    },
    {
      title: col('unplanned'),
      dataIndex: 'unplannedCount',
      width: 100,
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : n),
    },
  ];
  return (
    <Card size="small" title={rt('progress.title', { year })} style={{ marginBottom: 16 }}>
      {progress.error ? <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} /> : null}
      <Row gutter={16}>
        <Col xs={24} xxl={14}>
          <Table<InspectionProgressRow>
            rowKey={(r) => r.orgUnit.id}
            size="small"
            loading={progress.isFetching}
            columns={columns}
            dataSource={rows ?? []}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            scroll={{ x: 810 }}
          />
        </Col>
        <Col xs={24} xxl={10}>
          <EChart option={option} height={360} />
        </Col>
      </Row>
    </Card>
  );
}
