import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { formatChinaTime } from '../../../common/format.js';
import { useT } from '../../../common/i18n.js';
import { actionsColumn } from '../../../common/list/index.js';
import './messages.js';
import { OrgImportButtons } from './OrgImport.js';

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  orgUnitName: string;
  isActive: boolean;
  isDemoPassword: boolean;
  throttledUntil: string | null;
  lastLoginAt: string | null;
}

const KEY = ['users'];

/** The district's accounts (users.manage): who is blocked from logging in until when; unlock, enable, disable. */
export default function UsersPage() {
  const t = useT();
  const { user: me } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: KEY, queryFn: () => api.get<{ users: UserRow[] }>('/users') });
  const act = useMutation({
    mutationFn: (v: { row: UserRow; action: 'unlock' | 'enable' | 'disable' }) =>
      v.action === 'unlock'
        ? api.post<UserRow>(`/users/${v.row.id}/unlock`)
        : api.post<UserRow>(`/users/${v.row.id}/activation`, { isActive: v.action === 'enable' }),
    onSuccess: (_, v) => {
      const done = { unlock: 'unlocked', enable: 'enabled', disable: 'disabled' }[v.action];
      message.success(t(`users.${done}`, { user: v.row.username }));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const columns: ColumnsType<UserRow> = [
    {
      title: t('users.displayName'),
      key: 'user',
      width: 130,
      render: (_, r) => (
        <>
          <div>{r.displayName}</div>
          <Typography.Text type="secondary">{r.username}</Typography.Text>
        </>
      ),
    },
    { title: t('users.role'), key: 'role', width: 140, render: (_, r) => t(`common.role.${r.role}`) },
    { title: t('users.unit'), dataIndex: 'orgUnitName', key: 'unit' },
    {
      title: t('users.status'),
      key: 'status',
      width: 110,
      render: (_, r) => (
        <Space size={4} wrap>
          {r.isActive ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
          {r.isDemoPassword ? <Tag color="orange">{t('users.demoPassword')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('users.throttledUntil'),
      key: 'throttledUntil',
      width: 140,
      render: (_, r) =>
        r.throttledUntil ? (
          <Tag color="red">{formatChinaTime(r.throttledUntil)}</Tag>
        ) : (
          t('users.notThrottled')
        ),
    },
    {
      title: t('users.lastLogin'),
      key: 'lastLogin',
      width: 130,
      render: (_, r) => (r.lastLoginAt ? formatChinaTime(r.lastLoginAt) : t('users.never')),
    },
    actionsColumn<UserRow>({
      title: t('users.actions'),
      width: 180,
      isOpen: () => true,
      actions: [
        {
          label: t('users.unlock'),
          confirm: t('users.unlockConfirm'),
          shown: (r) => r.throttledUntil !== null,
          onClick: (row) => act.mutate({ row, action: 'unlock' }),
        },
        {
          label: t('users.disable'),
          confirm: t('users.disableConfirm'),
          danger: true,
          shown: (r) => r.isActive && r.id !== me?.id,
          onClick: (row) => act.mutate({ row, action: 'disable' }),
        },
        {
          label: t('users.enable'),
          confirm: t('users.enableConfirm'),
          shown: (r) => !r.isActive,
          onClick: (row) => act.mutate({ row, action: 'enable' }),
        },
      ],
    }),
  ];
  return (
    <>
      <PageHeader
        title={t('users.title')}
        subTitle={t('users.subtitle')}
        extra={<OrgImportButtons onImported={() => void queryClient.invalidateQueries({ queryKey: KEY })} />}
      />
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.users}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (total) => t('users.total', { total }),
        }}
      />
    </>
  );
}
