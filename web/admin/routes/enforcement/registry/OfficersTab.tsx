import { useQueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OfficerOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ReasonDialog } from '../../../../common/components/index.js';
import {
  actionsColumn,
  type FilterSpec,
  RegisterButtons,
  RegisterTable,
  useLocalFilters,
  usePagedQuery,
  useRegisterDialogs,
} from '../../../../common/list/index.js';
import { registryApi } from './api.js';
import { certificateTag, EXPIRING_WITHIN_DAYS } from './certificate.js';
import { useRT } from './i18n.js';
import { useBodyFilter, useRegistryLedger } from './ledger.js';
import { OfficerForm } from './OfficerForm.js';

const FILTERS = ['q', 'orgUnitId', 'expiringWithinDays', 'includeInactive'] as const;

/** The valid-until date with a red (expired) or orange (expiring within 30 days) tag. */
function ValidUntil({ officer }: { officer: OfficerOut }) {
  const rt = useRT();
  const tag = certificateTag(officer.certificateState);
  return (
    <>
      {officer.certificateValidUntil}{' '}
      {tag ? <Tag color={tag.color}>{rt(`officers.certificate.${tag.key}`)}</Tag> : null}
    </>
  );
}

function useColumns(): ColumnsType<OfficerOut> {
  const rt = useRT();
  const col = (k: string) => rt(`officers.columns.${k}`);
  return [
    {
      title: col('name'),
      dataIndex: 'name',
      width: 110,
      render: (name: string, o) => (
        <>
          {name} {o.isActive ? null : <Tag>{rt('officers.inactive')}</Tag>}
        </>
      ),
    },
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 200 },
    { title: col('certificateNumber'), dataIndex: 'certificateNumber', width: 150 },
    { title: col('certificateIssuer'), dataIndex: 'certificateIssuer', width: 150 },
    {
      title: col('certificateValidUntil'),
      dataIndex: 'certificateValidUntil',
      width: 170,
      fixed: 'right',
      render: (_: string, o) => <ValidUntil officer={o} />,
    },
    {
      title: col('hasLegalQualification'),
      dataIndex: 'hasLegalQualification',
      width: 110,
      render: (v: boolean) => (v ? <Tag color="blue">{rt('yes')}</Tag> : rt('no')),
    },
    { title: col('phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
  ];
}

function useFilterSpecs(): FilterSpec[] {
  const rt = useRT();
  const bodyFilter = useBodyFilter();
  return [
    bodyFilter,
    { kind: 'search', key: 'q', label: rt('officers.keyword'), width: 220 },
    {
      kind: 'check',
      key: 'expiringWithinDays',
      value: String(EXPIRING_WITHIN_DAYS),
      label: rt('officers.expiringOnly', { days: EXPIRING_WITHIN_DAYS }),
    },
    { kind: 'check', key: 'includeInactive', label: rt('officers.includeInactive') },
  ];
}

/** 执法人员: officers and their enforcement certificates (处罚法 第四十二条: only certified officers handle cases). */
export function OfficersTab() {
  const rt = useRT();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const state = useLocalFilters(FILTERS);
  const list = usePagedQuery(['enforcement', 'registry', 'officers'], registryApi.officers, state.query);
  const dialogs = useRegisterDialogs<OfficerOut>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] });
  const manage = can('enforcement.manage_officers');
  const ledger = useRegistryLedger('officers');
  const filters = useFilterSpecs();
  const columns = useColumns();
  if (manage)
    columns.push(
      actionsColumn<OfficerOut>({
        title: rt('actions'),
        width: 120,
        isOpen: (o) => o.isActive,
        actions: [
          { label: rt('edit'), onClick: dialogs.edit },
          { label: rt('officers.deactivate'), danger: true, onClick: dialogs.end },
        ],
      }),
    );
  const { editing, ending } = dialogs;
  return (
    <>
      <RegisterTable<OfficerOut>
        state={state}
        filters={filters}
        buttons={
          <RegisterButtons
            create={manage ? { label: rt('officers.new'), onClick: () => dialogs.edit('new') } : null}
            ledger={ledger}
            exportQuery={state.filters}
            onImported={refresh}
          />
        }
        list={list}
        columns={columns}
        totalText={(total) => rt('total', { total })}
      />
      {editing ? (
        <OfficerForm officer={editing === 'new' ? undefined : editing} onClose={dialogs.closeEdit} />
      ) : null}
      {ending ? (
        <ReasonDialog
          title={`${rt('officers.deactivate')}：${ending.name}`}
          reasonLabel={rt('officers.deactivateReason')}
          onSubmit={(body) => registryApi.deactivateOfficer(ending.id, { reason: body.reason ?? '' })}
          onDone={refresh}
          onClose={dialogs.closeEnd}
        />
      ) : null}
    </>
  );
}
