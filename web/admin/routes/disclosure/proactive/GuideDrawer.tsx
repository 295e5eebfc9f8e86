import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PutDisclosureGuideBody } from '../../../../../common/contracts/disclosure/proactive.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import { proactiveApi } from './api.js';
import './messages.js';
import { useSaveErrorHandler } from '../../../../common/version-conflict.js';

/** The 政府信息公开指南 editor: the coordinator picks any unit, an officer edits their own (条例 第二十二条). */
export function GuideDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [unitId, setUnitId] = useState<string | undefined>(user?.orgUnit?.id);
  const [form] = Form.useForm<PutDisclosureGuideBody>();
  const units = useQuery({
    queryKey: ['disclosure', 'proactive', 'units'],
    queryFn: proactiveApi.units,
    enabled: open,
  });
  const guide = useQuery({
    queryKey: ['disclosure', 'proactive', 'guide', unitId],
    queryFn: () => proactiveApi.guide(unitId!),
    enabled: open && !!unitId,
  });
  useEffect(() => {
    if (guide.data)
      form.setFieldsValue({
        text: guide.data.text ?? '',
        contact: guide.data.contact,
        address: guide.data.address,
        officeHours: guide.data.officeHours,
      });
  }, [guide.data, form]);
  const save = useMutation({
    mutationFn: (body: PutDisclosureGuideBody) => proactiveApi.putGuide(unitId!, body, guide.data?.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['disclosure', 'proactive', 'guide'] });
      message.success(t('disclosure.proactive.saved'));
    },
    onError: (e) => saveFailed(e, () => guide.refetch()),
  });
  const label = (k: string) => t(`disclosure.proactive.guide.${k}`);
  return (
    <Drawer open={open} onClose={onClose} width={640} title={label('title')}>
      <Select
        aria-label={label('unit')}
        style={{ width: '100%', marginBottom: 12 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={unitId}
        options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        onChange={setUnitId}
      />
      {guide.error ? <ErrorAlert error={guide.error} /> : null}
      <Typography.Paragraph type="secondary">
        {guide.data?.updatedOn
          ? t('disclosure.proactive.guide.updatedOn', { date: guide.data.updatedOn })
          : label('empty')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        disabled={!can('disclosure.edit_guide')}
      >
        <Form.Item
          name="text"
          label={label('text')}
          rules={[{ required: true, message: t('disclosure.proactive.required') }]}
        >
          <Input.TextArea rows={12} />
        </Form.Item>
        <Form.Item name="contact" label={label('contact')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={label('address')}>
          <Input />
        </Form.Item>
        <Form.Item name="officeHours" label={label('officeHours')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!unitId}>
          {label('save')}
        </Button>
      </Form>
    </Drawer>
  );
}
