import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { useT } from '../../../common/i18n.js';
import type { CalendarYearSummary } from '../calendar/api.js';
import { calendarKeys } from '../calendar/api.js';
import './messages.js';

/** The State Council usually publishes next year's notice in Oct–Dec; from October on, a missing year is flagged. */
export function missingCalendarYear(loaded: readonly number[], today: Date): number | null {
  const year = today.getFullYear();
  if (!loaded.includes(year)) return year;
  if (today.getMonth() >= 9 && !loaded.includes(year + 1)) return year + 1;
  return null;
}

/** Warns everyone whose deadlines may be provisional; the coordinator gets the way to fix it. */
export function CalendarNotice() {
  const t = useT();
  const { can } = useAuth();
  const years = useQuery({
    queryKey: calendarKeys.years,
    queryFn: () => api.get<{ years: CalendarYearSummary[] }>('/calendar/years'),
  });
  if (!years.data) return null;
  const missing = missingCalendarYear(
    years.data.years.map((y) => y.year),
    new Date(),
  );
  if (missing === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 16 }}
      message={t('admin.calendarNotice.missing', { year: missing })}
      action={can('calendar.load') ? <Link to="/calendar">{t('admin.calendarNotice.load')}</Link> : undefined}
    />
  );
}
