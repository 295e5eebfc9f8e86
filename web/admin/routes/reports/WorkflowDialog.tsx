import { Button, Checkbox, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { ReportCheck } from '../../../../common/contracts/reports/annual.js';
import type { ReportTransition } from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { fieldErrorsFor, toBody } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';

/** One workflow step's form: 常务会议 (meeting, date, minutes), signers, the publication day, a reason. */
export function WorkflowDialog({
  action,
  label,
  warnings,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  action: ReportTransition | null;
  label: string;
  warnings: ReportCheck[];
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const required = [{ required: true, message: t('reports.form.required') }];
  useEffect(() => {
    const fields = fieldErrorsFor(error, [
      'meeting',
      'meetingOn',
      'minutesRef',
      'signers',
      'on',
      'reason',
      'acknowledgeWarnings',
    ]);
    if (fields.length) form.setFields(fields);
  }, [error, form]);
  return (
    <Modal
      open={action !== null}
      title={label}
      okText={label}
      confirmLoading={busy}
      onCancel={onCancel}
      // A refused validation is shown on its fields; the rejection is not an error of the page.
      onOk={() => form.validateFields().then((v) => onSubmit(toBody(v)), noop)}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ on: dayjs(), meetingOn: dayjs(), signers: [{}] }}
      >
        {action === 'submit_for_review' || action === 'archive' ? (
          <Form.Item name="note" label={t('reports.form.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : null}
        {action === 'return_to_draft' ? (
          <Form.Item name="reason" label={t('reports.form.reason')} rules={required}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : null}
        {action === 'approve' ? (
          <>
            <Form.Item name="meeting" label={t('reports.form.meeting')} rules={required}>
              <Input maxLength={100} placeholder="区政府第12次常务会议" />
            </Form.Item>
            <Form.Item name="meetingOn" label={t('reports.form.meetingOn')} rules={required}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="minutesRef" label={t('reports.form.minutesRef')} rules={required}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        ) : null}
        {action === 'sign' ? <SignerFields warnings={warnings} /> : null}
        {action === 'sign' || action === 'publish' ? (
          <Form.Item name="on" label={t('reports.form.on')} rules={required}>
            <DatePicker />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function SignerFields({ warnings }: { warnings: ReportCheck[] }) {
  const t = useT();
  const required = [{ required: true, message: t('reports.form.required') }];
  return (
    <>
      <Form.List name="signers">
        {(fields, { add, remove }) => (
          <Form.Item label={t('reports.form.signers')}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item name={[f.name, 'name']} rules={required}>
                  <Input placeholder={t('reports.form.signerName')} maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'role']} rules={required}>
                  <Input placeholder={t('reports.form.signerRole')} maxLength={50} />
                </Form.Item>
                {fields.length > 1 ? <Button onClick={() => remove(f.name)}>−</Button> : null}
              </Space>
            ))}
            {fields.length < 4 ? (
              <Button onClick={() => add({})}>{t('reports.form.addSigner')}</Button>
            ) : null}
          </Form.Item>
        )}
      </Form.List>
      {warnings.length ? (
        <Form.Item name="acknowledgeWarnings" valuePropName="checked">
          <Checkbox>{t('reports.form.acknowledgeWarnings')}</Checkbox>
        </Form.Item>
      ) : null}
    </>
  );
}

const noop = () => undefined;
