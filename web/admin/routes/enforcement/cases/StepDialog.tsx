import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useLocale, useT } from '../../../../common/i18n.js';
import { fieldErrorsOf, toBody } from './form-values.js';
import { filingConclusionOptions, pauseGroundOptions } from './labels.js';
import './messages.js';

export interface StepField {
  name: string;
  label: string;
  kind: 'date' | 'days' | 'textarea' | 'filingConclusion' | 'pauseAction' | 'pauseGround';
  required?: boolean;
}

export interface StepDialogSpec {
  title: string;
  okText: string;
  hint?: string;
  fields: StepField[];
}

interface Props {
  spec: StepDialogSpec | null;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** A step beside the procedure (延期, 公示, 变更, 撤回, 备案): a date and a reason or a conclusion. */
export function StepDialog({ spec, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm();
  const names = (spec?.fields.map((f) => f.name) ?? []).join(',');
  useEffect(() => {
    const fields = fieldErrorsOf(error, names.split(','));
    if (fields.length) form.setFields(fields);
  }, [error, form, names]);
  const control = (field: StepField) => {
    if (field.kind === 'date') return <DatePicker style={{ width: 200 }} />;
    if (field.kind === 'days') return <InputNumber min={1} max={3650} precision={0} style={{ width: 200 }} />;
    if (field.kind === 'filingConclusion')
      return (
        <Select
          options={filingConclusionOptions(locale)}
          placeholder={t('enforcementCases.transition.select')}
        />
      );
    if (field.kind === 'pauseGround')
      return (
        <Select options={pauseGroundOptions(locale)} placeholder={t('enforcementCases.transition.select')} />
      );
    if (field.kind === 'pauseAction')
      return (
        <Select
          options={[
            { value: 'start', label: t('enforcementCases.transition.pauseStart') },
            { value: 'end', label: t('enforcementCases.transition.pauseEnd') },
          ]}
          placeholder={t('enforcementCases.transition.select')}
        />
      );
    return <Input.TextArea rows={3} maxLength={2000} showCount />;
  };
  return (
    <Modal
      open={spec !== null}
      title={spec?.title}
      okText={spec?.okText}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v: Record<string, unknown>) => onSubmit(toBody(v)))}
      destroyOnHidden
    >
      {spec ? (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ on: dayjs() }}>
          {spec.hint ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={spec.hint} /> : null}
          {spec.fields.map((field) => (
            <Form.Item
              key={field.name}
              name={field.name}
              label={field.label}
              rules={[
                ...(field.required
                  ? [{ required: true, message: t('enforcementCases.transition.required') }]
                  : []),
                ...(field.kind === 'date'
                  ? [
                      {
                        validator: async (_: unknown, v?: Dayjs) => {
                          if (v?.isAfter(dayjs(), 'day'))
                            throw new Error(t('enforcementCases.transition.future'));
                        },
                      },
                    ]
                  : []),
              ]}
            >
              {control(field)}
            </Form.Item>
          ))}
        </Form>
      ) : null}
    </Modal>
  );
}
