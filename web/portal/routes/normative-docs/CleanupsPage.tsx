import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, List, Spin, Tag, Typography } from 'antd';
import type { z } from 'zod';
import { CLEANUP_RESULTS, type PublicCampaignList } from '../../../../common/contracts/normative-docs.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import './messages.js';

const COLOR: Record<string, string> = {
  continue: 'green',
  revise: 'orange',
  repeal: 'red',
  expire: 'volcano',
};

/** The published cleanups, each with its lists: in force, to be revised, repealed, expired. */
export default function CleanupsPage() {
  const t = useT();
  const data = useQuery({
    queryKey: ['portal', 'normative-docs', 'cleanups'],
    queryFn: () => api.get<z.infer<typeof PublicCampaignList>>('/portal/normative-docs/cleanups'),
  });
  if (data.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (data.error) return <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />;
  return (
    <>
      <Typography.Title level={4}>{t('portalNormativeDocs.cleanups.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalNormativeDocs.cleanups.intro')}</Typography.Paragraph>
      {data.data.length === 0 ? <Empty description={t('portalNormativeDocs.cleanups.none')} /> : null}
      {data.data.map((c) => (
        <Card
          key={c.id}
          size="small"
          title={c.title}
          extra={t('portalNormativeDocs.cleanups.publishedOn', { date: c.publishedOn })}
          style={{ marginBottom: 16 }}
        >
          <Collapse
            items={CLEANUP_RESULTS.map((r) => ({
              key: r.code,
              label: (
                <>
                  <Tag color={COLOR[r.code]}>{t(`portalNormativeDocs.cleanups.results.${r.code}`)}</Tag>
                  {t('portalNormativeDocs.cleanups.count', { n: c.lists[r.code]?.length ?? 0 })}
                </>
              ),
              children: (
                <List
                  size="small"
                  dataSource={c.lists[r.code] ?? []}
                  renderItem={(d) => (
                    <List.Item>
                      {d.title} <Typography.Text type="secondary">{d.documentNumber ?? ''}</Typography.Text>
                    </List.Item>
                  )}
                />
              ),
            }))}
          />
        </Card>
      ))}
    </>
  );
}
