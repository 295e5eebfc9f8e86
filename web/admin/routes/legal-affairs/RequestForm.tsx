import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import type { CreateMatterBody } from '../../../../common/contracts/legal-affairs/matters.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { legalApi } from './api.js';
import { categoryOptions, kindOptions, partyRoleOptions } from './labels.js';
import './messages.js';

const FIELDS = [
  'orgUnitId',
  'kind',
  'category',
  'subject',
  'keyProject',
  'counterparty',
  'partyRole',
  'amountAtStake',
  'requestedOn',
];

/** A unit asks the 法律顾问团 for help: what kind, about what, and for a contract its amount and counterparty. */
export function RequestForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const kind = Form.useWatch<string | undefined>('kind', form);
  const units = useQuery({ queryKey: ['legal-affairs', 'units'], queryFn: legalApi.units, enabled: open });
  const submit = useMutation({
    mutationFn: (body: CreateMatterBody) => legalApi.request(body),
    onSuccess: (m) => {
      void queryClient.invalidateQueries({ queryKey: ['legal-affairs'] });
      message.success(t('legal.request.done', { number: m.matterNumber }));
      onClose();
      void navigate(`/legal-affairs/matters/${m.id}`);
    },
    onError: (e) => {
      const fields = fieldErrorsFor(e, FIELDS);
      if (fields.length) form.setFields(fields);
      else message.error(e instanceof Error ? e.message : String(e));
    },
  });
  const label = (k: string) => t(`legal.fields.${k}`);
  const required = [{ required: true, message: t('legal.transition.required') }];
  return (
    <Modal
      open={open}
      title={t('legal.request.title')}
      okText={t('legal.request.ok')}
      confirmLoading={submit.isPending}
      onCancel={onClose}
      // A form with errors shows them on its fields: the rejected validation is handled there.
      onOk={() =>
        form.validateFields().then(
          (v) => submit.mutate(toBody(v) as CreateMatterBody),
          () => undefined,
        )
      }
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ orgUnitId: user?.orgUnit?.id, requestedOn: dayjs() }}
      >
        <Form.Item name="orgUnitId" label={label('orgUnitId')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={label('kind')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            options={kindOptions(locale)}
            onChange={() => form.setFieldValue('category', undefined)}
          />
        </Form.Item>
        <Form.Item name="category" label={label('category')} rules={required}>
          <Select showSearch optionFilterProp="label" options={categoryOptions(kind, locale)} />
        </Form.Item>
        <Form.Item name="subject" label={label('subject')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        {kind === 'litigation' ? (
          <Form.Item name="partyRole" label={label('partyRole')} rules={required}>
            <Select showSearch optionFilterProp="label" options={partyRoleOptions(locale)} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="counterparty"
          label={label('counterparty')}
          rules={kind === 'contract_review' ? required : []}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="amountAtStake"
          label={label('amountAtStake')}
          rules={kind === 'contract_review' ? required : []}
        >
          <InputNumber min={0} max={1e11} precision={2} suffix="元" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="keyProject" label={label('keyProject')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="requestedOn" label={label('requestedOn')} rules={required}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
