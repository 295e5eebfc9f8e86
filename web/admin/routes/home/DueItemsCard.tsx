import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Segmented, Select, Table, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag } from '../../../common/procedure/index.js';
import { useShell } from '../../shell.js';
import {
  type ItemsPage,
  type ItemsQuery,
  itemsSearch,
  type UrgencyFilter,
  type WorkbenchItem,
} from './api.js';
import { moduleOf, subjectLink } from './due-items.js';

const URGENCIES: UrgencyFilter[] = ['attention', 'overdue', 'due_soon', 'ok', 'all'];
const PAGE_SIZE = 10;

interface DueItemsCardProps {
  title?: ReactNode;
  /** One unit's items (the supervision drill-down). */
  unitId?: string;
  /** The urgency the list opens on. */
  initialUrgency?: UrgencyFilter;
  extra?: ReactNode;
  /** In a narrow box (a drawer): the explanation goes under the item, the area column is left out. */
  compact?: boolean;
}

/** The user's due items from the server, paged and filtered there; each opens its record. */
export function DueItemsCard({
  title,
  unitId,
  initialUrgency = 'attention',
  extra,
  compact = false,
}: DueItemsCardProps) {
  const t = useT();
  const { label } = useLocale();
  const { webModules, serverModules } = useShell();
  const [query, setQuery] = useState<ItemsQuery>({ urgency: initialUrgency, page: 1, pageSize: PAGE_SIZE });
  const q = { ...query, unitId };
  const page = useQuery({
    queryKey: ['workbench', 'items', q],
    queryFn: () => api.get<ItemsPage>(`/workbench/items${itemsSearch(q)}`),
    placeholderData: (previous) => previous,
  });
  const moduleLabel = (key: string) => label(serverModules.find((m) => m.key === key)?.label) || key;
  const moduleOptions = serverModules
    .filter((m) => webModules.has(m.key))
    .map((m) => ({ value: m.key, label: label(m.label) }));
  const set = (patch: Partial<ItemsQuery>) => setQuery((s) => ({ ...s, page: 1, ...patch }));

  return (
    <Card title={title ?? t('admin.homes.list.title')} extra={extra} styles={{ body: { paddingTop: 12 } }}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<UrgencyFilter>
          value={query.urgency}
          onChange={(urgency) => set({ urgency })}
          options={URGENCIES.map((u) => ({ value: u, label: t(`admin.homes.list.${u}`) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('admin.homes.list.allModules')}
          aria-label={t('admin.homes.list.module')}
          value={query.module}
          onChange={(module?: string) => set({ module })}
          options={moduleOptions}
        />
      </Flex>
      {page.error ? <ErrorAlert error={page.error} onRetry={() => void page.refetch()} /> : null}
      <Table<WorkbenchItem>
        rowKey="clockId"
        size="small"
        loading={page.isPending}
        dataSource={page.data?.items ?? []}
        tableLayout="fixed"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: page.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => t('admin.homes.list.total', { total }),
          onChange: (p, pageSize) => setQuery((s) => ({ ...s, page: p, pageSize })),
        }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.homes.list.empty')} />,
        }}
        columns={[
          {
            title: t('admin.homes.list.colItem'),
            key: 'item',
            render: (_, item) => {
              const to = subjectLink(item, webModules.get(moduleOf(item.clockKey)));
              return (
                <Flex vertical gap={2}>
                  {to ? (
                    <Link to={to}>{item.title}</Link>
                  ) : (
                    <Typography.Text title={t('admin.homes.list.noLink')}>{item.title}</Typography.Text>
                  )}
                  {item.unitName ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.unitName}
                    </Typography.Text>
                  ) : null}
                  {compact ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.explanation}
                    </Typography.Text>
                  ) : null}
                </Flex>
              );
            },
          },
          {
            title: t('admin.homes.list.colModule'),
            key: 'module',
            width: 150,
            responsive: ['lg'],
            hidden: compact,
            render: (_, item) => moduleLabel(moduleOf(item.clockKey)),
          },
          {
            title: t('admin.homes.list.colDue'),
            key: 'due',
            width: 190,
            render: (_, item) => (
              <ClockTag
                urgency={item.urgency}
                status={item.status === 'paused' ? 'paused' : undefined}
                dueOn={item.dueOn}
                explanation={item.explanation}
                provisional={item.provisional}
              />
            ),
          },
          {
            // The explanation is the answer to "why this date": shown whole, wrapping, not cut to a sliver.
            title: t('admin.homes.list.colExplanation'),
            dataIndex: 'explanation',
            width: '40%',
            responsive: ['md'],
            hidden: compact,
            render: (text: string) => (
              <Typography.Paragraph
                type="secondary"
                style={{ margin: 0, fontSize: 13 }}
                ellipsis={{ rows: 3, tooltip: text }}
              >
                {text}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
