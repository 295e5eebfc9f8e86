import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { CATEGORIES, CHANNELS } from '../../../../common/contracts/petitions.js';
import { useAuth } from '../../../common/auth.js';
import { PageHeader } from '../../../common/components/index.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { petitionsApi } from './api.js';
import { categoryLabel, channelLabel, options } from './labels.js';
import './messages.js';

const NAMES = [
  'intakeUnitId',
  'channel',
  'category',
  'receivedOn',
  'petitionerName',
  'petitionerPhone',
  'petitionerAddress',
  'representatives',
  'peopleCount',
  'subject',
  'content',
];

/** 登记: a petition received by letter, visit, phone or fax, entered by its facts (works on a phone). */
export default function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const channel = Form.useWatch('channel', form);
  const units = useQuery({ queryKey: ['petitions', 'units'], queryFn: petitionsApi.departments });
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => petitionsApi.register(toBody(values)),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
      message.success(t('petitions.form.registered', { number: p.number }));
      navigate(`/petitions/${p.id}`);
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
  const f = (k: string) => t(`petitions.form.${k}`);
  const required = [{ required: true, message: t('petitions.step.required') }];
  const half = { xs: 24, md: 12 };
  return (
    <>
      <PageHeader title={f('title')} subTitle={f('subtitle')} />
      <Card>
        <Form
          form={form}
          layout="vertical"
          disabled={save.isPending}
          initialValues={{
            intakeUnitId: user?.orgUnit?.id,
            channel: 'letter',
            receivedOn: dayjs(),
            representatives: 0,
            peopleCount: 1,
          }}
          onFinish={(v) => save.mutate(v)}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="intakeUnitId" label={f('intakeUnitId')} rules={required}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="receivedOn" label={f('receivedOn')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="channel" label={f('channel')} rules={required}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={options(CHANNELS, channelLabel, locale)}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="category" label={f('category')} rules={required}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={options(CATEGORIES, categoryLabel, locale)}
                />
              </Form.Item>
            </Col>
            {channel === 'visit' ? (
              <>
                <Col xs={12} md={6}>
                  <Form.Item name="peopleCount" label={f('peopleCount')}>
                    <InputNumber min={1} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name="representatives"
                    label={f('representatives')}
                    extra={f('representativesHint')}
                  >
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col {...half}>
              <Form.Item name="petitionerName" label={f('petitionerName')} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="petitionerPhone" label={f('petitionerPhone')}>
                <Input maxLength={30} inputMode="tel" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="petitionerAddress" label={f('petitionerAddress')}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="subject" label={f('subject')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="content" label={f('content')} rules={required}>
                <Input.TextArea rows={5} maxLength={4000} showCount />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {f('submit')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => navigate('/petitions')}>
            {f('cancel')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
