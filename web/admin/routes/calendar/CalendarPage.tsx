import { Tabs } from 'antd';
import { useAuth } from '../../../common/auth.js';
import { DueCalculator, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { LoadYearForm } from './LoadYearForm.js';
import './messages.js';
import { YearsPanel } from './YearsPanel.js';

/** 工作日历: the loaded holiday years, the due-date calculator, and (for coordinators) loading a year. */
export default function CalendarPage() {
  const t = useT();
  const { can } = useAuth();
  const items = [
    { key: 'years', label: t('calendar.tabs.years'), children: <YearsPanel /> },
    { key: 'due', label: t('calendar.tabs.due'), children: <DueCalculator /> },
    ...(can('calendar.load')
      ? [{ key: 'load', label: t('calendar.tabs.load'), children: <LoadYearForm /> }]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('calendar.title')} subTitle={t('calendar.subtitle')} />
      <Tabs items={items} destroyOnHidden={false} />
    </>
  );
}
