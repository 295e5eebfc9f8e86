import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { Gap } from '../../../../common/contracts/assessment.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { assessmentApi } from './api.js';
import { shownValue } from './format.js';

type GapRow = z.infer<typeof Gap>;

/** The indicators below target, the largest loss of points first, with the tasks that address each. */
export function GapsTab({ year }: { year: number }) {
  const t = useT();
  const { locale } = useLocale();
  const gaps = useQuery({ queryKey: ['assessment', 'gaps', year], queryFn: () => assessmentApi.gaps(year) });
  if (gaps.error) return <ErrorAlert error={gaps.error} onRetry={() => void gaps.refetch()} />;
  const g = gaps.data;
  if (!g) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!g.gaps.length) return <Empty description={t('assessment.noGaps')} />;
  const columns: ColumnsType<GapRow> = [
    { title: t('assessment.columns.code'), dataIndex: 'code', width: 80 },
    { title: t('assessment.columns.name'), dataIndex: 'name' },
    { title: t('assessment.columns.area'), dataIndex: 'area', width: 200 },
    {
      title: t('assessment.columns.value'),
      key: 'value',
      width: 90,
      render: (_, r) => shownValue(r.value, r.metricUnit),
    },
    {
      title: t('assessment.columns.target'),
      key: 'target',
      width: 90,
      render: (_, r) => (r.metric ? shownValue(r.target, r.metricUnit) : '—'),
    },
    {
      title: t('assessment.columns.score'),
      key: 'score',
      width: 100,
      render: (_, r) => <span style={{ color: '#cf1322' }}>{`${r.score} / ${r.weight}`}</span>,
    },
    {
      title: t('assessment.columns.tasks'),
      key: 'tasks',
      width: 280,
      render: (_, r) =>
        r.tasks.length ? (
          <List
            size="small"
            dataSource={r.tasks}
            renderItem={(task) => (
              <List.Item style={{ padding: '2px 0' }}>
                {task.path ? <Link to={task.path}>{task.title}</Link> : task.title}
                {task.unit ? ` · ${task.unit}` : ''}{' '}
                <Tag>{locale === 'en-US' ? task.statusEn : task.status}</Tag>
                {task.dueOn ?? ''}
              </List.Item>
            )}
          />
        ) : (
          t('assessment.noTasks')
        ),
    },
  ];
  return (
    <>
      {g.tasksAvailable ? null : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('assessment.tasksPending')} />
      )}
      <Table<GapRow>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={g.gaps}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="assessment-gaps"
      />
    </>
  );
}
