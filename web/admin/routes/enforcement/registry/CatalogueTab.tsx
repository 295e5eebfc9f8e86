import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { MajorCatalogueEntryOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import {
  actionsColumn,
  RegisterButtons,
  RegisterTable,
  useLocalFilters,
  usePagedQuery,
} from '../../../../common/list/index.js';
import { registryApi } from './api.js';
import { showFieldErrors } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { useBodyFilter } from './ledger.js';

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

const FILTERS = ['orgUnitId', 'includeInactive'] as const;

/** 重大执法决定法制审核目录: per body, the decisions that always need 法制审核 (处罚法 第五十八条). */
export function CatalogueTab() {
  const rt = useRT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const state = useLocalFilters(FILTERS);
  const [adding, setAdding] = useState(false);
  const list = usePagedQuery(['enforcement', 'registry', 'catalogue'], registryApi.catalogue, state.query);
  const bodyFilter = useBodyFilter();
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
    columns.push(
      actionsColumn<MajorCatalogueEntryOut>({
        title: rt('actions'),
        width: 90,
        isOpen: (e) => e.isActive,
        actions: [
          {
            label: rt('catalogue.remove'),
            danger: true,
            confirm: rt('catalogue.removeConfirm'),
            onClick: (e) => remove.mutate(e.id),
          },
        ],
      }),
    );
  return (
    <>
      <RegisterTable<MajorCatalogueEntryOut>
        state={state}
        filters={[
          bodyFilter,
          { kind: 'check', key: 'includeInactive', label: rt('catalogue.includeRemoved') },
        ]}
        buttons={
          <RegisterButtons
            create={manage ? { label: rt('catalogue.add'), onClick: () => setAdding(true) } : null}
            onImported={() => undefined}
          />
        }
        list={list}
        columns={columns}
        totalText={(total) => rt('total', { total })}
      />
      {adding ? <EntryForm onClose={() => setAdding(false)} /> : null}
    </>
  );
}
