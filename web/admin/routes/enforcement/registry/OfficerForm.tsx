import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { CreateOfficerBody, OfficerOut } from '../../../../../common/contracts/enforcement/registry.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors, toBody } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { isVersionConflict, useSaveErrorHandler } from '../../../../common/version-conflict.js';

interface Values {
  orgUnitId?: string;
  name: string;
  idNumber?: string;
  phone?: string;
  certificateNumber: string;
  certificateIssuer: string;
  certificateIssuedOn?: Dayjs | null;
  certificateValidUntil: Dayjs;
  hasLegalQualification: boolean;
}

const NAMES = [
  'orgUnitId',
  'name',
  'idNumber',
  'phone',
  'certificateNumber',
  'certificateIssuer',
  'certificateIssuedOn',
  'certificateValidUntil',
  'hasLegalQualification',
];

function initial(o: OfficerOut | undefined): Partial<Values> {
  if (!o) return { hasLegalQualification: false, certificateIssuer: '沈阳市人民政府' };
  return {
    orgUnitId: o.orgUnit.id,
    name: o.name,
    // Masked values are not sent back: the fields stay empty unless the user retypes them.
    idNumber: o.personalDataVisible ? (o.idNumber ?? '') : undefined,
    phone: o.personalDataVisible ? (o.phone ?? '') : undefined,
    certificateNumber: o.certificateNumber,
    certificateIssuer: o.certificateIssuer,
    certificateIssuedOn: o.certificateIssuedOn ? dayjs(o.certificateIssuedOn) : null,
    certificateValidUntil: dayjs(o.certificateValidUntil),
    hasLegalQualification: o.hasLegalQualification,
  };
}

/** Adds an officer with the enforcement certificate, or corrects one (`officer` given; the body is fixed). */
export function OfficerForm({ officer, onClose }: { officer?: OfficerOut; onClose: () => void }) {
  const rt = useRT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [form] = Form.useForm<Values>();
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  useEffect(() => form.setFieldsValue(initial(officer)), [officer, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const payload = toBody({ ...v });
      if (!officer) return registryApi.createOfficer(payload as CreateOfficerBody);
      delete payload.orgUnitId;
      if (!officer.personalDataVisible) {
        if (payload.idNumber === null) delete payload.idNumber;
        if (payload.phone === null) delete payload.phone;
      }
      return registryApi.updateOfficer(officer.id, payload, officer.version);
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
  const field = (name: string) => ({ name, label: rt(`officers.columns.${name}`) });
  const masked = officer && !officer.personalDataVisible ? rt('officers.maskedHint') : undefined;
  return (
    <Modal
      open
      width={640}
      title={officer ? `${rt('officers.edit')}：${officer.name}` : rt('officers.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          {...field('orgUnitId')}
          rules={officer ? [] : [{ required: true, message: rt('required') }]}
        >
          {officer ? (
            <Input disabled value={officer.orgUnit.name} />
          ) : (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={bodies.isLoading}
              options={(bodies.data ?? [])
                .filter((b) => !b.revokedOn)
                .map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
            />
          )}
        </Form.Item>
        <Form.Item {...field('name')} rules={[required, { max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('idNumber')} rules={[{ max: 30 }]} extra={masked}>
          <Input
            placeholder={officer && !officer.personalDataVisible ? (officer.idNumber ?? '') : undefined}
          />
        </Form.Item>
        <Form.Item {...field('phone')} rules={[{ max: 30 }]} extra={masked}>
          <Input placeholder={officer && !officer.personalDataVisible ? (officer.phone ?? '') : undefined} />
        </Form.Item>
        <Form.Item {...field('certificateNumber')} rules={[required, { max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('certificateIssuer')} rules={[required, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item {...field('certificateIssuedOn')}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item {...field('certificateValidUntil')} rules={[{ required: true, message: rt('required') }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="hasLegalQualification" valuePropName="checked">
          <Checkbox>{rt('officers.columns.hasLegalQualification')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
