import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { RequestAction, RequestDetail } from '../../../../common/contracts/disclosure.js';
import { type Translate, useLocale, useT } from '../../../common/i18n.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { groupedOutcomeOptions, opinionOptions, outcomeBasis } from '../../../common/disclosure/labels.js';
import '../../../common/disclosure/messages.js';

type Kind = 'date' | 'text' | 'textarea' | 'amount' | 'outcome' | 'opinion';
interface FieldSpec {
  name: string;
  kind: Kind;
  required?: boolean;
}

const on = (): FieldSpec => ({ name: 'on', kind: 'date' });

/** The form of each step (TRANSITION_INPUTS of the contract); `on` is the day the step legally happened. */
const FORMS: Record<string, FieldSpec[]> = {
  request_correction: [
    on(),
    { name: 'note', kind: 'textarea', required: true },
    { name: 'deadlineOn', kind: 'date', required: true },
  ],
  receive_correction: [on(), { name: 'note', kind: 'textarea' }],
  lapse_correction: [on(), { name: 'note', kind: 'textarea' }],
  consult_third_party: [
    on(),
    { name: 'thirdPartyName', kind: 'text', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  receive_consultation: [
    on(),
    { name: 'opinion', kind: 'opinion', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  extend_reply: [
    on(),
    { name: 'reason', kind: 'textarea', required: true },
    { name: 'notifiedOn', kind: 'date', required: true },
  ],
  issue_fee_notice: [
    on(),
    { name: 'amount', kind: 'amount', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  receive_fee: [on()],
  lapse_fee: [on(), { name: 'note', kind: 'textarea' }],
  reply: [
    on(),
    { name: 'outcome', kind: 'outcome', required: true },
    { name: 'replyText', kind: 'textarea' },
  ],
  withdraw: [on(), { name: 'reason', kind: 'textarea' }],
};

/** Form.Item hands its control `id`, `value` and `onChange`; they are passed straight through. */
type ControlProps = { spec: FieldSpec } & Record<string, unknown>;

function Control({ spec, ...bound }: ControlProps) {
  const t = useT();
  const { locale } = useLocale();
  switch (spec.kind) {
    case 'date':
      return <DatePicker style={{ width: 200 }} {...bound} />;
    case 'text':
      return <Input maxLength={200} {...bound} />;
    case 'textarea':
      return (
        <Input.TextArea
          {...bound}
          rows={spec.name === 'replyText' ? 6 : 3}
          maxLength={spec.name === 'replyText' ? 20000 : 2000}
          showCount
        />
      );
    case 'amount':
      return (
        <InputNumber
          {...bound}
          min={0.01}
          max={1_000_000}
          precision={2}
          addonAfter="元"
          style={{ width: 200 }}
        />
      );
    case 'outcome':
      return (
        <Select
          {...bound}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('disclosure.form.select')}
          options={groupedOutcomeOptions(locale)}
          listHeight={360}
        />
      );
    case 'opinion':
      return <Select {...bound} options={opinionOptions(locale)} placeholder={t('disclosure.form.select')} />;
  }
}

function OutcomeBasis() {
  const t = useT();
  const outcome = Form.useWatch<string | undefined>('outcome');
  const basis = outcomeBasis(outcome);
  if (!basis) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('disclosure.transition.basis', { basis })}
    />
  );
}

/** A step may name a field its own way (第三方 `on` = 发函日期); otherwise the common label. */
function fieldLabel(t: Translate, key: string, name: string): string {
  const own = `disclosure.transition.fields.${key}.${name}`;
  const text = t(own);
  return text === own ? t(`disclosure.transition.fields.${name}`) : text;
}

interface Props {
  action: RequestAction | null;
  request: RequestDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

function initialValues(key: string, request: RequestDetail): Record<string, unknown> {
  const values: Record<string, unknown> = { on: dayjs() };
  // Basis: 条例 第三十条 — a reasonable period to correct; 15 calendar days is offered, staff may change it.
  if (key === 'request_correction') values.deadlineOn = dayjs().add(15, 'day');
  if (key === 'extend_reply') values.notifiedOn = dayjs();
  if (key === 'receive_correction' && request.correction.deadlineOn) values.on = dayjs();
  return values;
}

/** One step of the request procedure: its own small form, the server's field errors on its fields. */
export function TransitionDialog({ action, request, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const [form] = Form.useForm();
  const specs = action ? (FORMS[action.key] ?? [on()]) : [];
  useEffect(() => {
    if (error)
      showFieldErrors(
        form,
        error,
        specs.map((s) => s.name),
      );
  }, [error, form, specs]);
  return (
    <Modal
      open={action !== null}
      title={action ? t('disclosure.transition.confirm', { action: action.label }) : ''}
      okText={action?.label}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v: Record<string, unknown>) => onSubmit(toBody(v)))}
      width={action?.key === 'reply' ? 720 : 560}
      destroyOnHidden
    >
      {action ? (
        <Form
          key={action.key}
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initialValues(action.key, request)}
        >
          {action.key === 'extend_reply' ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('disclosure.transition.extendHint')}
            />
          ) : null}
          {action.key === 'request_correction' ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('disclosure.transition.correctionHint')}
            />
          ) : null}
          {specs.map((spec) => (
            <Form.Item
              key={spec.name}
              name={spec.name}
              label={fieldLabel(t, action.key, spec.name)}
              rules={[
                ...(spec.required ? [{ required: true, message: t('disclosure.transition.required') }] : []),
                ...(spec.kind === 'date'
                  ? [
                      {
                        validator: async (_: unknown, v?: Dayjs) => {
                          if (v && spec.name === 'on' && v.isAfter(dayjs(), 'day'))
                            throw new Error(t('disclosure.transition.future'));
                        },
                      },
                    ]
                  : []),
              ]}
            >
              <Control spec={spec} />
            </Form.Item>
          ))}
          {action.key === 'reply' ? <OutcomeBasis /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
