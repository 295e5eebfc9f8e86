import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { GRADES, REPORT_STATES } from '../../../../common/contracts/legal-education.js';
import { useAuth } from '../../../common/auth.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { educationApi, label } from './api.js';
import { yearOptions } from './StudyPage.js';
import './messages.js';

export const STATE_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'cyan',
  evaluated: 'green',
};

/** 第一责任人述法: the principal leaders' reports of a year and their state; a report opens with its duty list. */
export default function ReportsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [year, setYear] = useState(dayjs().year());
  const [leader, setLeader] = useState<string | undefined>();
  const reports = useQuery({
    queryKey: ['education', 'reports', year],
    queryFn: () => educationApi.reports(year),
  });
  const roster = useQuery({ queryKey: ['education', 'leaders'], queryFn: educationApi.leaders });
  const reported = new Set((reports.data?.items ?? []).map((r) => r.leaderId));
  const open = useMutation({
    mutationFn: () => educationApi.openReport({ leaderId: leader, year }),
    onSuccess: (r) => {
      message.success(t('education.reports.opened'));
      void client.invalidateQueries({ queryKey: ['education', 'reports'] });
      void navigate(`/legal-education/reports/${r.id}`);
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('education.reports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('education.reports.subtitle')}</Typography.Text>
      </div>
      <Space wrap>
        {t('education.year')}
        <Select
          value={year}
          options={yearOptions}
          onChange={setYear}
          style={{ width: 100 }}
          data-testid="year"
        />
        {can('legal_education.report') ? (
          <>
            <Select
              placeholder={t('education.reports.leader')}
              style={{ width: 260 }}
              value={leader}
              onChange={setLeader}
              options={(roster.data?.items ?? [])
                .filter((l) => l.principal && !reported.has(l.id))
                .map((l) => ({ value: l.id, label: `${l.name}（${l.post}）` }))}
              data-testid="open-leader"
            />
            <Button disabled={!leader} loading={open.isPending} onClick={() => open.mutate()}>
              {t('education.reports.open')}
            </Button>
          </>
        ) : null}
      </Space>
      <Card size="small">
        <Table
          rowKey="id"
          size="small"
          loading={reports.isPending}
          dataSource={reports.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="reports"
          columns={[
            {
              title: t('education.reports.leader'),
              dataIndex: 'leader',
              render: (n: string, r) => <Link to={`/legal-education/reports/${r.id}`}>{n}</Link>,
            },
            { title: t('education.reports.post'), dataIndex: 'post' },
            { title: t('education.reports.unit'), dataIndex: 'unit', responsive: ['md'] },
            {
              title: t('education.reports.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag color={STATE_COLOR[s]}>{label(REPORT_STATES, s, locale)}</Tag>,
            },
            {
              title: t('education.reports.submittedOn'),
              dataIndex: 'submittedOn',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('education.reports.reviewedOn'),
              dataIndex: 'reviewedOn',
              responsive: ['lg'],
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('education.reports.grade'),
              dataIndex: 'grade',
              render: (g: string | null) => (g ? label(GRADES, g, locale) : '—'),
            },
          ]}
        />
      </Card>
    </div>
  );
}
