import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag } from '../../../common/procedure/index.js';
import {
  channelLabel,
  outcomeLabel,
  STATUS_COLOR,
  statusLabel,
} from '../../../common/reconsideration/labels.js';
import { portalCasesApi } from './api.js';
import '../../../common/reconsideration/messages.js';

/** 查询办理进度: a tracking code in, the case's procedural facts out — nothing personal. */
export default function TrackPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const status = useQuery({
    queryKey: ['portal', 'reconsideration', 'track', code],
    queryFn: () => portalCasesApi.track(code.replace(/[-\s]/g, '').toUpperCase()),
    enabled: code !== '',
    retry: false,
  });
  const s = status.data;
  const p = (k: string) => t(`reconsideration.portal.${k}`);
  const f = (k: string) => t(`reconsideration.fields.${k}`);
  return (
    <>
      <Typography.Title level={4}>{p('trackTitle')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form
          layout="inline"
          initialValues={{ code }}
          onFinish={(v: { code: string }) => setParams({ code: v.code.trim() })}
        >
          <Form.Item name="code" rules={[{ required: true, message: p('trackPlaceholder') }]}>
            <Input placeholder={p('trackPlaceholder')} style={{ width: 260 }} allowClear maxLength={20} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {p('trackButton')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {status.error ? <ErrorAlert error={status.error} /> : null}
      {s ? (
        <Card>
          {s.status === 'awaiting_correction' && s.correctionItems ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('reconsideration.portal.correction', {
                due: s.correctionDeadlineOn ?? '',
                items: s.correctionItems,
              })}
            />
          ) : null}
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={f('trackingCode')}>{s.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('reconsideration.columns.caseNumber')}>
              {s.caseNumber}
            </Descriptions.Item>
            <Descriptions.Item label={f('respondent')}>{s.respondent}</Descriptions.Item>
            <Descriptions.Item label={f('channel')}>{channelLabel(s.channel, locale)}</Descriptions.Item>
            <Descriptions.Item label={p('status')}>
              <Tag color={STATUS_COLOR[s.status]} data-testid="track-status">
                {statusLabel(s.status, locale)}
              </Tag>
              {s.clock && s.status !== 'concluded' ? (
                <ClockTag urgency={s.clock.urgency} status={s.clock.status} dueOn={s.clock.dueOn} />
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('reconsideration.columns.receivedOn')}>
              {s.receivedOn}
            </Descriptions.Item>
            {s.acceptedOn ? (
              <Descriptions.Item label={f('acceptedOn')}>{s.acceptedOn}</Descriptions.Item>
            ) : null}
            {s.outcome ? (
              <Descriptions.Item label={f('outcome')}>
                {outcomeLabel(s.outcome, locale)} {s.decisionNumber ?? ''} {s.concludedOn ?? ''}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : null}
    </>
  );
}
