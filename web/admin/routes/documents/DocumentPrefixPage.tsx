import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import './messages.js';

interface PrefixRow {
  id: string;
  /** The unit's row version, sent back with the change (decision 0022). */
  version: number;
  code: string;
  name: string;
  type: string;
  documentPrefix: string | null;
  inForce: string;
}

const KEY = ['org', 'document-prefixes'];

/** 发文机关代字 of the district's organs; the coordinator (org.manage) sets or clears each one. */
export default function DocumentPrefixPage() {
  const t = useT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<PrefixRow | null>(null);
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<{ units: PrefixRow[] }>('/org/document-prefixes'),
  });
  const save = useMutation({
    mutationFn: (v: { id: string; documentPrefix: string | null; version: number }) =>
      api.put<{ documentPrefix: string }>(
        `/org/units/${v.id}/document-prefix`,
        { documentPrefix: v.documentPrefix },
        { version: v.version },
      ),
    onSuccess: (r) => {
      message.success(t('documents.saved', { prefix: r.documentPrefix }));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const columns = [
    { title: t('documents.unit'), dataIndex: 'name', key: 'name' },
    { title: t('documents.code'), dataIndex: 'code', key: 'code', width: 140 },
    {
      title: t('documents.prefix'),
      key: 'prefix',
      render: (_: unknown, r: PrefixRow) => (
        <Space>
          <span>{r.inForce}</span>
          {r.documentPrefix ? null : <Tag>{t('documents.derived')}</Tag>}
        </Space>
      ),
    },
    ...(can('org.manage')
      ? [
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_: unknown, r: PrefixRow) => (
              <Space>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('documents.edit')}
                </Button>
                {r.documentPrefix ? (
                  <Button
                    size="small"
                    onClick={() => save.mutate({ id: r.id, documentPrefix: null, version: r.version })}
                  >
                    {t('documents.clear')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('documents.title')} subTitle={t('documents.subtitle')} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.units}
      />
      {editing ? (
        <PrefixDialog
          row={editing}
          saving={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={(documentPrefix) =>
            save.mutate({ id: editing.id, documentPrefix, version: editing.version })
          }
        />
      ) : null}
    </>
  );
}

function PrefixDialog(props: {
  row: PrefixRow;
  saving: boolean;
  onCancel: () => void;
  onSave: (prefix: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ documentPrefix: string }>();
  return (
    <Modal
      open
      title={t('documents.dialogTitle', { unit: props.row.name })}
      okText={t('documents.save')}
      cancelText={t('documents.cancel')}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={() => void form.validateFields().then((v) => props.onSave(v.documentPrefix.trim()))}
    >
      <Form form={form} layout="vertical" initialValues={{ documentPrefix: props.row.inForce }}>
        <Form.Item
          name="documentPrefix"
          label={t('documents.field')}
          extra={t('documents.fieldHint')}
          rules={[{ required: true, whitespace: true, message: t('documents.required') }]}
        >
          <Input maxLength={10} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
