import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../api.js';
import { useT } from '../i18n.js';
import { ErrorAlert } from './ErrorAlert.js';

type Unit = 'working_days' | 'calendar_days' | 'months';

interface DueResult {
  dueOn: string;
  explanation: string | string[];
  provisional: boolean;
}

interface DueForm {
  from: Dayjs;
  amount: number;
  unit: Unit;
}

/** The public due-date calculator: start date + period → due date, with how it was counted. */
export function DueCalculator() {
  const t = useT();
  const calc = useMutation({
    mutationFn: (v: DueForm) =>
      api.get<DueResult>('/calendar/due', {
        from: v.from.format('YYYY-MM-DD'),
        amount: v.amount,
        unit: v.unit,
      }),
  });
  const result = calc.data;
  const explanation = Array.isArray(result?.explanation)
    ? result.explanation.join('\n')
    : result?.explanation;
  return (
    <Card title={t('common.due.title')}>
      <Typography.Paragraph type="secondary">{t('common.due.intro')}</Typography.Paragraph>
      <Form<DueForm>
        layout="inline"
        initialValues={{ from: dayjs(), amount: 20, unit: 'working_days' }}
        onFinish={(v) => calc.mutate(v)}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item
          name="from"
          label={t('common.due.from')}
          rules={[{ required: true, message: t('common.due.required', { field: t('common.due.from') }) }]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('common.due.amount')}
          rules={[{ required: true, message: t('common.due.required', { field: t('common.due.amount') }) }]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="unit" label={t('common.due.unit')}>
          <Select
            style={{ width: 150 }}
            options={(['working_days', 'calendar_days', 'months'] as const).map((u) => ({
              value: u,
              label: t(`common.due.${u}`),
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending}>
            {t('common.due.submit')}
          </Button>
        </Form.Item>
      </Form>
      {calc.error ? <ErrorAlert error={calc.error} /> : null}
      {result ? (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            {
              key: 'dueOn',
              label: t('common.due.result'),
              children: (
                <>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {result.dueOn}
                  </Typography.Text>
                  {result.provisional ? (
                    <Tag color="gold" style={{ marginInlineStart: 8 }}>
                      {t('common.urgency.provisional')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              key: 'explanation',
              label: t('common.due.explanation'),
              children: <span style={{ whiteSpace: 'pre-line' }}>{explanation}</span>,
            },
          ]}
        />
      ) : null}
      {result?.provisional ? (
        <Alert type="warning" showIcon title={t('common.due.provisional')} style={{ marginTop: 12 }} />
      ) : null}
    </Card>
  );
}
