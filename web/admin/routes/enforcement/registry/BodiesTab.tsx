import { useQueryClient } from '@tanstack/react-query';
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { BodyOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ReasonDialog } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import {
  actionsColumn,
  clampedCell,
  RegisterButtons,
  RegisterTable,
  useLocalFilters,
  usePagedQuery,
  useRegisterDialogs,
} from '../../../../common/list/index.js';
import { BodyForm } from './BodyForm.js';
import { registryApi } from './api.js';
import { useRT } from './i18n.js';
import { authorityLabel } from './labels.js';
import { useRegistryLedger } from './ledger.js';

const FILTERS = ['q', 'includeRevoked'] as const;

function useColumns(): ColumnsType<BodyOut> {
  const rt = useRT();
  const { locale } = useLocale();
  const col = (k: string) => rt(`bodies.columns.${k}`);
  return [
    {
      title: col('orgUnitId'),
      dataIndex: ['orgUnit', 'name'],
      width: 200,
      render: (name: string, b) => (
        <>
          {name} {b.revokedOn ? <Tag>{rt('bodies.revoked')}</Tag> : null}
        </>
      ),
    },
    {
      title: col('authorityKind'),
      dataIndex: 'authorityKind',
      width: 150,
      render: (k: string) => authorityLabel(k, locale),
    },
    { title: col('legalBasis'), dataIndex: 'legalBasis', render: clampedCell },
    { title: col('scope'), dataIndex: 'scope', render: clampedCell },
    { title: col('confirmedOn'), dataIndex: 'confirmedOn', width: 110 },
    {
      title: col('confirmationDocument'),
      dataIndex: 'confirmationDocument',
      width: 160,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: col('officerCount'),
      dataIndex: 'officerCount',
      width: 110,
      align: 'right',
      render: (n: number, b) => (
        <Tooltip title={rt('bodies.validCertificates', { count: b.validCertificateCount })}>
          {n}
          {b.validCertificateCount < n ? (
            <Typography.Text type="warning"> ({b.validCertificateCount})</Typography.Text>
          ) : null}
        </Tooltip>
      ),
    },
  ];
}

/** 执法主体: the confirmed bodies; the coordinator confirms, corrects and revokes (机构改革、职能划转). */
export function BodiesTab() {
  const rt = useRT();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const state = useLocalFilters(FILTERS);
  const list = usePagedQuery(['enforcement', 'registry', 'bodies'], registryApi.bodies, state.query);
  const dialogs = useRegisterDialogs<BodyOut>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] });
  const manage = can('enforcement.manage_bodies');
  const columns = useColumns();
  if (manage)
    columns.push(
      actionsColumn<BodyOut>({
        title: rt('actions'),
        width: 130,
        isOpen: (b) => !b.revokedOn,
        actions: [
          { label: rt('edit'), onClick: dialogs.edit },
          { label: rt('bodies.revoke'), danger: true, onClick: dialogs.end },
        ],
      }),
    );
  const ledger = useRegistryLedger('bodies');
  const { editing, ending } = dialogs;
  return (
    <>
      <RegisterTable<BodyOut>
        state={state}
        filters={[
          { kind: 'search', key: 'q', label: rt('bodies.keyword'), width: 260 },
          { kind: 'check', key: 'includeRevoked', label: rt('bodies.includeRevoked') },
        ]}
        buttons={
          <RegisterButtons
            create={manage ? { label: rt('bodies.confirm'), onClick: () => dialogs.edit('new') } : null}
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
        <BodyForm body={editing === 'new' ? undefined : editing} onClose={dialogs.closeEdit} />
      ) : null}
      {ending ? (
        <ReasonDialog
          title={`${rt('bodies.revoke')}：${ending.orgUnit.name}`}
          dateField="revokedOn"
          dateLabel={rt('bodies.revokedOn')}
          reasonLabel={rt('bodies.revokeReason')}
          onSubmit={(body) =>
            registryApi.revokeBody(ending.id, body as { revokedOn: string; reason: string })
          }
          onDone={refresh}
          onClose={dialogs.closeEnd}
        />
      ) : null}
    </>
  );
}
