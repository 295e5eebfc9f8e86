import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PublicDecision } from '../../../../common/contracts/reconsideration.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { actTypeLabel, CORRECTING, outcomeLabel } from '../../../common/reconsideration/labels.js';
import { portalCasesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

/** 行政复议: how to apply, apply online, track, and the decisions published (第七十九条), names masked. */
export default function LandingPage() {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const decisions = useQuery({
    queryKey: ['portal', 'reconsideration', 'decisions', page],
    queryFn: () => portalCasesApi.decisions(page),
  });
  const p = (k: string) => t(`reconsideration.portal.${k}`);
  return (
    <>
      <Typography.Title level={4}>{p('landingTitle')}</Typography.Title>
      <Typography.Paragraph>{p('landingIntro')}</Typography.Paragraph>
      <Flex gap={12} style={{ marginBottom: 24 }} wrap>
        <Link to="/reconsideration/apply">
          <Button type="primary" size="large">
            {p('apply')}
          </Button>
        </Link>
        <Link to="/reconsideration/track">
          <Button size="large">{p('track')}</Button>
        </Link>
      </Flex>
      <Card title={p('decisionsTitle')}>
        <Table<PublicDecision>
          rowKey="id"
          size="small"
          loading={decisions.isPending}
          dataSource={decisions.data?.items ?? []}
          locale={{ emptyText: p('empty') }}
          pagination={{
            current: page,
            pageSize: 10,
            total: decisions.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('reconsideration.fields.decisionNumber'), dataIndex: 'decisionNumber', width: 170 },
            { title: p('decidedOn'), dataIndex: 'concludedOn', width: 110 },
            { title: t('reconsideration.fields.applicantName'), dataIndex: 'applicantName', width: 90 },
            { title: p('respondent'), dataIndex: 'respondent', width: 160 },
            {
              title: t('reconsideration.fields.actDescription'),
              dataIndex: 'actDescription',
              render: (a: string, d) => (
                <>
                  <div>{a}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {actTypeLabel(d.actType, locale)}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('reconsideration.fields.outcome'),
              dataIndex: 'outcome',
              width: 150,
              render: (o: string, d) => (
                <>
                  <Tag color={CORRECTING.has(o) ? 'red' : 'default'}>{outcomeLabel(o, locale)}</Tag>
                  {d.summary ? <div style={{ fontSize: 12, marginTop: 4 }}>{d.summary}</div> : null}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
