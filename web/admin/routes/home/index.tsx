import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../common/api.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { ClockTag } from '../../../common/procedure/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { useShell } from '../../shell.js';
import { countByUrgency, type DueItem, moduleOf, sortByUrgency, subjectLink } from './due-items.js';
import { CalendarNotice } from './CalendarNotice.js';
import { UrgencyChart } from './UrgencyChart.js';

type Show = 'attention' | 'all';

const STAT_COLOR = { overdue: '#cf1322', due_soon: '#d46b08', ok: '#389e0d' } as const;

/** 工作台: the user's running statutory clocks, most urgent first, with counts and a chart. */
export default function HomePage() {
  const t = useT();
  const { label } = useLocale();
  const { webModules, serverModules } = useShell();
  const [show, setShow] = useState<Show>('attention');
  const due = useQuery({
    queryKey: ['me', 'due-items'],
    queryFn: () => api.get<{ items: DueItem[] }>('/me/due-items'),
  });
  const items = due.data?.items ?? [];
  const counts = useMemo(() => countByUrgency(items), [items]);
  const rows = useMemo(
    () => sortByUrgency(show === 'all' ? items : items.filter((i) => i.urgency !== 'ok')),
    [items, show],
  );
  const moduleLabel = (key: string) => label(serverModules.find((m) => m.key === key)?.label) || key;

  const stats = [
    { key: 'overdue', title: t('admin.home.overdue'), value: counts.overdue, color: STAT_COLOR.overdue },
    { key: 'due_soon', title: t('admin.home.dueSoon'), value: counts.due_soon, color: STAT_COLOR.due_soon },
    { key: 'ok', title: t('admin.home.ok'), value: counts.ok, color: STAT_COLOR.ok },
    { key: 'total', title: t('admin.home.total'), value: items.length, color: undefined },
  ];

  return (
    <>
      <PageHeader title={t('admin.home.title')} subTitle={t('admin.home.subtitle')} />
      {due.error ? <ErrorAlert error={due.error} onRetry={() => void due.refetch()} /> : null}
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} lg={6}>
            <Card loading={due.isPending}>
              <Statistic
                title={s.title}
                value={s.value}
                suffix={t('admin.home.items')}
                styles={{ content: { color: s.color } }}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} lg={8}>
          <Card title={t('admin.home.chartTitle')} loading={due.isPending}>
            <UrgencyChart counts={counts} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card
            title={t('admin.home.listTitle')}
            extra={
              <Segmented<Show>
                value={show}
                onChange={setShow}
                options={[
                  { value: 'attention', label: t('admin.home.showAttention') },
                  { value: 'all', label: t('admin.home.showAll') },
                ]}
              />
            }
          >
            <Table<DueItem>
              rowKey="clockId"
              size="small"
              loading={due.isPending}
              dataSource={rows}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={show === 'all' ? t('admin.home.noneAtAll') : t('admin.home.noneAttention')}
                  />
                ),
              }}
              columns={[
                {
                  title: t('admin.home.colTitle'),
                  dataIndex: 'title',
                  render: (title: string, item) => {
                    const to = subjectLink(item, webModules.get(moduleOf(item.clockKey))?.routes);
                    return to ? <Link to={to}>{title}</Link> : title;
                  },
                },
                {
                  title: t('admin.home.colModule'),
                  key: 'module',
                  width: 140,
                  render: (_, item) => moduleLabel(moduleOf(item.clockKey)),
                },
                {
                  title: t('admin.home.colDue'),
                  key: 'due',
                  width: 220,
                  render: (_, item) => (
                    <ClockTag
                      urgency={item.urgency}
                      dueOn={item.dueOn}
                      explanation={item.explanation}
                      provisional={item.provisional}
                    />
                  ),
                },
                {
                  title: t('admin.home.colExplanation'),
                  dataIndex: 'explanation',
                  responsive: ['xl'],
                  render: (text: string) => (
                    <Typography.Text type="secondary" ellipsis={{ tooltip: text }} style={{ maxWidth: 280 }}>
                      {text}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {/* Below the figures: it arrives after them and must not shift the page under the user's pointer. */}
      <CalendarNotice />
    </>
  );
}
