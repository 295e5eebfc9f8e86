import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { MajorCatalogueEntryOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors } from './form-errors.js';
import { useRT } from './i18n.js';

interface EntryValues {
  orgUnitId: string;
  powerItemId?: string | null;
  description: string;
}

/** Adds a line to a body's catalogue; the power item is optional (the description may cover several). */
function EntryForm({ onClose }: { onClose: () => void }) {
  const rt = useRT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EntryValues>();
  const orgUnitId = Form.useWatch('orgUnitId', form);
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const powers = useQuery({
    queryKey: ['enforcement', 'registry', 'powers', orgUnitId, 'penalty'],
    queryFn: () => registryApi.powersOf(orgUnitId, 'penalty'),
    enabled: !!orgUnitId,
  });
  const save = useMutation({
    mutationFn: (v: EntryValues) =>
      registryApi.addCatalogueEntry({ ...v, powerItemId: v.powerItemId ?? null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'catalogue'] });
      message.success(rt('saved'));
      onClose();
    },
    onError: (error) => showFieldErrors(form, error, ['orgUnitId', 'powerItemId', 'description']),
  });
  const col = (k: string) => rt(`catalogue.columns.${k}`);
  return (
    <Modal
      open
      title={rt('catalogue.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="orgUnitId"
          label={col('orgUnitId')}
          rules={[{ required: true, message: rt('required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(bodies.data ?? [])
              .filter((b) => !b.revokedOn)
              .map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
            onChange={() => form.setFieldValue('powerItemId', null)}
          />
        </Form.Item>
        <Form.Item name="powerItemId" label={col('powerItem')} extra={rt('catalogue.powerHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={powers.isFetching}
            disabled={!orgUnitId}
            options={(powers.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={col('description')}
          rules={[{ required: true, whitespace: true, message: rt('required') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 重大执法决定法制审核目录: per body, the decisions that always need 法制审核 (处罚法 第五十八条). */
export function CatalogueTab() {
  const rt = useRT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<{ orgUnitId?: string; includeInactive?: string }>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const query = { ...filters, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'catalogue', query],
    queryFn: () => registryApi.catalogue(query),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const remove = useMutation({
    mutationFn: registryApi.removeCatalogueEntry,
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'catalogue'] }),
    onError: (e) => message.error(e.message),
  });
  const manage = can('enforcement.manage_benchmarks');
  const col = (k: string) => rt(`catalogue.columns.${k}`);
  const columns: ColumnsType<MajorCatalogueEntryOut> = [
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 200 },
    {
      title: col('powerItem'),
      dataIndex: 'powerItem',
      width: 280,
      render: (p: MajorCatalogueEntryOut['powerItem']) =>
        p ? `${p.code} ${p.name}` : rt('catalogue.anyPower'),
    },
    {
      title: col('description'),
      dataIndex: 'description',
      render: (d: string, e) => (
        <>
          {d} {e.isActive ? null : <Tag>{rt('catalogue.removed')}</Tag>}
        </>
      ),
    },
  ];
  if (manage)
    columns.push({
      title: rt('actions'),
      key: 'actions',
      width: 90,
      render: (_, e) =>
        e.isActive ? (
          <Popconfirm title={rt('catalogue.removeConfirm')} onConfirm={() => remove.mutate(e.id)}>
            <Button type="link" size="small" danger>
              {rt('catalogue.remove')}
            </Button>
          </Popconfirm>
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
          options={(bodies.data ?? []).map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
          onChange={(orgUnitId?: string) => {
            setFilters({ ...filters, orgUnitId });
            setPage({ ...page, page: 1 });
          }}
        />
        <Checkbox
          checked={filters.includeInactive === 'true'}
          onChange={(e) => setFilters({ ...filters, includeInactive: e.target.checked ? 'true' : undefined })}
        >
          {rt('catalogue.includeRemoved')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {rt('catalogue.add')}
          </Button>
        ) : null}
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<MajorCatalogueEntryOut>
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
      {adding ? <EntryForm onClose={() => setAdding(false)} /> : null}
    </>
  );
}
