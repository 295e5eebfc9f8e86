import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import {
  ADVISER_FIELDS,
  ADVISER_KINDS,
  EVALUATION_GRADES,
} from '../../../../common/contracts/legal-affairs/dictionaries.js';
import type { AdviserDetail } from '../../../../common/contracts/legal-affairs/matters.js';
import { api } from '../../../common/api.js';
import { fieldErrorsFor, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ADVISERS_PATH, legalApi } from './api.js';
import { adviserKindLabel, fieldLabel, gradeLabel } from './labels.js';
import './messages.js';

/** Which roster form is open: a new member, or a contract, evaluation or 解聘 of one. */
export type RosterForm = 'adviser' | 'contract' | 'evaluation' | 'end';

const PATHS: Record<RosterForm, (id?: string) => string> = {
  adviser: () => ADVISERS_PATH,
  contract: (id) => `${ADVISERS_PATH}/${id}/contracts`,
  evaluation: (id) => `${ADVISERS_PATH}/${id}/evaluations`,
  end: (id) => `${ADVISERS_PATH}/${id}/end`,
};

/** One roster form in a modal: posts it, shows the server's field errors on their fields, refreshes the roster. */
export function RosterFormModal({
  form: which,
  adviserId,
  onClose,
}: {
  form: RosterForm | null;
  adviserId?: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<AdviserDetail>(PATHS[which!](adviserId), body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['legal-affairs'] });
      message.success(t('legal.roster.saved'));
      onClose();
    },
    onError: (e) => {
      const fields = fieldErrorsFor(e, Object.keys(form.getFieldsValue()));
      if (fields.length) form.setFields(fields);
      else message.error(e instanceof Error ? e.message : String(e));
    },
  });
  return (
    <Modal
      open={which !== null}
      title={which ? t(`legal.roster.${which}`) : ''}
      okText={t('legal.roster.save')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      // A form with errors shows them on its fields: the rejected validation is handled there.
      onOk={() =>
        form.validateFields().then(
          (v) => save.mutate(toBody(v)),
          () => undefined,
        )
      }
      destroyOnHidden
      width={600}
    >
      {which ? (
        <Form form={form} layout="vertical" preserve={false} initialValues={initialValues(which)}>
          <Fields which={which} />
        </Form>
      ) : null}
    </Modal>
  );
}

function initialValues(which: RosterForm): Record<string, unknown> {
  const today = dayjs();
  if (which === 'adviser') return { kind: 'retained', fields: [], unitsServed: [] };
  if (which === 'contract') return { startsOn: today, endsOn: today.add(3, 'year').subtract(1, 'day') };
  if (which === 'evaluation') return { year: today.year() - 1, evaluatedOn: today };
  return { endedOn: today };
}

function Fields({ which }: { which: RosterForm }): ReactNode {
  const t = useT();
  const { locale } = useLocale();
  const units = useQuery({
    queryKey: ['legal-affairs', 'units'],
    queryFn: legalApi.units,
    enabled: which === 'adviser',
  });
  const l = (k: string) => t(`legal.roster.fields.${k}`);
  const required = [{ required: true, message: t('legal.transition.required') }];
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const item = (name: string, control: ReactNode, isRequired = false) => (
    <Form.Item key={name} name={name} label={l(name)} rules={isRequired ? required : []}>
      {control}
    </Form.Item>
  );
  if (which === 'adviser')
    return [
      item('name', <Input maxLength={50} />, true),
      item(
        'kind',
        <Select
          options={ADVISER_KINDS.map((k) => ({ value: k.code, label: adviserKindLabel(k.code, locale) }))}
        />,
        true,
      ),
      item('firm', <Input maxLength={100} />),
      item('licenceNumber', <Input maxLength={40} />, true),
      item('orgUnitId', <Select showSearch optionFilterProp="label" options={unitOptions} />, true),
      item(
        'fields',
        <Select
          mode="multiple"
          options={ADVISER_FIELDS.map((f) => ({ value: f.code, label: fieldLabel(f.code, locale) }))}
        />,
      ),
      item(
        'unitsServed',
        <Select mode="multiple" showSearch optionFilterProp="label" options={unitOptions} />,
      ),
      item('phone', <Input maxLength={30} />),
    ];
  if (which === 'contract')
    return [
      item('contractNumber', <Input maxLength={60} />, true),
      item('startsOn', <DatePicker style={{ width: 200 }} />, true),
      item('endsOn', <DatePicker style={{ width: 200 }} />, true),
      item('feeYuan', <InputNumber min={0} max={1e11} precision={2} suffix="元" style={{ width: 220 }} />),
      item('scope', <Input.TextArea rows={3} maxLength={1000} />),
    ];
  if (which === 'evaluation')
    return [
      item('year', <InputNumber min={2000} max={2100} style={{ width: 140 }} />, true),
      item(
        'grade',
        <Select
          options={EVALUATION_GRADES.map((g) => ({ value: g.code, label: gradeLabel(g.code, locale) }))}
        />,
        true,
      ),
      item('score', <InputNumber min={0} max={100} style={{ width: 140 }} />),
      item('evaluatedOn', <DatePicker style={{ width: 200 }} />, true),
      item('remarks', <Input.TextArea rows={3} maxLength={1000} />),
    ];
  return [
    item('endedOn', <DatePicker style={{ width: 200 }} />, true),
    item('reason', <Input.TextArea rows={3} maxLength={1000} />, true),
  ];
}
