import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Divider, Form, Row, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { PortalRequestBody } from '../../../../common/contracts/disclosure/requests.js';
import { APPLICANT_FIELD_NAMES, ApplicantFields } from '../../../common/disclosure/ApplicantFields.js';
import { CONTENT_FIELD_NAMES, ContentFields } from '../../../common/disclosure/ContentFields.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { portalRequestsApi } from './api.js';
import './messages.js';

const NAMES = ['orgUnitId', ...APPLICANT_FIELD_NAMES, ...CONTENT_FIELD_NAMES];

/** What happens after submitting (条例 第三十条、第三十一条第（三）项、第三十三条), said before the form. */
function Notice() {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('disclosure.portal.noticeTitle')}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {(['received', 'reply', 'correction', 'track', 'privacy'] as const).map((k) => (
            <li key={k}>{t(`disclosure.portal.notice.${k}`)}</li>
          ))}
        </ol>
      }
    />
  );
}

/** 网上申请: the fields of 条例 第二十九条, checked here as the server checks them; a tracking code comes back. */
export default function ApplyPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const departments = useQuery({
    queryKey: ['portal', 'disclosure', 'departments'],
    queryFn: portalRequestsApi.departments,
  });
  const submit = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const { agree: _agree, ...rest } = values;
      return portalRequestsApi.submit(toBody(rest) as unknown as PortalRequestBody);
    },
    onSuccess: (result) => navigate('/disclosure/apply/submitted', { state: result, replace: true }),
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
  return (
    <>
      <Typography.Title level={4}>{t('disclosure.portal.applyTitle')}</Typography.Title>
      <Notice />
      <Card>
        {submit.error && !(submit.error as { fields?: unknown[] }).fields?.length ? (
          <ErrorAlert error={submit.error} />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          disabled={submit.isPending}
          initialValues={{
            applicantType: 'natural_person',
            applicantIdType: 'resident_id',
            deliveryMethod: 'email',
          }}
          onFinish={(v) => submit.mutate(v)}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="orgUnitId"
                label={t('disclosure.portal.department')}
                extra={t('disclosure.portal.departmentHint')}
                rules={[{ required: true, message: t('disclosure.portal.departmentRequired') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={departments.isPending}
                  placeholder={t('disclosure.form.select')}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('disclosure.form.sectionApplicant')}</Divider>
          <ApplicantFields emailForEmailDelivery />
          <Divider titlePlacement="start">{t('disclosure.form.sectionContent')}</Divider>
          <ContentFields />
          <Form.Item
            name="agree"
            valuePropName="checked"
            rules={[
              {
                validator: async (_: unknown, v: boolean) => {
                  if (!v) throw new Error(t('disclosure.portal.agreeRequired'));
                },
              },
            ]}
          >
            <Checkbox>{t('disclosure.portal.agree')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
            {t('disclosure.portal.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
