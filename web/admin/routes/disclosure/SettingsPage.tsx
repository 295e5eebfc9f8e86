import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Select, Spin } from 'antd';
import { useEffect } from 'react';
import type { DisclosureSettingsBody } from '../../../../common/contracts/disclosure/settings.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { feeMethodOptions } from '../../../common/disclosure/labels.js';
import { formatChinaTime } from '../../../common/format.js';
import { showFieldErrors } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { settingsApi } from './api.js';
import './settings-messages.js';

const KEY = ['disclosure', 'settings'];

/** 政务公开参数: the coordinator sets the district's fee method (国办函〔2020〕109号 第三条). */
export default function SettingsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DisclosureSettingsBody>();
  const settings = useQuery({ queryKey: KEY, queryFn: settingsApi.get });
  useEffect(() => {
    if (settings.data?.feeMethod) form.setFieldsValue({ feeMethod: settings.data.feeMethod });
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (body: DisclosureSettingsBody) => settingsApi.put(body, settings.data?.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      message.success(t('disclosureSettings.saved'));
    },
    onError: (error) => showFieldErrors(form, error, ['feeMethod']),
  });
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Spin />;
  const editable = can('disclosure.manage_settings');
  const { isSet, updatedAt } = settings.data;
  return (
    <>
      <PageHeader title={t('disclosureSettings.title')} subTitle={t('disclosureSettings.subtitle')} />
      <Card style={{ maxWidth: 720 }}>
        <Alert
          type={isSet ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            isSet && updatedAt
              ? t('disclosureSettings.updatedAt', { at: formatChinaTime(updatedAt) })
              : t('disclosureSettings.unset')
          }
        />
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Form form={form} layout="vertical" disabled={!editable} onFinish={(v) => save.mutate(v)}>
          <Form.Item
            name="feeMethod"
            label={t('disclosureSettings.feeMethod')}
            extra={t('disclosureSettings.feeMethodHelp')}
            rules={[{ required: true, message: t('disclosureSettings.required') }]}
          >
            <Select options={feeMethodOptions(locale)} style={{ width: 220 }} />
          </Form.Item>
          {editable ? (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('disclosureSettings.save')}
            </Button>
          ) : null}
        </Form>
      </Card>
    </>
  );
}
