import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Divider, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import type { RegisterRequestBody } from '../../../../common/contracts/disclosure/requests.js';
import { useAuth } from '../../../common/auth.js';
import { PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { APPLICANT_FIELD_NAMES, ApplicantFields } from '../../../common/disclosure/ApplicantFields.js';
import { requestsApi } from './api.js';
import { CHANNEL_FIELD_NAMES, ChannelFields } from './ChannelFields.js';
import { CONTENT_FIELD_NAMES, ContentFields } from '../../../common/disclosure/ContentFields.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import '../../../common/disclosure/messages.js';

const NAMES = ['orgUnitId', ...CHANNEL_FIELD_NAMES, ...APPLICANT_FIELD_NAMES, ...CONTENT_FIELD_NAMES];

/** Staff intake (登记): a request received by letter, in person, by fax or e-mail, entered by its facts. */
export default function RegisterPage() {
  const t = useT();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const departments = useQuery({ queryKey: ['disclosure', 'departments'], queryFn: requestsApi.departments });
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      requestsApi.register(toBody(values) as unknown as RegisterRequestBody),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['disclosure'] });
      message.success(t('disclosure.form.registered', { code: r.trackingCode }));
      navigate(`/disclosure/requests/${r.id}`);
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
  return (
    <>
      <PageHeader title={t('disclosure.form.title')} subTitle={t('disclosure.form.subtitle')} />
      <Card>
        <Form
          form={form}
          layout="vertical"
          disabled={save.isPending}
          initialValues={{
            orgUnitId: user?.orgUnit?.id,
            channel: 'letter',
            mailKind: 'registered',
            arrivedOn: dayjs(),
            signedOn: dayjs(),
            applicantType: 'natural_person',
            applicantIdType: 'resident_id',
            deliveryMethod: 'paper_mail',
          }}
          onFinish={(v) => save.mutate(v)}
          scrollToFirstError
        >
          <Divider titlePlacement="start">{t('disclosure.form.sectionReceipt')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item
                name="orgUnitId"
                label={t('disclosure.fields.orgUnitId')}
                rules={[{ required: true, message: t('disclosure.form.required.orgUnitId') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('disclosure.form.select')}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <ChannelFields />
          <Divider titlePlacement="start">{t('disclosure.form.sectionApplicant')}</Divider>
          <ApplicantFields />
          <Divider titlePlacement="start">{t('disclosure.form.sectionContent')}</Divider>
          <ContentFields />
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('disclosure.form.submit')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => navigate('/disclosure/requests')}>
            {t('disclosure.form.cancel')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
