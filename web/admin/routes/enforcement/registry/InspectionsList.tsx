import { useQueryClient } from '@tanstack/react-query';
import { Card, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { InspectionOut } from '../../../../../common/contracts/enforcement/inspections.js';
import { useAuth } from '../../../../common/auth.js';
import {
  RegisterButtons,
  RegisterTable,
  useLocalFilters,
  usePagedQuery,
} from '../../../../common/list/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { registryApi } from './api.js';
import { useRT } from './i18n.js';
import { InspectionForm } from './InspectionForm.js';
import { RESULT_COLOR, resultLabel } from './labels.js';
import { useBodyFilter, useRegistryLedger } from './ledger.js';

const FILTERS = ['orgUnitId', 'unplanned'] as const;

/** The year's inspections, 计划外 ones tagged, with 登记检查 and import/export. */
export function InspectionsList({ year }: { year: number }) {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const state = useLocalFilters(FILTERS);
  const [registering, setRegistering] = useState(false);
  const list = usePagedQuery(['enforcement', 'registry', 'inspections', 'list'], registryApi.inspections, {
    ...state.query,
    year,
  });
  const bodyFilter = useBodyFilter();
  const ledger = useRegistryLedger('inspections');
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
  const col = (k: string) => rt(`inspections.columns.${k}`);
  const columns: ColumnsType<InspectionOut> = [
    { title: col('inspectedOn'), dataIndex: 'inspectedOn', width: 110 },
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: col('powerItemId'),
      dataIndex: 'powerItem',
      render: (p: InspectionOut['powerItem'], i) => (
        <>
          {p.name}
          {i.isUnplanned ? (
            <Tag color="orange" style={{ marginLeft: 4 }}>
              {rt('inspections.unplanned')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: col('targetName'), dataIndex: 'targetName', width: 220 },
    {
      title: col('officerIds'),
      dataIndex: 'officers',
      width: 160,
      render: (officers: InspectionOut['officers']) => (
        <Tooltip title={officers.map((o) => `${o.name}（${o.certificateNumber}）`).join('、')}>
          {officers.map((o) => o.name).join('、')}
        </Tooltip>
      ),
    },
    {
      title: col('result'),
      dataIndex: 'result',
      fixed: 'right',
      width: 110,
      render: (r: string) => <Tag color={RESULT_COLOR[r]}>{resultLabel(r, locale)}</Tag>,
    },
  ];
  const create = can('enforcement.manage_inspections')
    ? { label: rt('inspections.register'), onClick: () => setRegistering(true) }
    : null;
  return (
    <Card size="small" title={rt('inspections.title', { year })}>
      <RegisterTable<InspectionOut>
        state={state}
        filters={[bodyFilter, { kind: 'check', key: 'unplanned', label: rt('inspections.unplannedOnly') }]}
        buttons={
          <RegisterButtons
            create={create}
            ledger={ledger}
            exportQuery={{ ...state.filters, year }}
            onImported={refresh}
          />
        }
        list={list}
        columns={columns}
        totalText={(total) => rt('total', { total })}
      />
      {registering ? <InspectionForm onClose={() => setRegistering(false)} /> : null}
    </Card>
  );
}
