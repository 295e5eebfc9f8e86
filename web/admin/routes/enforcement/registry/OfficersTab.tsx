import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { OfficerOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { ENF, registryApi } from './api.js';
import { certificateTag, EXPIRING_WITHIN_DAYS } from './certificate.js';
import { useRT } from './i18n.js';
import { LedgerButtons } from './LedgerButtons.js';
import { OfficerForm } from './OfficerForm.js';
import { ReasonDialog } from './ReasonDialog.js';

type Filters = {
  q?: string;
  orgUnitId?: string;
  expiringWithinDays?: number;
  includeInactive?: string;
};

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

/** 执法人员: officers and their enforcement certificates (处罚法 第四十二条: only certified officers handle cases). */
export function OfficersTab() {
  const rt = useRT();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<OfficerOut | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<OfficerOut | null>(null);
  const query = { ...filters, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'officers', query],
    queryFn: () => registryApi.officers(query),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] });
  const filter = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage({ ...page, page: 1 });
  };
  const manage = can('enforcement.manage_officers');
  const col = (k: string) => rt(`officers.columns.${k}`);

  const columns: ColumnsType<OfficerOut> = [
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
  if (manage)
    columns.push({
      title: rt('actions'),
      key: 'actions',
      width: 120,
      render: (_, o) =>
        o.isActive ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(o)}>
              {rt('edit')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setDeactivating(o)}>
              {rt('officers.deactivate')}
            </Button>
          </Space>
        ) : null,
    });

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={col('orgUnitId')}
          placeholder={col('orgUnitId')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          value={filters.orgUnitId}
          options={(bodies.data ?? []).map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
          onChange={(orgUnitId?: string) => filter({ orgUnitId })}
        />
        <Input.Search
          aria-label={rt('officers.keyword')}
          placeholder={rt('officers.keyword')}
          allowClear
          style={{ width: 220 }}
          onSearch={(q) => filter({ q: q || undefined })}
        />
        <Checkbox
          checked={filters.expiringWithinDays !== undefined}
          onChange={(e) =>
            filter({ expiringWithinDays: e.target.checked ? EXPIRING_WITHIN_DAYS : undefined })
          }
        >
          {rt('officers.expiringOnly', { days: EXPIRING_WITHIN_DAYS })}
        </Checkbox>
        <Checkbox
          checked={filters.includeInactive === 'true'}
          onChange={(e) => filter({ includeInactive: e.target.checked ? 'true' : undefined })}
        >
          {rt('officers.includeInactive')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {rt('officers.new')}
          </Button>
        ) : null}
        <LedgerButtons path={`${ENF}/officers`} query={filters} onImported={refresh} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<OfficerOut>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => rt('total', { total }),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
      />
      {editing ? (
        <OfficerForm officer={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {deactivating ? (
        <ReasonDialog
          title={`${rt('officers.deactivate')}：${deactivating.name}`}
          reasonLabel={rt('officers.deactivateReason')}
          onSubmit={(body) => registryApi.deactivateOfficer(deactivating.id, { reason: body.reason ?? '' })}
          onDone={refresh}
          onClose={() => setDeactivating(null)}
        />
      ) : null}
    </>
  );
}
