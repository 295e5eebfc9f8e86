import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import type { RegisterCaseInput } from '../../../../common/contracts/reconsideration.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  APPLICATION_DEFAULTS,
  APPLICATION_FIELD_NAMES,
  ApplicationFields,
} from '../../../common/reconsideration/ApplicationFields.js';
import { channelOptions } from '../../../common/reconsideration/labels.js';
import { casesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

const NAMES = [...APPLICATION_FIELD_NAMES, 'channel', 'receivedOn', 'oralRecord'];

/** 登记行政复议申请: a written application in person or by post, or an oral one recorded on the spot (第二十二条). */
export default function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const channel = Form.useWatch('channel', form);
  const register = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      casesApi.register(toBody(values) as unknown as RegisterCaseInput),
    onSuccess: (c) => navigate(`/reconsideration/cases/${c.id}`, { replace: true }),
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
  const required = [{ required: true, message: t('reconsideration.transition.required') }];
  return (
    <>
      <PageHeader title={t('reconsideration.list.new')} subTitle={t('reconsideration.list.newHint')} />
      <Card>
        {register.error && !(register.error as { fields?: unknown[] }).fields?.length ? (
          <ErrorAlert error={register.error} />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          disabled={register.isPending}
          initialValues={{ ...APPLICATION_DEFAULTS, channel: 'in_person', receivedOn: dayjs() }}
          onFinish={(v) => register.mutate(v)}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="channel" label={t('reconsideration.fields.channel')} rules={required}>
                <Select options={channelOptions(locale).filter((o) => o.value !== 'online')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="receivedOn" label={t('reconsideration.columns.receivedOn')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {channel === 'oral' ? (
            <Form.Item
              name="oralRecord"
              label={t('reconsideration.fields.oralRecord')}
              rules={required}
              extra={t('reconsideration.list.oralHint')}
            >
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
          ) : null}
          <ApplicationFields />
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('reconsideration.list.new')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
