import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { SESSION_KINDS } from '../../../../common/contracts/legal-education.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { educationApi, label } from './api.js';
import { yearOptions } from './StudyPage.js';
import './messages.js';

/** One leader's year of law study: every session invited to, attended or not, hours and exam scores. */
export default function LeaderPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const t = useT();
  const { locale } = useLocale();
  const record = useQuery({
    queryKey: ['education', 'record', id, year],
    queryFn: () => educationApi.record(id, year),
  });
  if (record.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (record.error) return <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  return (
    <>
      <PageHeader
        title={t('education.study.leaderTitle', { name: r.leader.name, year })}
        subTitle={`${r.leader.post} · ${r.leader.unit}`}
        extra={
          <Space>
            <Select
              value={year}
              options={yearOptions}
              onChange={(y) => setParams({ year: String(y) })}
              style={{ width: 100 }}
            />
            <Link to="/legal-education/study">
              <Button>{t('education.back')}</Button>
            </Link>
          </Space>
        }
      />
      <Card size="small">
        <Typography.Paragraph strong data-testid="leader-summary">
          {t('education.study.summary', { sessions: r.sessions, attended: r.attended, hours: r.hours })}
        </Typography.Paragraph>
        <Table
          rowKey="code"
          size="small"
          dataSource={r.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="leader-sessions"
          columns={[
            { title: t('education.study.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('education.study.kind'),
              dataIndex: 'kind',
              render: (k: string) => label(SESSION_KINDS, k, locale),
            },
            { title: t('education.study.topic'), dataIndex: 'topic' },
            { title: t('education.study.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('education.study.attendance'),
              dataIndex: 'present',
              render: (p: boolean) =>
                p ? (
                  <Tag color="green">{t('education.study.presentMark')}</Tag>
                ) : (
                  <Tag>{t('education.study.absentMark')}</Tag>
                ),
            },
            {
              title: t('education.study.score'),
              dataIndex: 'score',
              align: 'right',
              render: (s: number | null) => s ?? '—',
            },
          ]}
        />
      </Card>
    </>
  );
}
