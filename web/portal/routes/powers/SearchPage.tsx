import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import {
  POWER_CATEGORIES,
  type PublicPowerDepartments,
  type PublicPowerItem,
  type PublicPowerPage,
} from '../../../../common/contracts/powers.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

/** The public search: by department, category (with counts) and keyword; published items only. */
export default function SearchPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const query = {
    q: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
    departmentId: params.get('departmentId') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const set = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') merged.delete(k);
      else merged.set(k, String(v));
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  const departments = useQuery({
    queryKey: ['portal', 'powers', 'departments'],
    queryFn: () => api.get<PublicPowerDepartments>('/portal/powers/departments'),
  });
  const results = useQuery({
    queryKey: ['portal', 'powers', 'items', query],
    queryFn: () => api.get<PublicPowerPage>('/portal/powers/items', query),
    placeholderData: keepPreviousData,
  });
  const counts = results.data?.byCategory ?? {};
  const allCount = Object.values(counts).reduce((a, b) => a + b, 0);

  const columns: ColumnsType<PublicPowerItem> = [
    { title: t('portalPowers.columns.code'), dataIndex: 'code', width: 190 },
    {
      title: t('portalPowers.columns.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <Link to={`/powers/${item.id}`}>
          {name}
          {item.subItemName ? `（${item.subItemName}）` : ''}
        </Link>
      ),
    },
    {
      title: t('portalPowers.columns.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: string) => categoryLabel(c, locale),
    },
    { title: t('portalPowers.columns.department'), dataIndex: ['department', 'name'], width: 200 },
    { title: t('portalPowers.columns.publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];

  return (
    <>
      <Typography.Title level={4}>{t('portalPowers.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalPowers.intro')}</Typography.Paragraph>
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('portalPowers.department')}
            placeholder={t('portalPowers.allDepartments')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            value={query.departmentId}
            loading={departments.isPending}
            options={(departments.data?.departments ?? []).map((d) => ({
              value: d.id,
              label: `${d.name}（${d.total}）`,
            }))}
            onChange={(departmentId?: string) => set({ departmentId })}
          />
          <Input.Search
            aria-label={t('portalPowers.keyword')}
            placeholder={t('portalPowers.keyword')}
            allowClear
            defaultValue={query.q}
            style={{ width: 320 }}
            enterButton={t('portalPowers.search')}
            onSearch={(q) => set({ q })}
          />
        </Flex>
        <Flex
          gap={4}
          wrap
          style={{ marginBottom: 12 }}
          role="group"
          aria-label={t('portalPowers.columns.category')}
        >
          <Tag.CheckableTag checked={!query.category} onChange={() => set({ category: undefined })}>
            {t('portalPowers.all')}（{allCount}）
          </Tag.CheckableTag>
          {POWER_CATEGORIES.map((c) => (
            <Tag.CheckableTag
              key={c.code}
              checked={query.category === c.code}
              onChange={() => set({ category: c.code })}
            >
              {categoryLabel(c.code, locale)}（{counts[c.code] ?? 0}）
            </Tag.CheckableTag>
          ))}
        </Flex>
        {results.error ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
        <Table<PublicPowerItem>
          rowKey="id"
          size="middle"
          loading={results.isFetching}
          columns={columns}
          dataSource={results.data?.items ?? []}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: results.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('portalPowers.total', { total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
