import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { CATEGORIES, CATEGORY_TEXT, OUTCOME_TEXT } from '../../../../common/contracts/petitions.js';
import { pickText } from '../../../../common/text/localized.js';
import type { PortalPetitionBody } from '../../../../common/contracts/petitions.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { defineMessages, useLocale, useT } from '../../../common/i18n.js';

defineMessages(
  'petitionsPortal',
  {
    title: '网上信访',
    intro:
      '您可以在此提出建议意见、检举控告或申诉求决。有关机关将在15日内告知您受理情况；请保存查询码以便查询办理进度。',
    submit: '提交',
    submitted: '已提交。您的查询码：{code}（请妥善保存）',
    track: '办理进度查询',
    code: '查询码',
    query: '查询',
    fields: {
      category: '类别',
      petitionerName: '姓名',
      petitionerPhone: '联系电话',
      petitionerAddress: '通信地址',
      subject: '信访事项',
      content: '请求、事实和理由',
    },
    result: {
      status: '办理状态',
      unit: '承办机关',
      receivedOn: '收到日期',
      noticeOn: '告知日期',
      answeredOn: '处理意见日期',
      outcome: '处理意见',
      petitioner: '信访人',
    },
    required: '请填写此项',
    litigation: '依法应当通过诉讼、仲裁、行政复议等途径解决的事项，请依照有关法律规定提出。',
  },
  {
    title: 'Online petitions',
    intro:
      'Make a suggestion, report a wrong or appeal here. The organ concerned tells you within 15 days how your petition is received; keep the tracking code to follow it.',
    submit: 'Submit',
    submitted: 'Submitted. Your tracking code: {code} (keep it)',
    track: 'Track a petition',
    code: 'Tracking code',
    query: 'Search',
    fields: {
      category: 'Category',
      petitionerName: 'Name',
      petitionerPhone: 'Phone',
      petitionerAddress: 'Address',
      subject: 'Subject',
      content: 'Request, facts and reasons',
    },
    result: {
      status: 'Status',
      unit: 'Handling organ',
      receivedOn: 'Received',
      noticeOn: 'Notified',
      answeredOn: 'Opinion issued',
      outcome: 'Opinion',
      petitioner: 'Petitioner',
    },
    required: 'Required',
    litigation:
      'Matters for litigation, arbitration or administrative reconsideration go through those procedures.',
  },
);

interface Tracked {
  trackingCode: string;
  receivedOn: string;
  status: string;
  statusLabel: string;
  handlingUnit: string;
  noticeOn: string | null;
  answeredOn: string | null;
  outcome: string | null;
  petitioner: string;
}

function SubmitCard() {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm();
  const send = useMutation({
    mutationFn: (body: PortalPetitionBody) => api.post<{ trackingCode: string }>('/portal/petitions', body),
    onError: (e) => form.setFields(fieldErrorsFor(e, Object.keys(form.getFieldsValue()))),
  });
  const f = (k: string) => t(`petitionsPortal.fields.${k}`);
  const required = [{ required: true, message: t('petitionsPortal.required') }];
  return (
    <Card title={t('petitionsPortal.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('petitionsPortal.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('petitionsPortal.litigation')}</Typography.Paragraph>
      {send.data ? (
        <Alert
          type="success"
          showIcon
          data-testid="petition-code"
          message={t('petitionsPortal.submitted', { code: send.data.trackingCode })}
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v: PortalPetitionBody) => send.mutate(v)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item name="category" label={f('category')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              options={CATEGORIES.map((c) => ({ value: c, label: pickText(CATEGORY_TEXT[c], locale) }))}
            />
          </Form.Item>
          <Form.Item name="petitionerName" label={f('petitionerName')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="petitionerPhone" label={f('petitionerPhone')}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
          <Form.Item name="petitionerAddress" label={f('petitionerAddress')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="subject" label={f('subject')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="content" label={f('content')} rules={required}>
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
          {send.error && !fieldErrorsFor(send.error, ['content']).length ? (
            <ErrorAlert error={send.error} />
          ) : null}
          <Button type="primary" htmlType="submit" loading={send.isPending} block>
            {t('petitionsPortal.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function TrackCard() {
  const t = useT();
  const { locale } = useLocale();
  const [code, setCode] = useState('');
  const tracked = useQuery({
    queryKey: ['portal', 'petitions', code],
    queryFn: () => api.get<Tracked>(`/portal/petitions/${encodeURIComponent(code)}`),
    enabled: code !== '',
    retry: false,
  });
  const r = (k: string) => t(`petitionsPortal.result.${k}`);
  const s = tracked.data;
  return (
    <Card title={t('petitionsPortal.track')}>
      <Form layout="vertical" onFinish={(v: { code: string }) => setCode(v.code.trim().toUpperCase())}>
        <Form.Item
          name="code"
          label={t('petitionsPortal.code')}
          rules={[{ required: true, message: t('petitionsPortal.required') }]}
        >
          <Input maxLength={20} allowClear />
        </Form.Item>
        <Button htmlType="submit" block>
          {t('petitionsPortal.query')}
        </Button>
      </Form>
      {tracked.error ? <ErrorAlert error={tracked.error} style={{ marginTop: 16 }} /> : null}
      {s ? (
        <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }} data-testid="petition-track">
          <Descriptions.Item label={r('status')}>{s.statusLabel}</Descriptions.Item>
          <Descriptions.Item label={r('petitioner')}>{s.petitioner}</Descriptions.Item>
          <Descriptions.Item label={r('unit')}>{s.handlingUnit}</Descriptions.Item>
          <Descriptions.Item label={r('receivedOn')}>{s.receivedOn}</Descriptions.Item>
          {s.noticeOn ? <Descriptions.Item label={r('noticeOn')}>{s.noticeOn}</Descriptions.Item> : null}
          {s.answeredOn ? (
            <Descriptions.Item label={r('answeredOn')}>{s.answeredOn}</Descriptions.Item>
          ) : null}
          {s.outcome ? (
            <Descriptions.Item label={r('outcome')}>
              {pickText(OUTCOME_TEXT[s.outcome as keyof typeof OUTCOME_TEXT] ?? s.outcome, locale)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
    </Card>
  );
}

/** 网上信访: submit a petition (信息网络渠道) and follow it with the tracking code; nothing personal comes back. */
export default function PetitionPage() {
  return (
    <>
      <SubmitCard />
      <TrackCard />
    </>
  );
}
