import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { PowerItemAction } from '../../../../common/contracts/powers.js';
import { useT } from '../../../common/i18n.js';

interface Props {
  action: PowerItemAction | null;
  busy: boolean;
  onSubmit: (reason?: string) => void;
  onCancel: () => void;
}

/** Confirms a step of the procedure; a repeal must state its reason (取消须说明理由), a revision may. */
export function TransitionDialog({ action, busy, onSubmit, onCancel }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  const required = action?.reasonInput === 'required';
  return (
    <Modal
      open={action !== null}
      title={action ? t('powers.transition.confirm', { action: action.label }) : ''}
      okText={action?.label}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onSubmit(v.reason?.trim() || undefined))}
      destroyOnHidden
    >
      {action && action.reasonInput !== 'none' ? (
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('powers.transition.reason')}
            rules={
              required
                ? [{ required: true, whitespace: true, message: t('powers.transition.reasonRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
