import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { PublicProactiveItem } from '../../../../../common/contracts/disclosure/proactive.js';
import { api } from '../../../../common/api.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

/** One catalogue item: what it is, who published it and when, its summary, and the original (or how to ask). */
export default function ItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const tt = (k: string) => t(`disclosure.proactive.portal.${k}`);
  const item = useQuery({
    queryKey: ['portal', 'disclosure', 'catalogue', id],
    queryFn: () => api.get<PublicProactiveItem>(`/portal/disclosure/catalogue/${encodeURIComponent(id)}`),
  });
  if (item.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (item.error) return <ErrorAlert error={item.error} />;
  const p = item.data;
  return (
    <Card
      extra={
        <Link to="/disclosure/catalogue">
          <Button>{tt('back')}</Button>
        </Link>
      }
      title={<span style={{ whiteSpace: 'normal' }}>{p.title}</span>}
    >
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={tt('columns.department')}>{p.department.name}</Descriptions.Item>
        <Descriptions.Item label={tt('columns.documentNumber')}>{p.documentNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tt('columns.category')}>{categoryLabel(p.category)}</Descriptions.Item>
        <Descriptions.Item label={tt('columns.publishedOn')}>{p.publishedOn}</Descriptions.Item>
        <Descriptions.Item label={tt('summary')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{p.summary || tt('noSummary')}</span>
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={12} align="center" wrap style={{ marginTop: 16 }}>
        {p.url ? (
          <a href={p.url} target="_blank" rel="noreferrer">
            <Button type="primary">{tt('source')}</Button>
          </a>
        ) : (
          <>
            <Typography.Text type="secondary">{tt('noSource')}</Typography.Text>
            <Link to="/disclosure/apply">
              <Button type="primary">{tt('applyFor')}</Button>
            </Link>
          </>
        )}
      </Flex>
    </Card>
  );
}
