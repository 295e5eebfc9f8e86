import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { PublicPowerItem } from '../../../../common/contracts/powers.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

const LONG = ['legalBasis', 'process', 'responsibility', 'accountability'] as const;
const SHORT = ['handlingUnit', 'timeLimit', 'feeBasis', 'supervisionPhone', 'remarks'] as const;

/** One published item as the public sees it: the version in force. */
export default function ItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const item = useQuery({
    queryKey: ['portal', 'powers', 'item', id],
    queryFn: () => api.get<PublicPowerItem>(`/portal/powers/items/${id}`),
  });
  if (item.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (item.error) return <ErrorAlert error={item.error} />;
  const p = item.data;
  return (
    <>
      <Typography.Title level={4}>
        {p.name}
        {p.subItemName ? `（${p.subItemName}）` : ''}
      </Typography.Title>
      <Card
        size="small"
        extra={
          <Link to="/powers">
            <Button>{t('portalPowers.back')}</Button>
          </Link>
        }
      >
        <Descriptions column={2} bordered size="small">
          <Descriptions.Item label={t('portalPowers.fields.code')}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={t('portalPowers.fields.category')}>
            {categoryLabel(p.category, locale)}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalPowers.fields.department')}>
            {p.department.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalPowers.fields.version')}>
            {t('portalPowers.versionOf', { version: p.version })} · {p.publishedOn}
          </Descriptions.Item>
          {LONG.map((f) => (
            <Descriptions.Item key={f} label={t(`portalPowers.fields.${f}`)} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{p[f] || '—'}</span>
            </Descriptions.Item>
          ))}
          {SHORT.map((f) => (
            <Descriptions.Item key={f} label={t(`portalPowers.fields.${f}`)}>
              {p[f] || '—'}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
    </>
  );
}
