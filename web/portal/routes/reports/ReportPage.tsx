import { useQuery } from '@tanstack/react-query';
import { Button, Card, Result, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { AnnualReport } from '../../../../common/contracts/reports/annual.js';
import { ApiError } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { ReportDocument } from '../../../common/reports/ReportDocument.js';
import { portalReportsApi } from './api.js';
import './messages.js';

/** A published report as frozen at sign-off: the text and tables, figures as plain text. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const t = useT();
  const report = useQuery({
    queryKey: ['portal', 'report', id],
    queryFn: () => portalReportsApi.get(id),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const back = (
    <Link to="/reports">
      <Button>{t('portalReports.back')}</Button>
    </Link>
  );
  if (report.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (report.error) {
    const gone = report.error instanceof ApiError && [400, 404].includes(report.error.status);
    if (gone) return <Result status="404" title={t('portalReports.notFound')} extra={back} />;
    return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const r = report.data;
  // The public JSON has no drill-down links and no checks; the document needs neither.
  const doc = { ...r, checks: [] } as unknown as AnnualReport;
  return (
    <Card extra={back} title={t('portalReports.publishedOn', { date: r.publishedOn })}>
      <div style={{ maxWidth: 860, margin: '0 auto' }}>
        <ReportDocument report={doc} />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 24, wordBreak: 'break-all' }}>
        {t('portalReports.hash', { hash: r.hash })}
      </Typography.Paragraph>
    </Card>
  );
}
