import { useQueryClient } from '@tanstack/react-query';
import type { TaskSummary } from '../../../../common/contracts/coordination.js';
import { useAuth } from '../../../common/auth.js';
import { ImportButton } from '../../../common/components/ImportButton.js';
import { useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { coordinationApi } from './api.js';
import { LeagueCard } from './LeagueCard.js';
import { useTaskColumns } from './TaskCells.js';
import './messages.js';

const FILTERS = ['state', 'year', 'escalation', 'attention'] as const;

function useFilterSpecs(): FilterSpec[] {
  const t = useT();
  const f = (k: string) => t(`coordination.filters.${k}`);
  const year = new Date().getFullYear();
  return [
    {
      kind: 'select',
      key: 'year',
      label: f('year'),
      width: 110,
      options: Array.from({ length: year - 2019 }, (_, i) => String(year - i)).map((y) => ({
        value: y,
        label: y,
      })),
    },
    {
      kind: 'select',
      key: 'state',
      label: f('state'),
      width: 130,
      options: ['open', 'reported', 'done'].map((s) => ({ value: s, label: t(`coordination.states.${s}`) })),
    },
    {
      kind: 'select',
      key: 'escalation',
      label: f('escalation'),
      width: 150,
      options: ['none', 'reminded', 'noticed', 'interviewed', 'referred'].map((s) => ({
        value: s,
        label: t(`coordination.escalations.${s}`),
      })),
    },
    { kind: 'check', key: 'attention', label: f('onlyAttention'), value: 'true' },
  ];
}

/**
 * 督办看板: the coordinator's board of the district's tasks, overdue and stalled first, with the units' league
 * table above; a unit sees the tasks it leads or supports (its page of its tasks).
 */
export default function BoardPage() {
  const t = useT();
  const { user, can } = useAuth();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['coordination', 'tasks'], coordinationApi.tasks, state.query);
  const unitOnly = user?.role === 'department_officer';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['coordination'] });
  return (
    <LedgerListPage<TaskSummary>
      title={t(unitOnly ? 'coordination.unitTitle' : 'coordination.title')}
      subTitle={t(unitOnly ? 'coordination.unitSubtitle' : 'coordination.subtitle')}
      actions={
        can('coordination.manage') ? (
          <ImportButton
            path="/coordination/plans/import-docx"
            accept=".docx"
            label={t('coordination.importDocx')}
            onImported={refresh}
          />
        ) : null
      }
      ledger={{
        path: '/coordination/tasks',
        importPermission: 'coordination.manage',
        exportPermission: 'coordination.view',
        labels: {
          import: t('coordination.importXlsx'),
          template: t('coordination.template'),
          export: t('coordination.export'),
        },
      }}
      onImported={refresh}
      above={unitOnly ? null : <LeagueCard year={Number(state.query.year ?? new Date().getFullYear())} />}
      state={state}
      filters={useFilterSpecs()}
      resetLabel={t('coordination.filters.reset')}
      list={list}
      columns={useTaskColumns()}
      totalText={(total) => t('coordination.total', { total })}
      scroll={{ x: 1260 }}
    />
  );
}
