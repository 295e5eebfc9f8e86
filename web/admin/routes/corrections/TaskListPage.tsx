import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CorrectiveTaskSummary } from '../../../../common/contracts/corrections.js';
import { useAuth } from '../../../common/auth.js';
import { useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { tasksApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import { RatesCard } from './RatesCard.js';
import './messages.js';

const FILTERS = ['state', 'source', 'overdue'] as const;

function useColumns(): ColumnsType<CorrectiveTaskSummary> {
  const t = useT();
  const c = (k: string) => t(`corrections.columns.${k}`);
  return [
    {
      title: c('number'),
      dataIndex: 'number',
      width: 130,
      render: (n: string, r) => <Link to={`/corrections/tasks/${r.id}`}>{n}</Link>,
    },
    { title: c('unit'), dataIndex: ['orgUnit', 'name'], width: 170 },
    {
      title: c('source'),
      dataIndex: ['source', 'kind'],
      width: 200,
      render: (k: string, r) => (
        <>
          <div>{t(`corrections.sources.${k}`)}</div>
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>{r.source.number}</div>
        </>
      ),
    },
    {
      title: c('outcome'),
      dataIndex: ['source', 'outcome'],
      width: 100,
      render: (o: string) => t(`corrections.outcomes.${o}`),
    },
    {
      title: c('target'),
      dataIndex: ['target', 'label'],
      ellipsis: true,
      render: (label: string, r) => (
        <>
          {label}
          {r.repeatCount > 0 ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('corrections.repeated', { count: r.repeatCount })}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: c('dueOn'),
      dataIndex: 'dueOn',
      width: 150,
      render: (d: string, r) => (
        <>
          {d}
          {r.overdue ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('corrections.overdue')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: c('state'),
      dataIndex: 'state',
      width: 160,
      render: (s: string) => <Tag color={STATE_COLOR[s]}>{t(`corrections.states.${s}`)}</Tag>,
    },
  ];
}

function useFilterSpecs(): FilterSpec[] {
  const t = useT();
  const f = (k: string) => t(`corrections.filters.${k}`);
  return [
    {
      kind: 'select',
      key: 'state',
      label: f('state'),
      width: 140,
      options: ['open', 'submitted', 'returned', 'closed'].map((s) => ({
        value: s,
        label: t(`corrections.states.${s}`),
      })),
    },
    {
      kind: 'select',
      key: 'source',
      label: f('source'),
      width: 140,
      options: ['reconsideration', 'litigation'].map((s) => ({
        value: s,
        label: t(`corrections.sources.${s}`),
      })),
    },
    { kind: 'check', key: 'overdue', label: f('onlyOverdue'), value: 'true' },
  ];
}

/**
 * 纠错整改: a department sees its own tasks (and writes its rectification on the task page); the coordinator sees
 * the district's, with the correction rate per unit or power above the list.
 */
export default function TaskListPage() {
  const t = useT();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['corrections', 'tasks'], tasksApi.list, state.query);
  const districtWide = user?.role !== 'department_officer';
  return (
    <LedgerListPage<CorrectiveTaskSummary>
      title={t('corrections.title')}
      subTitle={t('corrections.subtitle')}
      ledger={{
        path: '/corrections/tasks',
        importPermission: 'corrections.import',
        exportPermission: 'corrections.view',
        labels: {
          import: t('corrections.import'),
          template: t('corrections.template'),
          export: t('corrections.export'),
        },
      }}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['corrections'] })}
      above={districtWide ? <RatesCard year={new Date().getFullYear()} /> : null}
      state={state}
      filters={useFilterSpecs()}
      resetLabel={t('corrections.filters.reset')}
      list={list}
      columns={useColumns()}
      totalText={(total) => t('corrections.total', { total })}
      scroll={{ x: 1000 }}
    />
  );
}
