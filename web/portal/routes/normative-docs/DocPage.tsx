import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { PublicDocDetail } from '../../../../common/contracts/normative-docs.js';
import { ApiError, api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import './messages.js';

/** One valid document: its numbers, validity, full text and 解读. */
export default function DocPage() {
  const { id = '' } = useParams();
  const t = useT();
  const doc = useQuery({
    queryKey: ['portal', 'normative-doc', id],
    queryFn: () => api.get<z.infer<typeof PublicDocDetail>>(`/portal/normative-docs/${id}`),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const back = (
    <Link to="/normative-docs">
      <Button>{t('portalNormativeDocs.back')}</Button>
    </Link>
  );
  if (doc.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (doc.error) {
    const gone = doc.error instanceof ApiError && [400, 404].includes(doc.error.status);
    if (gone) return <Result status="404" title={t('portalNormativeDocs.notFound')} extra={back} />;
    return <ErrorAlert error={doc.error} onRetry={() => void doc.refetch()} />;
  }
  const d = doc.data;
  return (
    <Card title={d.title} extra={back}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('portalNormativeDocs.columns.issuer')}>{d.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('portalNormativeDocs.columns.documentNumber')}>
          {d.documentNumber}
        </Descriptions.Item>
        <Descriptions.Item label={t('portalNormativeDocs.columns.registrationNumber')}>
          {d.registrationNumber}
        </Descriptions.Item>
        <Descriptions.Item label={t('portalNormativeDocs.columns.publishedOn')}>
          {d.publishedOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('portalNormativeDocs.columns.validUntil')}>
          {d.validUntil ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('portalNormativeDocs.carrier')}>{d.carrier ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('portalNormativeDocs.text')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.body ?? '—'}</Typography.Paragraph>
      <Typography.Title level={5}>{t('portalNormativeDocs.interpretation')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {d.interpretation ?? '—'}
      </Typography.Paragraph>
    </Card>
  );
}
