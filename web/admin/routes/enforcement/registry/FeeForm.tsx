import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { CreateFeeBody, FeeOut } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors, toBody } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { isVersionConflict, useSaveErrorHandler } from '../../../../common/version-conflict.js';

interface Values {
  orgUnitId?: string;
  code: string;
  name: string;
  legalBasis: string;
  standard: string;
  publishedOn: Dayjs;
}

const NAMES = ['orgUnitId', 'code', 'name', 'legalBasis', 'standard', 'publishedOn'];

function initial(fee: FeeOut | undefined, ownUnit: string | undefined): Partial<Values> {
  if (!fee) return { orgUnitId: ownUnit, publishedOn: dayjs() };
  return {
    orgUnitId: fee.orgUnit.id,
    code: fee.code,
    name: fee.name,
    legalBasis: fee.legalBasis,
    standard: fee.standard,
    publishedOn: dayjs(fee.publishedOn),
  };
}

/** Adds a fee item to the catalogue (涉企行政事业性收费目录), or corrects one (`fee` given; the body is fixed). */
export function FeeForm({ fee, onClose }: { fee?: FeeOut; onClose: () => void }) {
  const rt = useRT();
  const { user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [form] = Form.useForm<Values>();
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'fee-units'],
    queryFn: registryApi.feeUnits,
  });
  useEffect(() => form.setFieldsValue(initial(fee, user?.orgUnit?.id)), [fee, user, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const payload = toBody({ ...v });
      if (!fee) return registryApi.createFee(payload as CreateFeeBody);
      delete payload.orgUnitId;
      return registryApi.updateFee(fee.id, payload, fee.version);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'fees'] });
      message.success(rt('saved'));
      onClose();
    },
    onError: (error) => {
      // Someone saved the record since the drawer opened: offer to reload it (the alert below says why).
      if (!showFieldErrors(form, error, NAMES) && isVersionConflict(error))
        saveFailed(error, () =>
          queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'fees'] }),
        );
    },
  });
  const required = { required: true, whitespace: true, message: rt('required') };
  const field = (name: string) => ({ name, label: rt(`fees.columns.${name}`) });
  return (
    <Modal
      open
      width={680}
      title={fee ? `${rt('fees.edit')}：${fee.name}` : rt('fees.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item {...field('orgUnitId')} rules={fee ? [] : [{ required: true, message: rt('required') }]}>
          <Select
            disabled={!!fee}
            showSearch={{ optionFilterProp: 'label' }}
            options={(bodies.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item {...field('code')} rules={[required, { max: 60 }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item {...field('name')} rules={[required, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('legalBasis')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item {...field('standard')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item {...field('publishedOn')} rules={[{ required: true, message: rt('required') }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
