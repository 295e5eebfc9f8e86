import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { BodyOut, ConfirmBodyBody } from '../../../../../common/contracts/enforcement/registry.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { registryApi } from './api.js';
import { showFieldErrors, toBody } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { authorityOptions } from './labels.js';
import { isVersionConflict, useSaveErrorHandler } from '../../../../common/version-conflict.js';

interface Values {
  orgUnitId?: string;
  authorityKind: string;
  legalBasis: string;
  scope: string;
  confirmedOn: Dayjs;
  confirmationDocument?: string;
}

const NAMES = ['orgUnitId', 'authorityKind', 'legalBasis', 'scope', 'confirmedOn', 'confirmationDocument'];

function initial(body: BodyOut | undefined): Partial<Values> {
  if (!body) return { authorityKind: 'statutory', confirmedOn: dayjs() };
  return {
    orgUnitId: body.orgUnit.id,
    authorityKind: body.authorityKind,
    legalBasis: body.legalBasis,
    scope: body.scope,
    confirmedOn: dayjs(body.confirmedOn),
    confirmationDocument: body.confirmationDocument ?? '',
  };
}

/** 确认执法主体 (new) or corrects a confirmation (`body` given; the unit is fixed then). */
export function BodyForm({ body, onClose }: { body?: BodyOut; onClose: () => void }) {
  const rt = useRT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [form] = Form.useForm<Values>();
  const units = useQuery({
    queryKey: ['enforcement', 'registry', 'candidate-units'],
    // The server leaves out units confirmed today; a revoked confirmation may be confirmed anew.
    queryFn: registryApi.candidateUnits,
    enabled: !body,
  });
  useEffect(() => form.setFieldsValue(initial(body)), [body, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const payload = toBody({ ...v });
      if (body) {
        delete payload.orgUnitId;
        return registryApi.updateBody(body.id, payload, body.version);
      }
      return registryApi.confirmBody(payload as ConfirmBodyBody);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] });
      message.success(rt('saved'));
      onClose();
    },
    onError: (error) => {
      // Someone saved the record since the drawer opened: offer to reload it (the alert below says why).
      if (!showFieldErrors(form, error, NAMES) && isVersionConflict(error))
        saveFailed(error, () => queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry'] }));
    },
  });
  const required = { required: true, whitespace: true, message: rt('required') };
  const field = (name: string) => ({ name, label: rt(`bodies.columns.${name}`) });
  return (
    <Modal
      open
      width={720}
      title={body ? `${rt('bodies.edit')}：${body.orgUnit.name}` : rt('bodies.confirm')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item {...field('orgUnitId')} rules={body ? [] : [{ required: true, message: rt('required') }]}>
          {body ? (
            <Input disabled value={body.orgUnit.name} />
          ) : (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.isLoading}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
        </Form.Item>
        <Form.Item {...field('authorityKind')} rules={[required]}>
          <Select options={authorityOptions(locale)} />
        </Form.Item>
        <Form.Item {...field('legalBasis')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item {...field('scope')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item {...field('confirmedOn')} rules={[{ required: true, message: rt('required') }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item {...field('confirmationDocument')} rules={[{ max: 100 }]}>
          <Input placeholder="于政发〔2020〕X号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
