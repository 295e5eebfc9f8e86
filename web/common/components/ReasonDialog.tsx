import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fieldErrorsFor, showFieldErrors } from '../forms.js';
import { useT } from '../i18n.js';
import { ErrorAlert } from './ErrorAlert.js';

interface ReasonDialogProps {
  title: string;
  /** The date field's name in the body (revokedOn, repealedOn); none for a reason only. */
  dateField?: string;
  dateLabel?: string;
  reasonLabel: string;
  onSubmit: (body: Record<string, string>) => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}

/** A dated, reasoned step that ends a record's validity (撤销确认, 停用, 取消收费): the reason goes on record. */
export function ReasonDialog({
  title,
  dateField,
  dateLabel,
  reasonLabel,
  onSubmit,
  onDone,
  onClose,
}: ReasonDialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ date?: Dayjs; reason: string }>();
  const save = useMutation({
    mutationFn: (v: { date?: Dayjs; reason: string }) =>
      onSubmit({
        reason: v.reason,
        ...(dateField && v.date ? { [dateField]: v.date.format('YYYY-MM-DD') } : {}),
      }),
    onSuccess: () => {
      message.success(t('common.form.saved'));
      onDone();
      onClose();
    },
    onError: (error) => {
      showFieldErrors(form, error, ['reason']);
      // The body names the date after the record (revokedOn); the form calls it `date`.
      if (dateField)
        form.setFields(fieldErrorsFor(error, [dateField]).map((f) => ({ ...f, name: ['date'] })));
    },
  });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={(v) => save.mutate(v)}>
        {dateField ? (
          <Form.Item
            name="date"
            label={dateLabel}
            rules={[{ required: true, message: t('common.form.required') }]}
          >
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[{ required: true, whitespace: true, message: t('common.form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
