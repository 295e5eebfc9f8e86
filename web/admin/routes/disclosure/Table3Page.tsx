import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Segmented, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, PageHeader, RecordYearSelect, useRecordYear } from '../../../common/components/index.js';
import { EChart } from '../../../common/components/EChart.js';
import { defaultTable3Format } from '../../../../common/contracts/disclosure/table3.js';
import { useT } from '../../../common/i18n.js';
import { requestsApi } from './api.js';
import { type CellRef, CellDrawer } from './CellDrawer.js';
import { TABLE3_COLUMN_KEYS, type Table3Params, table3Api } from './table3-api.js';
import { layOut, totalsByGroup } from './table3-layout.js';
import { Table3Grid } from './Table3Grid.js';
import '../../../common/disclosure/messages.js';

/** The trial format (国办公开办函〔2019〕60号) is selectable only for the 2019 and 2020 reports. */
const trialAllowed = (year: number) => year >= 2019 && year <= 2020;

/** The table's parameters from the address; the year defaults to the server's most recent complete one. */
function useParamsState(year: number): [Table3Params, (next: Partial<Table3Params>) => void] {
  const [search, setSearch] = useSearchParams();
  // Without a chosen format the table opens in the format the year's report was made in (decision 0018 §4).
  const wanted = search.get('format') ?? defaultTable3Format(year);
  const params: Table3Params = {
    year,
    format: wanted === '2019' && trialAllowed(year) ? '2019' : '2021',
    unit: search.get('unit') ?? undefined,
  };
  const set = (next: Partial<Table3Params>) => {
    // A new year without a chosen format opens in that year's own format.
    const merged = {
      ...params,
      ...(next.year && !next.format ? { format: defaultTable3Format(next.year) } : {}),
      ...next,
    };
    const out = new URLSearchParams();
    out.set('year', String(merged.year));
    out.set('format', merged.format === '2019' && trialAllowed(merged.year) ? '2019' : '2021');
    if (merged.unit) out.set('unit', merged.unit);
    setSearch(out);
  };
  return [params, set];
}

function OutcomeChart({ groups }: { groups: { group: string; total: number }[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      grid: { left: 40, right: 16, top: 24, bottom: 48 },
      xAxis: {
        type: 'category',
        data: groups.map((g) => g.group.replace(/^（.）/, '')),
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barWidth: '40%',
          data: groups.map((g) => g.total),
          label: { show: true, position: 'top' },
          itemStyle: { color: '#b83227' },
        },
      ],
    }),
    [groups],
  );
  return <EChart option={option} height={240} />;
}

/** 年报表三: computed from the request records for a year and a unit, 勾稽 checked, each figure drillable. */
export default function Table3Page() {
  const t = useT();
  const { message } = App.useApp();
  const recordYears = useRecordYear('/disclosure/table3/years');
  const [params, set] = useParamsState(recordYears.year ?? 0);
  const [cell, setCell] = useState<CellRef | null>(null);
  const [exporting, setExporting] = useState(false);
  const table = useQuery({
    queryKey: ['disclosure', 'table3', params],
    queryFn: () => table3Api.get(params),
    placeholderData: keepPreviousData,
    enabled: recordYears.year !== undefined,
  });
  const departments = useQuery({ queryKey: ['disclosure', 'departments'], queryFn: requestsApi.departments });
  const rows = useMemo(() => layOut(table.data?.rows ?? []), [table.data]);
  const groups = useMemo(() => totalsByGroup(rows), [rows]);
  const checks = table.data?.checks ?? [];
  const doExport = async () => {
    setExporting(true);
    try {
      await table3Api.export(params);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <PageHeader
        title={t('disclosure.table3.title')}
        subTitle={t('disclosure.table3.subtitle')}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void doExport()}>
            {t('disclosure.table3.export')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <RecordYearSelect
            label={t('disclosure.table3.year')}
            years={recordYears.years}
            value={recordYears.year}
            onChange={(year: number) => set({ year })}
          />
          <Select
            aria-label={t('disclosure.table3.unit')}
            style={{ width: 240 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={params.unit ?? ''}
            options={[
              { value: '', label: t('disclosure.table3.wholeDistrict') },
              ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
            ]}
            onChange={(unit: string) => set({ unit: unit || undefined })}
          />
          <Segmented
            aria-label={t('disclosure.table3.format')}
            value={params.format}
            options={[
              { value: '2021', label: t('disclosure.table3.format2021') },
              {
                value: '2019',
                label: t('disclosure.table3.format2019'),
                disabled: !trialAllowed(params.year),
              },
            ]}
            onChange={(format) => set({ format: format as Table3Params['format'] })}
          />
          <Typography.Text type="secondary">{t('disclosure.table3.clickHint')}</Typography.Text>
        </Flex>
      </Card>
      {table.error ? <ErrorAlert error={table.error} onRetry={() => void table.refetch()} /> : null}
      {table.data ? (
        checks.length === 0 ? (
          <Alert
            type="success"
            showIcon
            title={t('disclosure.table3.checksPass')}
            style={{ marginBottom: 16 }}
            data-testid="table3-checks"
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="table3-checks"
            style={{ marginBottom: 16 }}
            title={t('disclosure.table3.checksFail', { count: checks.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {checks.map((c) => (
                  <li key={`${c.rule}:${c.where}`}>{c.message}</li>
                ))}
              </ul>
            }
          />
        )
      ) : null}
      <Card
        size="small"
        title={params.year ? t('disclosure.table3.tableTitle', { year: params.year }) : null}
        style={{ marginBottom: 16, overflowX: 'auto' }}
      >
        {table.isPending ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
        {table.data ? (
          <Table3Grid
            rows={rows}
            onCell={(row, column) =>
              setCell({
                row: row.index,
                rowLabel: row.label,
                column,
                value:
                  row.values[TABLE3_COLUMN_KEYS.indexOf(column as (typeof TABLE3_COLUMN_KEYS)[number])] ?? 0,
              })
            }
          />
        ) : null}
      </Card>
      <Card size="small" title={t('disclosure.table3.chartTitle')}>
        <OutcomeChart groups={groups} />
      </Card>
      <CellDrawer params={params} cell={cell} onClose={() => setCell(null)} />
    </>
  );
}
