import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import type { PortalApplicationInput } from '../../../../common/contracts/reconsideration.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { actTypeOptions, applicantTypeOptions } from '../../../common/reconsideration/labels.js';
import { portalCasesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

const NAMES = [
  'applicantType',
  'applicantName',
  'applicantIdNumber',
  'applicantPhone',
  'applicantAddress',
  'respondentUnitId',
  'actType',
  'actDescription',
  'actDocumentNumber',
  'actOn',
  'actKnownOn',
  'actAmountYuan',
  'actOnTheSpot',
  'disclosureTrackingCode',
  'requestText',
  'reasons',
];

/** 网上申请行政复议 (第二十二条): the application's fields; a tracking code and the case number come back. */
export default function ApplyPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const respondents = useQuery({
    queryKey: ['portal', 'reconsideration', 'respondents'],
    queryFn: portalCasesApi.respondents,
  });
  const submit = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      portalCasesApi.submit(toBody(values) as unknown as PortalApplicationInput),
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
  const f = (k: string) => t(`reconsideration.fields.${k}`);
  const required = [{ required: true, message: t('reconsideration.transition.required') }];
  const p = (k: string) => t(`reconsideration.portal.${k}`);
  if (submit.data)
    return (
      <Result
        status="success"
        title={p('submittedTitle')}
        subTitle={
          <span data-testid="submitted">
            {t('reconsideration.portal.submittedBody', {
              code: submit.data.trackingCode,
              number: submit.data.caseNumber,
              due: submit.data.reviewDueOn ?? '',
            })}
          </span>
        }
        extra={
          <Link to={`/reconsideration/track?code=${encodeURIComponent(submit.data.trackingCode)}`}>
            <Button type="primary">{p('track')}</Button>
          </Link>
        }
      />
    );
  const item = (name: string, control: React.ReactNode, extra: object = {}, span = 12) => (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={f(name)} {...extra}>
        {control}
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Typography.Title level={4}>{p('applyTitle')}</Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={p('notice')} />
      <Card>
        {submit.error && !(submit.error as { fields?: unknown[] }).fields?.length ? (
          <ErrorAlert error={submit.error} />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          disabled={submit.isPending}
          initialValues={{ applicantType: 'natural_person', actType: 'penalty', actOnTheSpot: false }}
          onFinish={(v) => submit.mutate(v)}
          scrollToFirstError
        >
          <Row gutter={16}>
            {item('applicantType', <Select options={applicantTypeOptions(locale)} />, { rules: required }, 8)}
            {item('applicantName', <Input maxLength={100} />, { rules: required }, 8)}
            {item('applicantPhone', <Input maxLength={30} />, { rules: required }, 8)}
            {item('applicantIdNumber', <Input maxLength={30} />)}
            {item('applicantAddress', <Input maxLength={200} />)}
            {item(
              'respondentUnitId',
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={respondents.isPending}
                placeholder={t('reconsideration.transition.select')}
                options={(respondents.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
              />,
              { rules: required },
            )}
            {item('actType', <Select options={actTypeOptions(locale)} />, { rules: required })}
            {item('actDescription', <Input.TextArea rows={2} maxLength={500} />, { rules: required }, 24)}
            {item('actDocumentNumber', <Input maxLength={100} />, {}, 8)}
            {item('actOn', <DatePicker style={{ width: '100%' }} />, {}, 8)}
            {item('actKnownOn', <DatePicker style={{ width: '100%' }} />, { rules: required }, 8)}
            {item(
              'actAmountYuan',
              <InputNumber min={0} precision={2} suffix="元" style={{ width: '100%' }} />,
              {},
              8,
            )}
            {item('actOnTheSpot', <Switch />, { valuePropName: 'checked' }, 8)}
            {item('disclosureTrackingCode', <Input maxLength={20} placeholder="XXXX-XXXX-XXXX" />, {}, 8)}
            {item(
              'requestText',
              <Input.TextArea rows={3} maxLength={2000} showCount />,
              { rules: required },
              24,
            )}
            {item('reasons', <Input.TextArea rows={4} maxLength={5000} showCount />, {}, 24)}
          </Row>
          <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
            {p('submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
