import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import type { PowerItemSummary } from '../../../../common/contracts/powers.js';
import { useAuth } from '../../../common/auth.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { powersApi } from './api.js';
import { categoryLabel, categoryOptions, STATUS_COLOR, statusLabel, statusOptions } from './labels.js';
import { StatsCard } from './StatsCard.js';
import './messages.js';

const FILTERS = ['q', 'category', 'orgUnitId', 'status'] as const;

/** 权责清单: the items a user may see, filtered, with import/export and the counts by category. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can, user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['powers', 'items'], powersApi.list, state.query);
  const departments = useQuery({ queryKey: ['powers', 'departments'], queryFn: powersApi.departments });
  // The server scopes the list anyway; offering only the officer's own unit avoids empty tables.
  const ownUnitOnly = user?.role === 'department_officer' || user?.role === 'mediator';
  const unitOptions =
    ownUnitOnly && user?.orgUnit
      ? [{ value: user.orgUnit.id, label: user.orgUnit.name }]
      : (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['powers'] });

  const columns: ColumnsType<PowerItemSummary> = [
    { title: t('powers.columns.code'), dataIndex: 'code', width: 190 },
    {
      title: t('powers.columns.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <Link to={`/powers/${item.id}`}>
          {name}
          {item.subItemName ? `（${item.subItemName}）` : ''}
        </Link>
      ),
    },
    {
      title: t('powers.columns.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: string) => categoryLabel(c, locale),
    },
    { title: t('powers.columns.department'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: t('powers.columns.status'),
      dataIndex: 'status',
      width: 130,
      fixed: 'right',
      render: (s: string, item) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{statusLabel(s, locale)}</Tag>
          {item.hasPendingRevision ? <Tag color="orange">{t('powers.pendingRevision')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('powers.columns.version'),
      dataIndex: 'currentVersion',
      width: 70,
      render: (v: number) => v || '—',
    },
    { title: t('powers.columns.publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];

  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'orgUnitId',
      label: t('powers.filters.department'),
      searchable: true,
      width: 220,
      options: unitOptions,
    },
    {
      kind: 'select',
      key: 'category',
      label: t('powers.filters.category'),
      width: 160,
      options: categoryOptions(locale),
    },
    {
      kind: 'select',
      key: 'status',
      label: t('powers.filters.status'),
      width: 130,
      options: statusOptions(locale),
    },
    {
      kind: 'search',
      key: 'q',
      label: t('powers.filters.keyword'),
      width: 260,
      button: t('powers.filters.search'),
    },
  ];

  return (
    <LedgerListPage<PowerItemSummary>
      title={t('powers.title')}
      subTitle={t('powers.subtitle')}
      actions={
        can('powers.edit') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/powers/new')}>
            {t('powers.new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/powers',
        importPermission: 'powers.import',
        exportPermission: 'powers.export',
        labels: { import: t('powers.import'), template: t('powers.template'), export: t('powers.export') },
      }}
      onImported={refresh}
      above={<StatsCard onCategory={(category) => state.set({ category })} />}
      state={state}
      filters={filters}
      resetLabel={t('powers.filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('powers.total', { total })}
    />
  );
}
