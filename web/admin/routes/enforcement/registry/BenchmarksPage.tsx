import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { BenchmarkOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { PageHeader } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import {
  actionsColumn,
  clampedCell,
  RegisterButtons,
  RegisterTable,
  usePagedQuery,
  useRegisterDialogs,
  useUrlFilters,
} from '../../../../common/list/index.js';
import { BenchmarkForm } from './BenchmarkForm.js';
import { registryApi } from './api.js';
import { useRT } from './i18n.js';
import { circumstanceLabel } from './labels.js';
import { useBodyFilter, useRegistryLedger } from './ledger.js';
import { rangesSummary } from './ranges.js';

const FILTERS = ['q', 'orgUnitId', 'includeInactive'] as const;

/** 行政处罚裁量基准: per violation, the fine range of each circumstance; 决定 is checked against it. */
export default function BenchmarksPage() {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const dialogs = useRegisterDialogs<BenchmarkOut>();
  const list = usePagedQuery(['enforcement', 'registry', 'benchmarks'], registryApi.benchmarks, state.query);
  const bodyFilter = useBodyFilter();
  const ledger = useRegistryLedger('benchmarks');
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'benchmarks'] });
  const deactivate = useMutation({
    mutationFn: registryApi.deactivateBenchmark,
    onSuccess: refresh,
    onError: (e) => message.error(e.message),
  });
  const manage = can('enforcement.manage_benchmarks');
  const col = (k: string) => rt(`benchmarks.columns.${k}`);
  const columns: ColumnsType<BenchmarkOut> = [
    { title: col('code'), dataIndex: 'code', width: 150 },
    {
      title: col('violation'),
      dataIndex: 'violation',
      render: (v: string, b) => (
        <>
          {v}
          {b.isActive ? null : <Tag style={{ marginLeft: 4 }}>{rt('benchmarks.inactive')}</Tag>}
          {b.powerItem ? (
            <div style={{ color: '#888' }}>{`${b.powerItem.code} ${b.powerItem.name}`}</div>
          ) : null}
        </>
      ),
    },
    {
      title: col('orgUnitId'),
      dataIndex: 'orgUnit',
      width: 180,
      render: (u: BenchmarkOut['orgUnit']) =>
        u?.name ?? <Tag color="blue">{rt('benchmarks.districtWide')}</Tag>,
    },
    {
      title: col('penaltyBasis'),
      dataIndex: 'penaltyBasis',
      width: 260,
      render: clampedCell,
    },
    {
      title: col('ranges'),
      dataIndex: 'ranges',
      width: 300,
      render: (ranges: BenchmarkOut['ranges']) => rangesSummary(ranges, (c) => circumstanceLabel(c, locale)),
    },
  ];
  if (manage)
    columns.push(
      actionsColumn<BenchmarkOut>({
        title: rt('actions'),
        width: 120,
        isOpen: (b) => b.isActive,
        actions: [
          { label: rt('edit'), onClick: dialogs.edit },
          {
            label: rt('benchmarks.deactivate'),
            danger: true,
            confirm: rt('benchmarks.deactivateConfirm'),
            onClick: (b) => deactivate.mutate(b.id),
          },
        ],
      }),
    );
  const { editing } = dialogs;
  return (
    <>
      <PageHeader
        title={rt('benchmarks.title')}
        subTitle={rt('benchmarks.subtitle')}
        extra={
          <RegisterButtons
            create={manage ? { label: rt('benchmarks.new'), onClick: () => dialogs.edit('new') } : null}
            ledger={ledger}
            exportQuery={state.filters}
            onImported={refresh}
          />
        }
      />
      <Card size="small">
        <RegisterTable<BenchmarkOut>
          state={state}
          filters={[
            bodyFilter,
            { kind: 'search', key: 'q', label: rt('benchmarks.keyword'), width: 260 },
            { kind: 'check', key: 'includeInactive', label: rt('benchmarks.includeInactive') },
          ]}
          list={list}
          columns={columns}
          totalText={(total) => rt('total', { total })}
        />
      </Card>
      {editing ? (
        <BenchmarkForm benchmark={editing === 'new' ? undefined : editing} onClose={dialogs.closeEdit} />
      ) : null}
    </>
  );
}
