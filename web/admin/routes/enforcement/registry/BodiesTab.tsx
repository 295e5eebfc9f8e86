import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { BodyOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { BodyForm } from './BodyForm.js';
import { ENF, registryApi } from './api.js';
import { useRT } from './i18n.js';
import { authorityLabel } from './labels.js';
import { LedgerButtons } from './LedgerButtons.js';
import { ReasonDialog } from './ReasonDialog.js';

const clamp = { ellipsis: { rows: 2, tooltip: true } } as const;

/** 执法主体: the confirmed bodies; the coordinator confirms, corrects and revokes (机构改革、职能划转). */
export function BodiesTab() {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<{ q?: string; includeRevoked?: string }>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<BodyOut | 'new' | null>(null);
  const [revoking, setRevoking] = useState<BodyOut | null>(null);
  const query = { ...filters, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'bodies', query],
    queryFn: () => registryApi.bodies(query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] });
  const manage = can('enforcement.manage_bodies');
  const col = (k: string) => rt(`bodies.columns.${k}`);

  const columns: ColumnsType<BodyOut> = [
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
    {
      title: col('legalBasis'),
      dataIndex: 'legalBasis',
      render: (v: string) => (
        <Typography.Paragraph {...clamp} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    {
      title: col('scope'),
      dataIndex: 'scope',
      render: (v: string) => (
        <Typography.Paragraph {...clamp} style={{ margin: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
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
  if (manage)
    columns.push({
      title: rt('actions'),
      key: 'actions',
      width: 130,
      render: (_, b) =>
        b.revokedOn ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(b)}>
              {rt('edit')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setRevoking(b)}>
              {rt('bodies.revoke')}
            </Button>
          </Space>
        ),
    });

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={rt('bodies.keyword')}
          placeholder={rt('bodies.keyword')}
          allowClear
          style={{ width: 260 }}
          onSearch={(q) => {
            setFilters({ ...filters, q: q || undefined });
            setPage({ ...page, page: 1 });
          }}
        />
        <Checkbox
          checked={filters.includeRevoked === 'true'}
          onChange={(e) => setFilters({ ...filters, includeRevoked: e.target.checked ? 'true' : undefined })}
        >
          {rt('bodies.includeRevoked')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {rt('bodies.confirm')}
          </Button>
        ) : null}
        <LedgerButtons path={`${ENF}/bodies`} query={filters} onImported={refresh} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<BodyOut>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => rt('total', { total }),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
      />
      {editing ? (
        <BodyForm body={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {revoking ? (
        <ReasonDialog
          title={`${rt('bodies.revoke')}：${revoking.orgUnit.name}`}
          dateField="revokedOn"
          dateLabel={rt('bodies.revokedOn')}
          reasonLabel={rt('bodies.revokeReason')}
          onSubmit={(body) =>
            registryApi.revokeBody(revoking.id, body as { revokedOn: string; reason: string })
          }
          onDone={refresh}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </>
  );
}
