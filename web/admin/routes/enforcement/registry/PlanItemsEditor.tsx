import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type {
  InspectionPlanItemInput,
  InspectionPlanOut,
} from '../../../../../common/contracts/enforcement/inspections.js';
import type { InspectionFrequency } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { registryApi } from './api.js';
import { showFieldErrors, showProblems } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { frequencyOptions } from './labels.js';
import { duplicatePowers, timesPerYear, toItemRows } from './plan-items.js';

/** Edits every line of a draft plan at once (PUT …/items): 行政检查 powers of the body, frequency, targets, count. */
export function PlanItemsEditor({ plan, onDone }: { plan: InspectionPlanOut; onDone: () => void }) {
  const rt = useRT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ items: InspectionPlanItemInput[] }>();
  const powers = useQuery({
    queryKey: ['enforcement', 'registry', 'powers', plan.orgUnit.id, 'inspection'],
    queryFn: () => registryApi.powersOf(plan.orgUnit.id, 'inspection'),
  });
  const save = useMutation({
    mutationFn: (items: InspectionPlanItemInput[]) => registryApi.putPlanItems(plan.id, items, plan.version),
    onSuccess: (saved) => {
      queryClient.setQueryData(['enforcement', 'registry', 'plan', plan.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
      message.success(rt('saved'));
      onDone();
    },
    onError: (error) => showFieldErrors(form, error, ['items']),
  });
  const submit = ({ items = [] }: { items?: InspectionPlanItemInput[] }) => {
    const duplicates = duplicatePowers(items);
    if (duplicates.length > 0)
      showProblems(
        form,
        duplicates.map((i) => ({ name: ['items', i, 'powerItemId'], message: rt('plan.duplicate') })),
      );
    else save.mutate(items);
  };
  const required = { required: true, message: rt('required') };
  const col = (k: string) => rt(`plan.columns.${k}`);
  const powerOptions = (powers.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  return (
    <Form form={form} initialValues={{ items: toItemRows(plan.items) }} onFinish={submit}>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              columns={[
                {
                  title: col('power'),
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'powerItemId']} rules={[required]} style={{ margin: 0 }}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={powers.isFetching}
                        options={powerOptions}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: col('frequency'),
                  width: 130,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'frequency']} rules={[required]} style={{ margin: 0 }}>
                      <Select
                        options={frequencyOptions(locale)}
                        onChange={(v: InspectionFrequency) =>
                          form.setFieldValue(['items', f.name, 'plannedCount'], timesPerYear(v))
                        }
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: col('targets'),
                  width: 260,
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'targets']}
                      rules={[{ ...required, whitespace: true }, { max: 1000 }]}
                      style={{ margin: 0 }}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                    </Form.Item>
                  ),
                },
                {
                  title: col('planned'),
                  width: 110,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'plannedCount']} rules={[required]} style={{ margin: 0 }}>
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  ),
                },
                {
                  width: 48,
                  render: (_, f) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={rt('plan.removeItem')}
                      onClick={() => remove(f.name)}
                    />
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ frequency: 'yearly', plannedCount: 1, targets: '' })}
              >
                {rt('plan.addItem')}
              </Button>
              <Button onClick={onDone}>{rt('cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {rt('plan.saveItems')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
