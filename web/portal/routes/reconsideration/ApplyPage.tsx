import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Result, Typography } from 'antd';
import { Link } from 'react-router';
import type { PortalApplicationInput } from '../../../../common/contracts/reconsideration.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { showFieldErrors, toBody } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import {
  APPLICATION_DEFAULTS,
  APPLICATION_FIELD_NAMES,
  ApplicationFields,
} from '../../../common/reconsideration/ApplicationFields.js';
import { portalCasesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

/** 网上申请行政复议 (第二十二条): the application's fields; a tracking code and the case number come back. */
export default function ApplyPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      portalCasesApi.submit(toBody(values) as unknown as PortalApplicationInput),
    onError: (error) => {
      if (!showFieldErrors(form, error, APPLICATION_FIELD_NAMES))
        message.error(error instanceof Error ? error.message : String(error));
    },
  });
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
          initialValues={APPLICATION_DEFAULTS}
          onFinish={(v) => submit.mutate(v)}
          scrollToFirstError
        >
          <ApplicationFields />
          <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
            {p('submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
