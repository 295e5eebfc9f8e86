import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CreateInspectionBody } from '../../../../../common/contracts/enforcement/inspections.js';
import type { InspectionResult } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { registryApi } from './api.js';
import { officerOptions } from './officer-options.js';
import { showFieldErrors, toBody } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { resultOptions } from './labels.js';

interface Values {
  orgUnitId: string;
  powerItemId: string;
  inspectedOn: Dayjs;
  targetName: string;
  officerIds: string[];
  result: InspectionResult;
  note?: string;
}

const NAMES = ['orgUnitId', 'powerItemId', 'inspectedOn', 'targetName', 'officerIds', 'result', 'note'];

/**
 * 登记检查: an inspection under one of the body's 行政检查 powers, by at least two certified officers
 * (行政处罚法 第四十二条); without a line of the body's plan it is recorded as 计划外.
 */
export function InspectionForm({ onClose }: { onClose: () => void }) {
  const rt = useRT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const orgUnitId = Form.useWatch('orgUnitId', form);
  const inspectedOn = Form.useWatch('inspectedOn', form);
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const powers = useQuery({
    queryKey: ['enforcement', 'registry', 'powers', orgUnitId, 'inspection'],
    queryFn: () => registryApi.powersOf(orgUnitId, 'inspection'),
    enabled: !!orgUnitId,
  });
  const officers = useQuery({
    queryKey: ['enforcement', 'registry', 'officers-of', orgUnitId],
    queryFn: () => registryApi.officersOf(orgUnitId),
    enabled: !!orgUnitId,
  });
  const save = useMutation({
    mutationFn: (v: Values) => registryApi.createInspection(toBody({ ...v }) as CreateInspectionBody),
    onSuccess: (inspection) => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
      message.success(inspection.isUnplanned ? rt('inspections.savedUnplanned') : rt('saved'));
      onClose();
    },
    onError: (error) => showFieldErrors(form, error, NAMES),
  });
  const day = inspectedOn ? inspectedOn.format('YYYY-MM-DD') : dayjs().format('YYYY-MM-DD');
  const required = { required: true, message: rt('required') };
  const field = (name: string) => ({ name, label: rt(`inspections.columns.${name}`) });
  return (
    <Modal
      open
      width={680}
      title={rt('inspections.register')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          orgUnitId: user?.orgUnit?.id,
          inspectedOn: dayjs(),
          result: 'compliant',
          officerIds: [],
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item {...field('orgUnitId')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(bodies.data ?? [])
              .filter((b) => !b.revokedOn)
              .map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
            onChange={() => form.setFieldsValue({ powerItemId: undefined, officerIds: [] })}
          />
        </Form.Item>
        <Form.Item
          {...field('powerItemId')}
          rules={[required]}
          extra={orgUnitId && powers.data?.length === 0 ? rt('inspections.noPowers') : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!orgUnitId}
            loading={powers.isFetching}
            options={(powers.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item {...field('inspectedOn')} rules={[required]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item {...field('targetName')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          {...field('officerIds')}
          extra={rt('inspections.officersHint')}
          rules={[{ required: true, type: 'array', min: 2, message: rt('inspections.officersMin') }]}
        >
          <Select
            mode="multiple"
            disabled={!orgUnitId}
            loading={officers.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={officerOptions(officers.data ?? [], day)}
            optionRender={(o) => (
              <>
                {o.label}{' '}
                {o.data.disabled ? <Tag color="red">{rt('officers.certificate.expired')}</Tag> : null}
              </>
            )}
          />
        </Form.Item>
        <Form.Item {...field('result')} rules={[required]}>
          <Select options={resultOptions(locale)} />
        </Form.Item>
        <Form.Item {...field('note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
