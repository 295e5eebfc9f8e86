import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Spin } from 'antd';
import { useEffect } from 'react';
import type { EnforcementSettingsBody } from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { formatChinaTime } from '../../../../common/format.js';
import { registryApi } from './api.js';
import { showFieldErrors } from '../../../../common/forms.js';
import { useRT } from './i18n.js';

/** The settings in form order; each has a one-line explanation citing its basis (decision 0011 §4). */
const AMOUNTS = [
  'majorAmountPerson',
  'majorAmountOrganisation',
  'hearingAmountPerson',
  'hearingAmountOrganisation',
] as const;
const NAMES = [...AMOUNTS, 'filingDays', 'statementWorkingDays'];

/** 执法参数: the coordinator's thresholds for major decisions and hearings, and the filing period. */
export function SettingsTab() {
  const rt = useRT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EnforcementSettingsBody>();
  const settings = useQuery({
    queryKey: ['enforcement', 'registry', 'settings'],
    queryFn: registryApi.settings,
  });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (body: EnforcementSettingsBody) => registryApi.putSettings(body, settings.data?.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'settings'] });
      message.success(rt('saved'));
    },
    onError: (error) => showFieldErrors(form, error, NAMES),
  });
  const editable = can('enforcement.manage_bodies');
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Spin />;
  const required = { required: true, message: rt('required') };

  return (
    <div style={{ maxWidth: 720 }}>
      <Alert
        type={settings.data.isSet ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={
          settings.data.isSet && settings.data.updatedAt
            ? rt('settings.updatedAt', { at: formatChinaTime(settings.data.updatedAt) })
            : rt('settings.defaults')
        }
      />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" disabled={!editable} onFinish={(v) => save.mutate(v)}>
        {AMOUNTS.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={rt(`settings.${name}`)}
            extra={rt(`settings.help.${name}`)}
            rules={[required]}
          >
            <InputNumber
              min={0}
              step={1000}
              precision={2}
              style={{ width: 220 }}
              suffix={rt('settings.yuan')}
            />
          </Form.Item>
        ))}
        <Form.Item
          name="filingDays"
          label={rt('settings.filingDays')}
          extra={rt('settings.help.filingDays')}
          rules={[required]}
        >
          <InputNumber min={1} max={90} precision={0} style={{ width: 220 }} suffix={rt('settings.days')} />
        </Form.Item>
        <Form.Item
          name="statementWorkingDays"
          label={rt('settings.statementWorkingDays')}
          extra={rt('settings.help.statementWorkingDays')}
          rules={[required]}
        >
          <InputNumber
            min={1}
            max={30}
            precision={0}
            style={{ width: 220 }}
            suffix={rt('settings.workingDays')}
          />
        </Form.Item>
        {editable ? (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {rt('settings.save')}
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
