import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { PortalReportSummary } from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { portalReportsApi } from './api.js';
import './messages.js';

/** The published annual reports, newest first. */
export default function ListPage() {
  const t = useT();
  const list = useQuery({ queryKey: ['portal', 'reports'], queryFn: () => portalReportsApi.list({}) });
  return (
    <>
      <Typography.Title level={4}>{t('portalReports.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalReports.subtitle')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Card size="small">
        <Table<PortalReportSummary>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('portalReports.empty') }}
          columns={[
            {
              title: t('portalReports.columns.title'),
              key: 'title',
              render: (_, r) => <Link to={`/reports/${r.id}`}>{r.title}</Link>,
            },
            { title: t('portalReports.columns.unit'), key: 'unit', render: (_, r) => r.unit.name },
            { title: t('portalReports.columns.year'), dataIndex: 'year', width: 90 },
            { title: t('portalReports.columns.publishedOn'), dataIndex: 'publishedOn', width: 130 },
          ]}
        />
      </Card>
    </>
  );
}
