import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Col, Empty, List, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import type { QueueSummary } from './api.js';

/** The work queues the user works (法制审核待审 …), each with its first records; none shows nothing. */
export function QueuesCard() {
  const t = useT();
  const { label } = useLocale();
  const queues = useQuery({
    queryKey: ['workbench', 'queues'],
    queryFn: () => api.get<{ queues: QueueSummary[] }>('/workbench/queues'),
  });
  if (queues.error) return <ErrorAlert error={queues.error} onRetry={() => void queues.refetch()} />;
  const list = queues.data?.queues ?? [];
  if (!queues.isPending && list.length === 0) return null;
  return (
    <Row gutter={[16, 16]}>
      {(queues.isPending ? [null] : list).map((q, i) => (
        <Col key={q?.key ?? i} xs={24}>
          <Card
            loading={queues.isPending}
            title={
              q ? (
                <span>
                  {label(q.label)} <Badge count={q.total} showZero color={q.total ? '#d46b08' : '#bfbfbf'} />
                </span>
              ) : null
            }
            extra={q ? <Link to={q.path}>{t('admin.homes.queue.open')}</Link> : null}
          >
            {q && q.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.homes.queue.empty')} />
            ) : (
              <List
                size="small"
                dataSource={q?.items ?? []}
                renderItem={(item) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<Link to={item.link}>{item.title}</Link>}
                      description={[
                        item.unitName,
                        item.since ? t('admin.homes.queue.since', { date: item.since }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </List.Item>
                )}
                footer={
                  q && q.total > q.items.length ? (
                    <Typography.Text type="secondary">
                      <Link to={q.path}>{t('admin.homes.queue.more', { n: q.total - q.items.length })}</Link>
                    </Typography.Text>
                  ) : null
                }
              />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
