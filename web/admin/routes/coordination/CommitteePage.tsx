import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../common/auth.js';
import { PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { coordinationApi, type MeetingRow, type MemberRow, type PlanRow } from './api.js';
import { MeetingDialog } from './MeetingDialog.js';
import './messages.js';

/** 法治建设委员会: its members, its meetings (the office records a new one), and the years' 工作要点. */
export default function CommitteePage() {
  const t = useT();
  const c = (k: string) => t(`coordination.committee.${k}`);
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const members = useQuery({ queryKey: ['coordination', 'members'], queryFn: coordinationApi.members });
  const meetings = useQuery({ queryKey: ['coordination', 'meetings'], queryFn: coordinationApi.meetings });
  const plans = useQuery({ queryKey: ['coordination', 'plans'], queryFn: coordinationApi.plans });
  return (
    <>
      <PageHeader
        title={c('title')}
        subTitle={c('subtitle')}
        extra={
          can('coordination.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {c('newMeeting')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={c('meetings')}>
          <Table<MeetingRow>
            size="small"
            rowKey="id"
            loading={meetings.isPending}
            dataSource={meetings.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="meetings"
            columns={[
              { title: c('number'), dataIndex: 'number', width: 130 },
              {
                title: c('meetingTitle'),
                dataIndex: 'title',
                render: (title: string, r) => <Link to={`/coordination/meetings/${r.id}`}>{title}</Link>,
              },
              {
                title: c('kind'),
                dataIndex: 'kind',
                width: 160,
                render: (k: string) => t(`coordination.kinds.${k}`),
              },
              { title: c('heldOn'), dataIndex: 'heldOn', width: 120 },
              { title: c('attendees'), dataIndex: 'attendeeCount', width: 100, align: 'right' },
              { title: c('decisions'), dataIndex: 'decisionCount', width: 100, align: 'right' },
            ]}
          />
        </Card>
        <Flex gap={16} wrap align="flex-start">
          <Card size="small" title={c('members')} style={{ flex: '3 1 620px' }}>
            <Table<MemberRow>
              size="small"
              rowKey="id"
              loading={members.isPending}
              dataSource={members.data?.items ?? []}
              pagination={false}
              columns={[
                { title: c('name'), dataIndex: 'name', width: 100 },
                {
                  title: c('post'),
                  dataIndex: 'post',
                  width: 130,
                  render: (p: string) => <Tag>{t(`coordination.posts.${p}`)}</Tag>,
                },
                { title: c('position'), dataIndex: 'position', ellipsis: true },
                { title: c('unit'), dataIndex: ['unit', 'name'], ellipsis: true },
              ]}
            />
          </Card>
          <Card size="small" title={t('coordination.plans.title')} style={{ flex: '2 1 480px' }}>
            <Table<PlanRow>
              size="small"
              rowKey="id"
              loading={plans.isPending}
              dataSource={plans.data?.items ?? []}
              pagination={false}
              columns={[
                {
                  title: t('coordination.filters.year'),
                  dataIndex: 'year',
                  width: 80,
                  render: (y: number) => <Link to={`/coordination/tasks?year=${y}`}>{y}</Link>,
                },
                { title: t('coordination.plans.title'), dataIndex: 'title', ellipsis: true },
                {
                  title: t('coordination.columns.state'),
                  width: 140,
                  render: (_: unknown, p) => t('coordination.plans.tasks', { done: p.done, tasks: p.tasks }),
                },
              ]}
            />
          </Card>
        </Flex>
      </Flex>
      <MeetingDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
