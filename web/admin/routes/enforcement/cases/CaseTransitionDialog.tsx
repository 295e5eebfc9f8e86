import { Alert, AutoComplete, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ProcedureAction } from '../../../../common/components/index.js';
import { type Translate, useLocale, useT } from '../../../../common/i18n.js';
import type { CaseDetail } from './api.js';
import { asksForDeviationReason, decideBody, fieldErrorsOf, toBody } from './form-values.js';
import { circumstanceOptions, outcomeOptionsFor, returnConclusionOptions } from './labels.js';
import { FORMS, type FieldSpec, SERVICE_METHODS, visibleSpecs } from './transition-forms.js';
import './messages.js';

type ControlProps = { spec: FieldSpec; kind: string } & Record<string, unknown>;

function Control({ spec, kind, ...bound }: ControlProps) {
  const t = useT();
  const { locale } = useLocale();
  const select = t('enforcementCases.transition.select');
  switch (spec.kind) {
    case 'date':
      return <DatePicker style={{ width: 200 }} {...bound} />;
    case 'text':
      return <Input maxLength={80} {...bound} />;
    case 'textarea':
      return (
        <Input.TextArea {...bound} rows={spec.name === 'decisionText' ? 5 : 3} maxLength={5000} showCount />
      );
    case 'bool':
      return <Switch {...bound} />;
    case 'amount':
      return <InputNumber {...bound} min={0} max={1e11} precision={2} suffix="元" style={{ width: 220 }} />;
    case 'outcome':
      return <Select {...bound} placeholder={select} options={outcomeOptionsFor(kind, locale)} />;
    case 'circumstance':
      return <Select {...bound} allowClear placeholder={select} options={circumstanceOptions(locale)} />;
    case 'returnConclusion':
      return <Select {...bound} placeholder={select} options={returnConclusionOptions(locale)} />;
    case 'serviceMethod':
      return <AutoComplete {...bound} options={SERVICE_METHODS.map((m) => ({ value: m }))} />;
  }
}

/** A step may name a field its own way (决定 `on` = 决定日期); otherwise the common label. */
function fieldLabel(t: Translate, key: string, name: string): string {
  const own = `enforcementCases.transition.fields.${key}.${name}`;
  const text = t(own);
  return text === own ? t(`enforcementCases.transition.fields.${name}`) : text;
}

function rulesOf(t: Translate, spec: FieldSpec) {
  const required = spec.required
    ? [{ required: true, message: t('enforcementCases.transition.required') }]
    : [];
  if (spec.name !== 'on') return required;
  const notFuture = {
    validator: async (_: unknown, v?: Dayjs) => {
      if (v?.isAfter(dayjs(), 'day')) throw new Error(t('enforcementCases.transition.future'));
    },
  };
  return [...required, notFuture];
}

interface Props {
  action: ProcedureAction | null;
  detail: CaseDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** One step of the case procedure: its own small form, the server's field errors on its fields. */
export function CaseTransitionDialog({ action, detail, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const [form] = Form.useForm();
  const [askReason, setAskReason] = useState(false);
  const key = action?.key ?? '';
  const specs = action ? visibleSpecs(key, detail, askReason || !!detail.deviationReason) : [];
  useEffect(() => {
    if (!action) setAskReason(false);
  }, [action]);
  useEffect(() => {
    if (asksForDeviationReason(error)) setAskReason(true);
  }, [error]);
  useEffect(() => {
    // The deviation field may only now be mounted: set its error on the next render.
    const fields = fieldErrorsOf(error, [...(FORMS[key] ?? []).map((s) => s.name)]);
    if (fields.length) setTimeout(() => form.setFields(fields), 0);
  }, [error, form, key]);
  const submit = (v: Record<string, unknown>) => onSubmit(key === 'decide' ? decideBody(v) : toBody(v));
  return (
    <Modal
      open={action !== null}
      title={action ? t('enforcementCases.transition.confirm', { action: action.label }) : ''}
      okText={action?.label}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(submit)}
      width={key === 'decide' ? 720 : 560}
      destroyOnHidden
    >
      {action ? (
        <Form
          key={key}
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ on: dayjs(), hearingRight: false, concernsMajorRights: true }}
        >
          {key === 'schedule_hearing' ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('enforcementCases.transition.hearingHint')}
            />
          ) : null}
          {key === 'decide' && askReason ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('enforcementCases.transition.deviationHint')}
            />
          ) : null}
          {specs.map((spec) => (
            <Form.Item
              key={spec.name}
              name={spec.name}
              label={fieldLabel(t, key, spec.name)}
              valuePropName={spec.kind === 'bool' ? 'checked' : 'value'}
              rules={rulesOf(t, spec)}
            >
              <Control spec={spec} kind={detail.kind} />
            </Form.Item>
          ))}
        </Form>
      ) : null}
    </Modal>
  );
}
