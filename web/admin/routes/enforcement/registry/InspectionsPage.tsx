import { PlusOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../../common/auth.js';
import { PageHeader, RecordYearSelect, useRecordYear } from '../../../../common/components/index.js';
import { useRT } from './i18n.js';
import { InspectionsList } from './InspectionsList.js';
import { NewPlanDialog } from './NewPlanDialog.js';
import { ProgressCard } from './ProgressCard.js';

/** 行政检查计划: the year's plan-versus-done per body (chart and table) and the inspections recorded. */
export default function InspectionsPage() {
  const rt = useRT();
  const { can } = useAuth();
  // The years with plans or inspections; opens on the most recent complete one.
  const { year, years, setYear } = useRecordYear('/enforcement/inspection-plans/years');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={rt('inspections.pageTitle')}
        subTitle={rt('inspections.subtitle')}
        extra={
          <>
            <RecordYearSelect label={rt('plan.year')} years={years} value={year} onChange={setYear} />
            {can('enforcement.manage_inspections') ? (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {rt('plan.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {year === undefined ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          <ProgressCard year={year} />
          <InspectionsList key={year} year={year} />
        </>
      )}
      {creating ? (
        <NewPlanDialog year={year ?? new Date().getFullYear()} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}
