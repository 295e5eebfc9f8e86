import { DatePicker, Form, Input, InputNumber, Modal, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import type { ProcedureAction } from '../components/ActionButtons.js';
import { fieldErrorsFor } from '../forms.js';
import { type Translate, useT } from '../i18n.js';
import type { FieldSpec } from './field-spec.js';

/** Form.Item hands its control `id`, `value` and `onChange`; they are passed straight through. */
export type BoundProps = Record<string, unknown>;

/** The controls every procedure shares; a module renders its own kinds (an outcome list…) itself. */
function BaseControl({ spec, ...bound }: { spec: FieldSpec } & BoundProps) {
  switch (spec.kind) {
    case 'date':
      return <DatePicker style={{ width: 200 }} {...bound} />;
    case 'text':
      return <Input maxLength={spec.maxLength ?? 200} {...bound} />;
    case 'textarea':
      return <Input.TextArea {...bound} rows={spec.rows ?? 3} maxLength={spec.maxLength ?? 2000} showCount />;
    case 'bool':
      return <Switch {...bound} />;
    case 'amount':
      return (
        <InputNumber
          {...bound}
          min={spec.min ?? 0}
          max={spec.max ?? 1e11}
          precision={2}
          suffix="元"
          style={{ width: 220 }}
        />
      );
    default:
      return null;
  }
}

/** A step may name a field its own way (决定 `on` = 决定日期); otherwise the procedure's common label. */
function fieldLabel(t: Translate, ns: string, key: string, name: string): string {
  const own = `${ns}.fields.${key}.${name}`;
  const text = t(own);
  return text === own ? t(`${ns}.fields.${name}`) : text;
}

/** Required where the spec says; `on`, the day the step legally happened, cannot lie in the future. */
function rulesOf(t: Translate, ns: string, spec: FieldSpec): Rule[] {
  const required = spec.required ? [{ required: true, message: t(`${ns}.required`) }] : [];
  if (spec.name !== 'on') return required;
  const notFuture = {
    validator: async (_: unknown, v?: Dayjs) => {
      if (v?.isAfter(dayjs(), 'day')) throw new Error(t(`${ns}.future`));
    },
  };
  return [...required, notFuture];
}

export interface TransitionDialogProps {
  action: ProcedureAction | null;
  /** The fields of this step, as the procedure's form spec gives them. */
  specs: FieldSpec[];
  /** Where the step's texts live: `{ns}.confirm`, `.required`, `.future`, `.fields.<name>`. */
  ns: string;
  initialValues: Record<string, unknown>;
  width: number;
  busy: boolean;
  error: unknown;
  onSubmit: (values: Record<string, unknown>) => void;
  onCancel: () => void;
  /** The module's own kinds of field; undefined falls back to the shared controls. */
  renderControl?: (spec: FieldSpec, bound: BoundProps) => ReactNode;
  /** Above the fields (a hint on the law) and below them (the basis of the chosen outcome). */
  top?: ReactNode;
  bottom?: ReactNode;
}

function SpecControl({
  spec,
  renderControl,
  ...bound
}: { spec: FieldSpec; renderControl?: TransitionDialogProps['renderControl'] } & BoundProps) {
  return <>{renderControl?.(spec, bound) ?? <BaseControl spec={spec} {...bound} />}</>;
}

/** A field with `when` exists only while the field it depends on holds one of the listed values. */
function WhenShown({ spec, children }: { spec: FieldSpec; children: ReactNode }) {
  const value = Form.useWatch<unknown>(spec.when?.field ?? []);
  if (spec.when && !spec.when.in.includes(String(value))) return null;
  return <>{children}</>;
}

/** A server error on a list's item (withheldParts.0.ground) shows on the list's own field. */
const onTopField = (fields: ReturnType<typeof fieldErrorsFor>) =>
  fields.map((f) => ({ ...f, name: [(f.name as (string | number)[])[0]!] }));

/** One step of a procedure: its small form from the spec, the server's field errors on its fields. */
export function TransitionDialog(props: TransitionDialogProps) {
  const { action, specs, ns, error } = props;
  const t = useT();
  const [form] = Form.useForm();
  const key = action?.key ?? '';
  const names = specs.map((s) => s.name).join(',');
  useEffect(() => {
    // A field may only now be mounted (the deviation reason appears on the error): set it next render.
    const fields = onTopField(fieldErrorsFor(error, names.split(',')));
    if (fields.length) setTimeout(() => form.setFields(fields), 0);
  }, [error, form, names]);
  return (
    <Modal
      open={action !== null}
      title={action ? t(`${ns}.confirm`, { action: action.label }) : ''}
      okText={action?.label}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      // An empty required field rejects validateFields: the form already shows why, so the rejection is handled
      // here (left unhandled it surfaced as an uncaught page error).
      onOk={() => void form.validateFields().then(props.onSubmit, () => undefined)}
      width={props.width}
      destroyOnHidden
    >
      {action ? (
        <Form key={key} form={form} layout="vertical" preserve={false} initialValues={props.initialValues}>
          {props.top}
          {specs.map((spec) => (
            <WhenShown key={spec.name} spec={spec}>
              <Form.Item
                name={spec.name}
                label={fieldLabel(t, ns, key, spec.name)}
                valuePropName={spec.kind === 'bool' ? 'checked' : 'value'}
                rules={rulesOf(t, ns, spec)}
              >
                <SpecControl spec={spec} renderControl={props.renderControl} />
              </Form.Item>
            </WhenShown>
          ))}
          {props.bottom}
        </Form>
      ) : null}
    </Modal>
  );
}
