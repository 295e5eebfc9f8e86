import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Spin, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { TaskSummary } from '../../../../common/contracts/coordination.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { coordinationApi } from './api.js';
import { useTaskColumns } from './TaskCells.js';
import './messages.js';

/** One meeting: agenda, attendance, minutes, the tasks its decisions opened and the 督办 items it heard. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const m = (k: string) => t(`coordination.meeting.${k}`);
  const columns = useTaskColumns();
  const meeting = useQuery({
    queryKey: ['coordination', 'meeting', id],
    queryFn: () => coordinationApi.meeting(id),
  });
  if (meeting.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (meeting.error) return <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const d = meeting.data;
  const tasks = (rows: TaskSummary[], testId: string) => (
    <Table<TaskSummary>
      size="small"
      rowKey="id"
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1260 }}
      data-testid={testId}
      locale={{ emptyText: m('none') }}
    />
  );
  return (
    <>
      <PageHeader
        title={d.title}
        subTitle={`${t(`coordination.kinds.${d.kind}`)} · ${d.number} · ${d.heldOn}`}
        extra={
          <Link to="/coordination/committee">
            <Button>{m('back')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={m('agenda')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {d.agenda}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={m('attendance')}>{d.attendees.join('、')}</Descriptions.Item>
            <Descriptions.Item label={m('absent')}>
              {d.absent.length ? d.absent.join('、') : m('none')}
            </Descriptions.Item>
            <Descriptions.Item label={m('minutes')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="minutes">
                {d.minutes}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={m('referred')}>
          {tasks(d.referred, 'referred')}
        </Card>
        <Card size="small" title={m('decisions')}>
          {tasks(d.decisions, 'decisions')}
        </Card>
      </Flex>
    </>
  );
}
