import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  POWER_CATEGORIES,
  type PublicPowerDepartments,
  type PublicPowerItem,
  type PublicPowerPage,
} from '../../../../common/contracts/powers.js';
import { api, type Query } from '../../../common/api.js';
import { FilterBar, PagedTable, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { categoryLabel } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'category', 'departmentId'] as const;

/**
 * What the public is told about its words: that the items shown hold only some of them (any-term search), or,
 * when nothing matches, what to try instead (issue #10).
 */
function SearchNotice({ q, page }: { q: string | undefined; page: PublicPowerPage | undefined }) {
  const t = useT();
  if (!q || !page) return null;
  if (page.total > 0 && page.matchedBy === 'anyTerm')
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('portalPowers.anyTerm', { q, terms: (page.terms ?? []).join('、') })}
      />
    );
  if (page.total > 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('portalPowers.noneTitle', { q })}
      description={
        <>
          {t('portalPowers.noneHint')}{' '}
          <Link to={`/search?q=${encodeURIComponent(q)}`}>{t('portalPowers.searchEverywhere', { q })}</Link>
        </>
      }
    />
  );
}

/** The public search: by department, category (with counts) and keyword; published items only. */
export default function SearchPage() {
  const t = useT();
  const { locale } = useLocale();
  const { query, filters, set, ...state } = useUrlFilters(FILTERS);
  const departments = useQuery({
    queryKey: ['portal', 'powers', 'departments'],
    queryFn: () => api.get<PublicPowerDepartments>('/portal/powers/departments'),
  });
  const results = usePagedQuery(
    ['portal', 'powers', 'items'],
    (q: Query) => api.get<PublicPowerPage>('/portal/powers/items', q),
    query,
  );
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
        <FilterBar
          filters={filters}
          set={set}
          specs={[
            {
              kind: 'select',
              key: 'departmentId',
              label: t('portalPowers.department'),
              placeholder: t('portalPowers.allDepartments'),
              searchable: true,
              width: 260,
              loading: departments.isPending,
              options: (departments.data?.departments ?? []).map((d) => ({
                value: d.id,
                label: `${d.name}（${d.total}）`,
              })),
            },
            {
              kind: 'search',
              key: 'q',
              label: t('portalPowers.keyword'),
              width: 320,
              button: t('portalPowers.search'),
            },
          ]}
        />
        <Flex
          gap={4}
          wrap
          style={{ marginBottom: 12 }}
          role="group"
          aria-label={t('portalPowers.columns.category')}
        >
          <Tag.CheckableTag checked={!filters.category} onChange={() => set({ category: undefined })}>
            {t('portalPowers.all')}（{allCount}）
          </Tag.CheckableTag>
          {POWER_CATEGORIES.map((c) => (
            <Tag.CheckableTag
              key={c.code}
              checked={filters.category === c.code}
              onChange={() => set({ category: c.code })}
            >
              {categoryLabel(c.code, locale)}（{counts[c.code] ?? 0}）
            </Tag.CheckableTag>
          ))}
        </Flex>
        <SearchNotice q={filters.q} page={results.data} />
        <PagedTable
          list={results}
          columns={columns}
          state={{ ...state, set }}
          totalText={(total) => t('portalPowers.total', { total })}
        />
      </Card>
    </>
  );
}
