import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, InputNumber, Select, Table } from 'antd';
import { useLocale } from '../../../../common/i18n.js';
import { useRT } from './i18n.js';
import { circumstanceOptions } from './labels.js';
import { nextCircumstance, type RangeRow } from './ranges.js';

/** The editable ranges of a benchmark: one row per circumstance (轻微/一般/严重), fine min/max in yuan. */
export function RangesEditor({ form }: { form: FormInstance }) {
  const rt = useRT();
  const { locale } = useLocale();
  const required = { required: true, message: rt('required') };
  return (
    <Form.List name="ranges">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            columns={[
              {
                title: rt('benchmarks.ranges.circumstance'),
                width: 120,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'circumstance']} rules={[required]} style={{ margin: 0 }}>
                    <Select options={circumstanceOptions(locale)} />
                  </Form.Item>
                ),
              },
              {
                title: rt('benchmarks.ranges.fineMin'),
                width: 150,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'fineMin']} rules={[required]} style={{ margin: 0 }}>
                    <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: rt('benchmarks.ranges.fineMax'),
                width: 150,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'fineMax']} rules={[required]} style={{ margin: 0 }}>
                    <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: rt('benchmarks.ranges.description'),
                render: (_, f) => (
                  <Form.Item name={[f.name, 'description']} rules={[{ max: 1000 }]} style={{ margin: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
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
                    aria-label={rt('benchmarks.ranges.remove')}
                    onClick={() => remove(f.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            disabled={fields.length >= 3}
            onClick={() => {
              const rows = (form.getFieldValue('ranges') ?? []) as RangeRow[];
              add({ circumstance: nextCircumstance(rows), description: '' });
            }}
          >
            {rt('benchmarks.ranges.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
