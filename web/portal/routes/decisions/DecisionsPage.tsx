import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Input, List, Select, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type CatalogueOut, DECISION_CATEGORIES, dictLabel } from '../../../../common/contracts/decisions.js';
import { api } from '../../../common/api.js';
import { useLocale, useT } from '../../../common/i18n.js';
import './messages.js';

interface PublicItem {
  id: string;
  number: string;
  title: string;
  unit: string;
  commentClosesOn: string | null;
  daysLeft: number | null;
  publishedOn: string | null;
  documentNumber: string | null;
}

function DecisionList({ which }: { which: 'open' | 'published' }) {
  const t = useT();
  const list = useQuery({
    queryKey: ['portal', 'decisions', which],
    queryFn: () => api.get<{ items: PublicItem[] }>('/portal/decisions', { which }),
  });
  if (list.error) return <Alert type="error" showIcon title={String(list.error)} />;
  return (
    <List
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: <Empty description={t('portalDecisions.none')} /> }}
      renderItem={(d) => (
        <List.Item>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Link to={`/decisions/${d.id}`} style={{ fontSize: 16 }}>
              {d.title}
            </Link>
            <Flex gap={8} wrap>
              <Typography.Text type="secondary">{d.unit}</Typography.Text>
              {which === 'open' && d.daysLeft !== null ? (
                <>
                  <Tag color={d.daysLeft <= 3 ? 'red' : 'blue'} data-testid="countdown">
                    {d.daysLeft === 0
                      ? t('portalDecisions.lastDay')
                      : t('portalDecisions.daysLeft', { days: d.daysLeft })}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('portalDecisions.closesOn', { date: d.commentClosesOn ?? '' })}
                  </Typography.Text>
                </>
              ) : null}
              {which === 'published' && d.publishedOn ? (
                <Typography.Text type="secondary">
                  {t('portalDecisions.publishedOn', { date: d.publishedOn })} {d.documentNumber}
                </Typography.Text>
              ) : null}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function Catalogue() {
  const t = useT();
  const { locale } = useLocale();
  const [year, setYear] = useState(dayjs().year());
  const catalogue = useQuery({
    queryKey: ['portal', 'decisions', 'catalogue', year],
    queryFn: () => api.get<CatalogueOut>('/portal/decisions/catalogue', { year: String(year) }),
    retry: false,
  });
  const thisYear = dayjs().year();
  return (
    <Flex vertical gap={12}>
      <Select
        aria-label={t('portalDecisions.year')}
        value={year}
        onChange={setYear}
        style={{ width: 120 }}
        options={Array.from({ length: thisYear - 2019 }, (_, k) => ({
          value: thisYear - k,
          label: String(thisYear - k),
        }))}
      />
      {catalogue.error ? (
        <Empty description={t('portalDecisions.catalogueNone')} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={catalogue.isPending}
          pagination={false}
          dataSource={catalogue.data?.items ?? []}
          scroll={{ x: 800 }}
          columns={[
            { title: t('portalDecisions.columns.number'), dataIndex: 'number', width: 60 },
            { title: t('portalDecisions.columns.title'), dataIndex: 'title' },
            { title: t('portalDecisions.columns.unit'), dataIndex: ['unit', 'name'], width: 180 },
            { title: t('portalDecisions.columns.planned'), dataIndex: 'plannedOn', width: 140 },
            {
              title: t('portalDecisions.columns.status'),
              dataIndex: 'status',
              width: 200,
              render: (s: string, i: { category: string; adjustReason: string | null }) =>
                s === 'withdrawn' ? (
                  <>
                    <Tag color="red">{t('portalDecisions.withdrawn')}</Tag>
                    <div style={{ fontSize: 12 }}>{i.adjustReason}</div>
                  </>
                ) : (
                  dictLabel(DECISION_CATEGORIES, i.category, locale)
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}

/** The public decisions page: drafts open for comment with their countdown, published decisions, the catalogue. */
export default function DecisionsPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portalDecisions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalDecisions.intro')}</Typography.Paragraph>
      <Card size="small">
        <Input.Search
          aria-label={t('portalDecisions.lookup')}
          placeholder={t('portalDecisions.lookup')}
          enterButton={t('portalDecisions.lookupButton')}
          maxLength={10}
          style={{ maxWidth: 420 }}
          onSearch={(code) => code.trim() && navigate(`/decisions/comments/${code.trim().toUpperCase()}`)}
        />
      </Card>
      <Tabs
        items={[
          { key: 'open', label: t('portalDecisions.tabs.open'), children: <DecisionList which="open" /> },
          {
            key: 'published',
            label: t('portalDecisions.tabs.published'),
            children: <DecisionList which="published" />,
          },
          { key: 'catalogue', label: t('portalDecisions.tabs.catalogue'), children: <Catalogue /> },
        ]}
      />
    </Flex>
  );
}
