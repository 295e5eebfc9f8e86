import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { ProactiveItemDetail } from '../../../../../common/contracts/disclosure/proactive.js';
import { ApiError } from '../../../../common/api.js';
import { useAuth } from '../../../../common/auth.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { proactiveApi } from './api.js';
import { categoryOptions, channelOptions, table2Options } from './labels.js';
import './messages.js';

interface Values {
  orgUnitId: string;
  category: string;
  table2Kind?: string | null;
  title: string;
  documentNumber?: string;
  formedOn: Dayjs;
  publishedOn: Dayjs;
  channels: string[];
  url?: string;
  summary?: string;
}

const NAMES: string[] = [
  'orgUnitId',
  'category',
  'table2Kind',
  'title',
  'documentNumber',
  'formedOn',
  'publishedOn',
  'channels',
  'url',
  'summary',
];

function initial(item: ProactiveItemDetail | undefined, ownUnit: string | undefined): Partial<Values> {
  if (!item) return { orgUnitId: ownUnit, channels: ['portal'], table2Kind: null };
  return {
    orgUnitId: item.orgUnit.id,
    category: item.category,
    table2Kind: item.table2Kind,
    title: item.title,
    documentNumber: item.documentNumber ?? '',
    formedOn: dayjs(item.formedOn),
    publishedOn: dayjs(item.publishedOn),
    channels: item.channels,
    url: item.url ?? '',
    summary: item.summary ?? '',
  };
}

/** Registers a new item, or corrects one (`item` given); the server's field errors land on the fields. */
export function ItemForm({
  open,
  item,
  onClose,
}: {
  open: boolean;
  item?: ProactiveItemDetail;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);
  const units = useQuery({
    queryKey: ['disclosure', 'proactive', 'units'],
    queryFn: proactiveApi.units,
    enabled: open,
  });
  useEffect(() => {
    if (open) form.setFieldsValue(initial(item, user?.orgUnit?.id));
  }, [open, item, user, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        ...v,
        table2Kind: v.table2Kind ?? null,
        formedOn: v.formedOn.format('YYYY-MM-DD'),
        publishedOn: v.publishedOn.format('YYYY-MM-DD'),
        documentNumber: v.documentNumber || null,
        url: v.url || null,
        summary: v.summary || null,
      } as Parameters<typeof proactiveApi.create>[0];
      return item ? proactiveApi.update(item.id, body, item.version) : proactiveApi.create(body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['disclosure', 'proactive'] });
      message.success(t('disclosure.proactive.saved'));
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0) {
        form.setFields(
          error.fields
            .map((f) => ({
              name: f.path.replace(/^body\./, '').split('.')[0]! as keyof Values,
              errors: [f.message],
            }))
            .filter((f) => NAMES.includes(f.name)),
        );
      }
      message.error(error instanceof Error ? error.message : String(error));
    },
  });

  const field = (name: string) => ({ name, label: t(`disclosure.proactive.fields.${name}`) });
  const required = { required: true, message: t('disclosure.proactive.required') };
  return (
    <Modal
      open={open}
      width={720}
      title={item ? t('disclosure.proactive.edit') : t('disclosure.proactive.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item {...field('orgUnitId')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item {...field('category')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={categoryOptions(locale)}
            onChange={() => form.setFieldValue('table2Kind', null)}
          />
        </Form.Item>
        <Form.Item {...field('table2Kind')}>
          <Select
            allowClear
            options={table2Options(locale, category)}
            disabled={table2Options(locale, category).length === 0}
          />
        </Form.Item>
        <Form.Item {...field('title')} rules={[required, { max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('documentNumber')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('formedOn')} rules={[required]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item {...field('publishedOn')} rules={[required]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item {...field('channels')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select mode="multiple" options={channelOptions(locale)} />
        </Form.Item>
        <Form.Item {...field('url')} rules={[{ type: 'url' }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('summary')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
