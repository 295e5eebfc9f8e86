import { useMutation, useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { ACT_KINDS, RECONSIDERATION_RESULTS } from '../../../../common/contracts/litigation.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { lawsuitsApi } from './api.js';

const FIELDS = [
  'caseNumber',
  'court',
  'orgUnitId',
  'plaintiffName',
  'plaintiffKind',
  'cause',
  'actChallenged',
  'actKind',
  'actRef',
  'filedOn',
  'servedOn',
  'afterReconsideration',
  'reconsiderationNumber',
  'reconsiderationResult',
];

interface Unit {
  id: string;
  name: string;
}

/** 登记: a complaint copy served on the district or a department; the answer period starts on the day of service. */
export function RegisterDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const after = Form.useWatch<boolean>('afterReconsideration', form);
  const units = useQuery({
    queryKey: ['litigation', 'units'],
    queryFn: async () => {
      const lists = await Promise.all(
        ['district', 'department', 'street'].map((type) =>
          api.get<{ units: Unit[] }>('/org/units', { type }),
        ),
      );
      return lists.flatMap((l) => l.units);
    },
    enabled: open,
  });
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => lawsuitsApi.register(toBody(values)),
    onSuccess: (l) => {
      onClose();
      navigate(`/litigation/lawsuits/${l.id}`);
    },
    onError: (e) => showFieldErrors(form, e, FIELDS),
  });
  const f = (k: string) => t(`litigation.register.${k}`);
  const required = [{ required: true, message: t('litigation.transition.required') }];
  const label = (list: readonly { code: string; label: string; en: string }[]) =>
    list.map((e) => ({ value: e.code, label: locale === 'en-US' ? e.en : e.label }));
  return (
    <Modal
      open={open}
      title={t('litigation.new')}
      okText={t('litigation.new')}
      width={720}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          court: '沈阳市于洪区人民法院',
          plaintiffKind: 'person',
          filedOn: dayjs(),
          servedOn: dayjs(),
          afterReconsideration: false,
        }}
      >
        <Form.Item name="caseNumber" label={f('caseNumber')} rules={required}>
          <Input maxLength={80} placeholder="（2026）辽0114行初1号" />
        </Form.Item>
        <Form.Item name="court" label={f('court')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={f('orgUnitId')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="plaintiffName" label={f('plaintiffName')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="plaintiffKind" label={f('plaintiffKind')} rules={required}>
          <Select
            options={[
              { value: 'person', label: f('person') },
              { value: 'organisation', label: f('organisation') },
            ]}
          />
        </Form.Item>
        <Form.Item name="cause" label={f('cause')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="actChallenged" label={f('actChallenged')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="actKind" label={f('actKind')} rules={required}>
          <Select options={label(ACT_KINDS)} />
        </Form.Item>
        <Form.Item name="actRef" label={f('actRef')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="filedOn" label={f('filedOn')} rules={required}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="servedOn" label={f('servedOn')} rules={required}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="afterReconsideration" label={f('afterReconsideration')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {after ? (
          <>
            <Form.Item name="reconsiderationNumber" label={f('reconsiderationNumber')} rules={required}>
              <Input maxLength={80} />
            </Form.Item>
            <Form.Item name="reconsiderationResult" label={f('reconsiderationResult')} rules={required}>
              <Select options={label(RECONSIDERATION_RESULTS)} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
