import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { groupCode, portalRequestsApi } from './api.js';
import './messages.js';

const CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;
const STATUS_COLOR: Record<string, string> = {
  registered: 'blue',
  awaiting_correction: 'orange',
  consulting: 'purple',
  awaiting_fee: 'gold',
  concluded: 'green',
};

/** 申请查询: a tracking code in, the status, dates and outcome out — nothing personal, nothing of others. */
export default function TrackPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const status = useQuery({
    queryKey: ['portal', 'disclosure', 'track', code],
    queryFn: () => portalRequestsApi.track(code.replace(/[-\s]/g, '').toUpperCase()),
    enabled: code !== '',
    retry: false,
  });
  const s = status.data;
  return (
    <>
      <Typography.Title level={4}>{t('disclosure.portal.trackTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('disclosure.portal.trackIntro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form
          layout="inline"
          initialValues={{ code }}
          onFinish={(v: { code: string }) => setParams({ code: v.code.trim() })}
        >
          <Form.Item
            name="code"
            label={t('disclosure.portal.code')}
            rules={[
              {
                validator: async (_: unknown, v?: string) => {
                  const plain = (v ?? '').replace(/[-\s]/g, '').toUpperCase();
                  if (!plain) throw new Error(t('disclosure.portal.codeRequired'));
                  if (!CODE.test(plain)) throw new Error(t('disclosure.portal.codeInvalid'));
                },
              },
            ]}
          >
            <Input placeholder="XXXX-XXXX-XXXX" style={{ width: 260 }} allowClear maxLength={20} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('disclosure.portal.query')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {status.error ? <ErrorAlert error={status.error} /> : null}
      {s ? (
        <Card
          title={t('disclosure.portal.resultTitle', { code: groupCode(s.trackingCode) })}
          data-testid="track-result"
        >
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 160 } }}>
            <Descriptions.Item label={t('disclosure.portal.department')}>{s.department}</Descriptions.Item>
            <Descriptions.Item label={t('disclosure.portal.status')}>
              <Tag color={STATUS_COLOR[s.status]}>{s.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('disclosure.portal.receivedOn')}>{s.receivedOn}</Descriptions.Item>
            {s.status !== 'concluded' ? (
              <Descriptions.Item label={t('disclosure.portal.dueOn')}>
                <div>{s.dueOn ?? t('disclosure.portal.dueSuspended')}</div>
                {s.dueExplanation ? (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
                    {s.dueExplanation}
                  </Typography.Text>
                ) : null}
              </Descriptions.Item>
            ) : (
              <>
                <Descriptions.Item label={t('disclosure.portal.concludedOn')}>
                  {s.concludedOn ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('disclosure.portal.outcome')}>
                  {s.outcomeLabel ?? '—'}
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
          {s.status === 'awaiting_correction' ? (
            <Typography.Paragraph type="warning" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('disclosure.portal.correctionHint')}
            </Typography.Paragraph>
          ) : null}
          {s.status === 'concluded' ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('disclosure.portal.remedies')}
            </Typography.Paragraph>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
