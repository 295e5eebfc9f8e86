import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../../common/auth.js';
import { PageHeader } from '../../../../common/components/index.js';
import { useRT } from './i18n.js';
import { InspectionsList } from './InspectionsList.js';
import { NewPlanDialog } from './NewPlanDialog.js';
import { selectableYears } from './plan-items.js';
import { ProgressCard } from './ProgressCard.js';

/** 行政检查计划: the year's plan-versus-done per body (chart and table) and the inspections recorded. */
export default function InspectionsPage() {
  const rt = useRT();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year') ?? thisYear) || thisYear;
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={rt('inspections.pageTitle')}
        subTitle={rt('inspections.subtitle')}
        extra={
          <>
            <Select
              aria-label={rt('plan.year')}
              style={{ width: 120 }}
              value={year}
              options={selectableYears(thisYear).map((y) => ({ value: y, label: rt('year', { year: y }) }))}
              onChange={(y: number) => setParams({ year: String(y) })}
            />
            {can('enforcement.manage_inspections') ? (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {rt('plan.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <ProgressCard year={year} />
      <InspectionsList key={year} year={year} />
      {creating ? <NewPlanDialog year={year} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
