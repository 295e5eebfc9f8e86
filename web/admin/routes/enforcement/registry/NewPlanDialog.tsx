import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { selectableYears } from './plan-items.js';

interface Values {
  orgUnitId: string;
  year: number;
  note?: string;
}

/** 编制检查计划: a draft plan for a body and year; its items are added on the plan page, then it is filed. */
export function NewPlanDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const rt = useRT();
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const save = useMutation({
    mutationFn: (v: Values) => registryApi.createPlan({ ...v, note: v.note?.trim() || null }),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
      onClose();
      navigate(`/enforcement/inspections/plans/${plan.id}`);
    },
    onError: (error) => showFieldErrors(form, error, ['orgUnitId', 'year', 'note']),
  });
  const required = { required: true, message: rt('required') };
  return (
    <Modal
      open
      title={rt('plan.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ orgUnitId: user?.orgUnit?.id, year }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="orgUnitId" label={rt('progress.body')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(bodies.data ?? [])
              .filter((b) => !b.revokedOn)
              .map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
          />
        </Form.Item>
        <Form.Item name="year" label={rt('plan.year')} rules={[required]}>
          <Select
            style={{ width: 140 }}
            options={selectableYears(new Date().getFullYear()).map((y) => ({
              value: y,
              label: rt('year', { year: y }),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={rt('plan.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
