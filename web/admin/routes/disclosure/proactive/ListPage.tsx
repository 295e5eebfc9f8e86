import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProactiveItemSummary } from '../../../../../common/contracts/disclosure/proactive.js';
import { useAuth } from '../../../../common/auth.js';
import {
  type FilterSpec,
  LedgerListPage,
  usePagedQuery,
  useUrlFilters,
} from '../../../../common/list/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { PROACTIVE_PATH, proactiveApi } from './api.js';
import { GuideDrawer } from './GuideDrawer.js';
import { ItemForm } from './ItemForm.js';
import { categoryLabel, categoryOptions, table2Label } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'category', 'orgUnitId', 'from', 'to', 'lateOnly'] as const;

/** The late flag: a red tag whose tooltip says when the item was due (条例 第二十六条). */
export function LateTag({ item }: { item: Pick<ProactiveItemSummary, 'isLate' | 'dueOn' | 'publishedOn'> }) {
  const t = useT();
  if (!item.isLate) return null;
  return (
    <Tooltip
      title={`${t('disclosure.proactive.fields.dueOn')} ${item.dueOn}，${t('disclosure.proactive.fields.publishedOn')} ${item.publishedOn}`}
    >
      <Tag color="red">{t('disclosure.proactive.late')}</Tag>
    </Tooltip>
  );
}

/** 主动公开台账: what the user may see, filtered (unit, category, dates, late only, text), with import/export. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [guides, setGuides] = useState(false);
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['disclosure', 'proactive', 'items'], proactiveApi.list, state.query);
  const units = useQuery({ queryKey: ['disclosure', 'proactive', 'units'], queryFn: proactiveApi.units });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['disclosure', 'proactive'] });
  const tt = (k: string) => t(`disclosure.proactive.${k}`);

  const columns: ColumnsType<ProactiveItemSummary> = [
    {
      title: tt('fields.title'),
      dataIndex: 'title',
      render: (title: string, item) => (
        <>
          <Link to={`/disclosure/proactive/${item.id}`}>{title}</Link>
          {item.documentNumber ? <div style={{ color: '#888' }}>{item.documentNumber}</div> : null}
        </>
      ),
    },
    {
      title: tt('fields.category'),
      dataIndex: 'category',
      width: 170,
      render: (c: string, item) => (
        <>
          {categoryLabel(c, locale)}
          {item.table2Kind ? (
            <Tag style={{ marginLeft: 4 }}>{table2Label(item.table2Kind, locale)}</Tag>
          ) : null}
        </>
      ),
    },
    { title: tt('fields.orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 170 },
    { title: tt('fields.formedOn'), dataIndex: 'formedOn', width: 110 },
    {
      title: tt('fields.publishedOn'),
      dataIndex: 'publishedOn',
      width: 150,
      fixed: 'right',
      render: (d: string, item) => (
        <>
          {d} <LateTag item={item} />
        </>
      ),
    },
    {
      title: tt('fields.status'),
      dataIndex: 'status',
      width: 110,
      fixed: 'right',
      render: (s: string, item) =>
        s === 'withdrawn' ? (
          <Tag>{tt('withdrawn')}</Tag>
        ) : item.isOnPortal ? (
          <Tag color="blue">{tt('portal')}</Tag>
        ) : null,
    },
  ];

  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'orgUnitId',
      label: tt('filters.unit'),
      searchable: true,
      width: 220,
      options: (units.data ?? []).map((d) => ({ value: d.id, label: d.name })),
    },
    {
      kind: 'select',
      key: 'category',
      label: tt('filters.category'),
      width: 220,
      options: categoryOptions(locale),
    },
    { kind: 'dates', from: 'from', to: 'to', label: tt('filters.from') },
    { kind: 'check', key: 'lateOnly', label: tt('filters.lateOnly') },
    { kind: 'search', key: 'q', label: tt('filters.keyword'), width: 260, button: tt('filters.search') },
  ];

  return (
    <LedgerListPage<ProactiveItemSummary>
      title={tt('title')}
      subTitle={tt('subtitle')}
      actions={
        can('disclosure.register_proactive') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {tt('new')}
          </Button>
        ) : null
      }
      ledger={{
        path: PROACTIVE_PATH,
        importPermission: 'disclosure.import_proactive',
        exportPermission: 'disclosure.export_proactive',
        labels: { import: tt('import'), template: tt('template'), export: tt('export') },
      }}
      onImported={refresh}
      moreActions={<Button onClick={() => setGuides(true)}>{tt('guides')}</Button>}
      state={state}
      filters={filters}
      resetLabel={tt('filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('disclosure.proactive.total', { total })}
    >
      <ItemForm open={creating} onClose={() => setCreating(false)} />
      <GuideDrawer open={guides} onClose={() => setGuides(false)} />
    </LedgerListPage>
  );
}
