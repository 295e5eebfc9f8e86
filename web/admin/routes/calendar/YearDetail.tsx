import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { type CalendarYearDetail, calendarKeys } from './api.js';
import { MonthGrid } from './MonthGrid.js';
import { type HolidayGroup, groupByHoliday, toRanges } from './year-view.js';

type View = 'holiday' | 'month';

function RangeTags({ dates, color }: { dates: string[]; color: string }) {
  return (
    <Space size={[4, 4]} wrap>
      {toRanges(dates).map(([a, b]) => (
        <Tag key={a} color={color}>
          {a === b ? a : `${a} ~ ${b}`}
        </Tag>
      ))}
    </Space>
  );
}

/** One loaded year: its days grouped by holiday, or as a month grid. */
export function YearDetail({ year }: { year: number }) {
  const t = useT();
  const [view, setView] = useState<View>('holiday');
  const detail = useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: () => api.get<CalendarYearDetail>(`/calendar/years/${year}`),
  });
  const groups = useMemo(() => groupByHoliday(detail.data?.days ?? []), [detail.data]);
  return (
    <Card
      title={t('calendar.detail.title', { year })}
      loading={detail.isPending}
      extra={
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'holiday', label: t('calendar.detail.byHoliday') },
            { value: 'month', label: t('calendar.detail.byMonth') },
          ]}
        />
      }
    >
      {detail.error ? <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data?.source ? (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }}>
          {detail.data.source}
        </Typography.Paragraph>
      ) : null}
      {view === 'month' && detail.data ? (
        <MonthGrid year={year} days={detail.data.days} />
      ) : (
        <Table<HolidayGroup>
          size="small"
          rowKey={(g) => `${g.holiday}:${g.off[0] ?? g.work[0]}`}
          dataSource={groups}
          pagination={false}
          columns={[
            {
              title: t('calendar.detail.holiday'),
              dataIndex: 'holiday',
              width: 160,
              render: (h: string | null) => h ?? t('calendar.detail.unnamed'),
            },
            {
              title: t('calendar.detail.off'),
              key: 'off',
              render: (_, g) => (
                <Space size={8}>
                  <RangeTags dates={g.off} color="red" />
                  <Typography.Text type="secondary">
                    {t('calendar.detail.offCount', { count: g.off.length })}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('calendar.detail.work'),
              key: 'work',
              render: (_, g) => <RangeTags dates={g.work} color="orange" />,
            },
          ]}
        />
      )}
    </Card>
  );
}
