import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { PublicGuides } from '../../../../../common/contracts/disclosure/proactive.js';
import { api } from '../../../../common/api.js';
import { ErrorAlert, NotFound } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import './messages.js';

/** One department's 政府信息公开指南, with a link to its part of the catalogue. */
export default function GuidePage() {
  const { orgUnitId = '' } = useParams();
  const t = useT();
  const tt = (k: string, vars?: Record<string, string | number>) =>
    t(`disclosure.proactive.portal.${k}`, vars);
  const guides = useQuery({
    queryKey: ['portal', 'disclosure', 'guides'],
    queryFn: () => api.get<PublicGuides>('/portal/disclosure/guides'),
  });
  if (guides.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (guides.error) return <ErrorAlert error={guides.error} />;
  const guide = guides.data.guides.find((g) => g.orgUnit.id === orgUnitId);
  if (!guide) return <NotFound />;
  return (
    <Card>
      <Typography.Title level={3}>{tt('guideFor', { unit: guide.orgUnit.name })}</Typography.Title>
      <Link to="/disclosure/catalogue">{tt('back')}</Link>
      {guide.text ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginTop: 16 }}>
          {guide.text}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{tt('noGuide')}</Typography.Paragraph>
      )}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={tt('contact')}>{guide.contact ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tt('address')}>{guide.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tt('officeHours')}>{guide.officeHours ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tt('updatedOn')}>{guide.updatedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to={`/disclosure/catalogue?department=${guide.orgUnit.id}`}>
          {tt('items', { count: guide.items })}
        </Link>
      </Typography.Paragraph>
    </Card>
  );
}
