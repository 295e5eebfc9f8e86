import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal } from 'antd';
import type { FeeOut } from '../../../../../common/contracts/enforcement/registry.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors } from '../../../../common/forms.js';
import { useRT } from './i18n.js';

/** The amount collected under one fee item in one year (feeds 年度报告 表二). */
export function CollectionDialog({ fee, year, onClose }: { fee: FeeOut; year: number; onClose: () => void }) {
  const rt = useRT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ amountYuan: number }>();
  const current = fee.collections.find((c) => c.year === year)?.amountYuan;
  const save = useMutation({
    mutationFn: (v: { amountYuan: number }) =>
      registryApi.putCollection(fee.id, year, v.amountYuan, fee.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'fees'] });
      message.success(rt('saved'));
      onClose();
    },
    onError: (error) => showFieldErrors(form, error, ['amountYuan']),
  });
  return (
    <Modal
      open
      title={rt('fees.collectionTitle', { name: fee.name, year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amountYuan: current }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="amountYuan"
          label={rt('fees.amount')}
          rules={[{ required: true, message: rt('required') }]}
        >
          <InputNumber min={0} precision={2} style={{ width: 240 }} suffix={rt('settings.yuan')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
