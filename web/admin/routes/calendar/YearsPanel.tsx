import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { type CalendarYearSummary, calendarKeys } from './api.js';
import { YearDetail } from './YearDetail.js';

/** The loaded years (the current one opened by default) and the chosen year's days. */
export function YearsPanel() {
  const t = useT();
  const years = useQuery({
    queryKey: calendarKeys.years,
    queryFn: () => api.get<{ years: CalendarYearSummary[] }>('/calendar/years'),
  });
  const rows = useMemo(() => [...(years.data?.years ?? [])].sort((a, b) => b.year - a.year), [years.data]);
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    if (selected !== null || rows.length === 0) return;
    const thisYear = dayjs().year();
    setSelected(rows.find((r) => r.year === thisYear)?.year ?? rows[0]!.year);
  }, [rows, selected]);
  return (
    <>
      {years.error ? <ErrorAlert error={years.error} onRetry={() => void years.refetch()} /> : null}
      <Alert type="info" showIcon title={t('calendar.years.missingHint')} style={{ marginBottom: 16 }} />
      <Table<CalendarYearSummary>
        rowKey="year"
        size="small"
        loading={years.isPending}
        dataSource={rows}
        pagination={false}
        style={{ marginBottom: 16 }}
        locale={{ emptyText: t('calendar.years.empty') }}
        rowClassName={(r) => (r.year === selected ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => setSelected(r.year), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('calendar.years.year'), dataIndex: 'year', width: 90 },
          { title: t('calendar.years.source'), dataIndex: 'source', ellipsis: true },
          {
            title: t('calendar.years.loadedAt'),
            dataIndex: 'loadedAt',
            width: 170,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('calendar.years.offDays'), dataIndex: 'offDays', width: 100, align: 'right' },
          { title: t('calendar.years.workDays'), dataIndex: 'workDays', width: 120, align: 'right' },
          {
            key: 'view',
            width: 80,
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => setSelected(r.year)}>
                {t('calendar.years.view')}
              </Button>
            ),
          },
        ]}
      />
      {selected !== null ? <YearDetail year={selected} /> : null}
    </>
  );
}
