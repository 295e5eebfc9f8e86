import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { FeeOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import {
  ErrorAlert,
  PageHeader,
  ReasonDialog,
  RecordYearSelect,
  useRecordYearsQuery,
} from '../../../../common/components/index.js';
import {
  actionsColumn,
  clampedCell,
  RegisterButtons,
  RegisterTable,
  usePagedQuery,
  useRegisterDialogs,
  useUrlFilters,
} from '../../../../common/list/index.js';
import { EChart } from '../../../../common/components/EChart.js';
import { registryApi } from './api.js';
import { collectionsByBody, collectionsChartOption } from './charts.js';
import { CollectionDialog } from './CollectionDialog.js';
import { FeeForm } from './FeeForm.js';
import { useRT } from './i18n.js';
import { useRegistryLedger } from './ledger.js';
import { formatYuan } from './ranges.js';

const FILTERS = ['q', 'orgUnitId', 'includeRepealed'] as const;

/** The year's collections per body as a bar chart (the 2020 demo year by default). */
function CollectionsChart({ year }: { year: number }) {
  const rt = useRT();
  const fees = useQuery({
    queryKey: ['enforcement', 'registry', 'fees', 'all'],
    queryFn: () => registryApi.allFees({ includeRepealed: 'true' }),
  });
  const seriesName = rt('fees.amount');
  const option = useMemo(
    () => collectionsChartOption(collectionsByBody(fees.data ?? [], year), seriesName),
    [fees.data, year, seriesName],
  );
  if (fees.error) return <ErrorAlert error={fees.error} onRetry={() => void fees.refetch()} />;
  return (
    <Card
      size="small"
      title={rt('fees.chartTitle', { year })}
      style={{ marginBottom: 16 }}
      loading={fees.isLoading}
    >
      <EChart option={option} height={260} />
    </Card>
  );
}

/** 涉企行政事业性收费目录: fee items per body, their yearly collections, and a chart of one year by body. */
export default function FeesPage() {
  const rt = useRT();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const [chosenYear, setYear] = useState<number>();
  // The years with collections recorded; the chart opens on the most recent complete one.
  const recordYears = useRecordYearsQuery('/enforcement/fees/years', chosenYear);
  const year = recordYears.year ?? new Date().getFullYear();
  const dialogs = useRegisterDialogs<FeeOut>();
  const [collecting, setCollecting] = useState<FeeOut | null>(null);
  const list = usePagedQuery(['enforcement', 'registry', 'fees'], registryApi.fees, state.query);
  const units = useQuery({
    queryKey: ['enforcement', 'registry', 'fee-units'],
    queryFn: registryApi.feeUnits,
  });
  const ledger = useRegistryLedger('fees');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'fees'] });
  const manage = can('enforcement.manage_fees');
  const col = (k: string) => rt(`fees.columns.${k}`);
  const columns: ColumnsType<FeeOut> = [
    { title: col('code'), dataIndex: 'code', width: 140 },
    {
      title: col('name'),
      dataIndex: 'name',
      width: 180,
      render: (name: string, f) => (
        <>
          {name} {f.repealedOn ? <Tag>{rt('fees.repealedOn', { date: f.repealedOn })}</Tag> : null}
        </>
      ),
    },
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: col('legalBasis'),
      dataIndex: 'legalBasis',
      width: 220,
      render: clampedCell,
    },
    {
      title: col('standard'),
      dataIndex: 'standard',
      width: 200,
      render: clampedCell,
    },
    { title: col('publishedOn'), dataIndex: 'publishedOn', width: 110 },
    {
      title: rt('fees.collected', { year }),
      key: 'collected',
      width: 140,
      align: 'right',
      render: (_, f) => {
        const amount = f.collections.find((c) => c.year === year)?.amountYuan;
        const text = amount === undefined ? '—' : formatYuan(amount);
        return manage ? <Typography.Link onClick={() => setCollecting(f)}>{text}</Typography.Link> : text;
      },
    },
  ];
  if (manage)
    columns.push(
      actionsColumn<FeeOut>({
        title: rt('actions'),
        width: 120,
        isOpen: (f) => !f.repealedOn,
        actions: [
          { label: rt('edit'), onClick: dialogs.edit },
          { label: rt('fees.repeal'), danger: true, onClick: dialogs.end },
        ],
      }),
    );
  const { editing, ending } = dialogs;
  const yearPicker = (
    <RecordYearSelect
      label={rt('fees.year')}
      years={recordYears.years}
      value={recordYears.year}
      onChange={setYear}
    />
  );
  return (
    <>
      <PageHeader
        title={rt('fees.title')}
        subTitle={rt('fees.subtitle')}
        extra={
          <RegisterButtons
            create={manage ? { label: rt('fees.new'), onClick: () => dialogs.edit('new') } : null}
            ledger={ledger}
            exportQuery={state.filters}
            onImported={refresh}
          />
        }
      />
      <CollectionsChart year={year} />
      <Card size="small">
        <RegisterTable<FeeOut>
          state={state}
          lead={yearPicker}
          filters={[
            {
              kind: 'select',
              key: 'orgUnitId',
              label: col('orgUnitId'),
              searchable: true,
              width: 220,
              options: (units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
            },
            { kind: 'search', key: 'q', label: rt('fees.keyword'), width: 240 },
            { kind: 'check', key: 'includeRepealed', label: rt('fees.includeRepealed') },
          ]}
          list={list}
          columns={columns}
          totalText={(total) => rt('total', { total })}
        />
      </Card>
      {editing ? <FeeForm fee={editing === 'new' ? undefined : editing} onClose={dialogs.closeEdit} /> : null}
      {collecting ? (
        <CollectionDialog fee={collecting} year={year} onClose={() => setCollecting(null)} />
      ) : null}
      {ending ? (
        <ReasonDialog
          title={`${rt('fees.repeal')}：${ending.name}`}
          dateField="repealedOn"
          dateLabel={rt('fees.repealDate')}
          reasonLabel={rt('fees.repealReason')}
          onSubmit={(body) =>
            registryApi.repealFee(ending.id, body as { repealedOn: string; reason: string })
          }
          onDone={refresh}
          onClose={dialogs.closeEnd}
        />
      ) : null}
    </>
  );
}
