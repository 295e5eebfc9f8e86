import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Grid,
  Input,
  Radio,
  Select,
  Space,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { MEDIATION_CASE_STEPS } from '../../../../common/contracts/mediation.js';
import { useT } from '../../../common/i18n.js';
import { mediationApi } from './api.js';
import './messages.js';

type Step = (typeof MEDIATION_CASE_STEPS)[number];

/** One mediation case: what it holds, the confirmation deadline, and its next step as a phone-width form. */
export default function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [step, setStep] = useState<Step>('start');
  const wide = Grid.useBreakpoint().md ?? false;
  const detail = useQuery({ queryKey: ['mediation', 'case', id], queryFn: () => mediationApi.case(id) });
  const take = useMutation({
    mutationFn: (v: {
      on: dayjs.Dayjs;
      mediators?: string;
      agreementForm?: 'written' | 'oral';
      agreementTerms?: string;
    }) =>
      mediationApi.step(id, step, {
        on: v.on.format('YYYY-MM-DD'),
        ...(v.mediators
          ? {
              mediators: v.mediators
                .split(/[、,，]/)
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
        ...(v.agreementForm ? { agreementForm: v.agreementForm } : {}),
        ...(v.agreementTerms ? { agreementTerms: v.agreementTerms } : {}),
      }),
    onSuccess: (out) => {
      client.setQueryData(['mediation', 'case', id], out);
      void client.invalidateQueries({ queryKey: ['mediation', 'cases'] });
      message.success(t(`mediation.case.steps.${step}`));
    },
    onError: (e) => message.error(e.message),
  });
  const c = detail.data;
  if (!c) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        size="small"
        title={`${t('mediation.case.title')} ${c.number}`}
        extra={
          <Tag color="blue" data-testid="case-state">
            {c.state}
          </Tag>
        }
      >
        {c.warnings.length ? (
          <Alert
            type="warning"
            showIcon
            message={`${t('mediation.case.warnings')}：${c.warnings.join('；')}`}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          bordered={wide}
          layout={wide ? 'horizontal' : 'vertical'}
        >
          <Descriptions.Item label={t('mediation.cases.unit')}>{c.unit}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.category')}>{c.category}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.parties')}>{c.parties}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.mediators')}>
            {c.mediators.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.result')}>{c.result ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.effectiveOn')}>
            {c.agreementEffectiveOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.confirmationDueOn')}>
            <span data-testid="confirmation-due">{c.confirmationDueOn ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.confirmedOn')}>
            {c.confirmedOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.revisitedOn')}>
            {c.revisitedOn ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Form layout="vertical">
          <Form.Item label={t('mediation.case.step')}>
            <Select
              data-testid="steps"
              value={step}
              onChange={setStep}
              options={MEDIATION_CASE_STEPS.map((s) => ({ value: s, label: t(`mediation.case.steps.${s}`) }))}
            />
          </Form.Item>
        </Form>
        <Form form={form} layout="vertical" onFinish={take.mutate} initialValues={{ on: dayjs() }}>
          <Form.Item name="on" label={t('mediation.case.on')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {step === 'start' ? (
            <Form.Item name="mediators" label={t('mediation.case.mediators')}>
              <Input />
            </Form.Item>
          ) : null}
          {step === 'agree' ? (
            <>
              <Form.Item name="agreementForm" label={t('mediation.case.agreementForm')}>
                <Radio.Group>
                  <Radio value="written">{t('mediation.case.written')}</Radio>
                  <Radio value="oral">{t('mediation.case.oral')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="agreementTerms" label={t('mediation.case.agreementTerms')}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          ) : null}
          <Button type="primary" htmlType="submit" block loading={take.isPending} data-testid="take-step">
            {t(`mediation.case.steps.${step}`)}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
