import { Button, Descriptions, Result, Typography } from 'antd';
import { Link, Navigate, useLocation } from 'react-router';
import type { PortalSubmissionResult } from '../../../../common/contracts/disclosure/requests.js';
import { useT } from '../../../common/i18n.js';
import { groupCode } from './api.js';
import './messages.js';

/** The confirmation: the tracking code to keep (copyable), the receipt date, the reply due date. */
export default function SubmittedPage() {
  const t = useT();
  const result = useLocation().state as PortalSubmissionResult | null;
  if (!result?.trackingCode) return <Navigate to="/disclosure/track" replace />;
  const code = groupCode(result.trackingCode);
  return (
    <Result
      status="success"
      title={t('disclosure.portal.submittedTitle')}
      subTitle={t('disclosure.portal.submittedText')}
      extra={[
        <Link key="track" to={`/disclosure/track?code=${encodeURIComponent(result.trackingCode)}`}>
          <Button type="primary">{t('disclosure.portal.trackNow')}</Button>
        </Link>,
        <Link key="home" to="/disclosure">
          <Button>{t('disclosure.portal.back')}</Button>
        </Link>,
      ]}
    >
      <div style={{ textAlign: 'center', marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('disclosure.portal.yourCode')}</Typography.Text>
        <Typography.Title
          level={2}
          copyable={{ text: code }}
          style={{ margin: '4px 0', letterSpacing: 4 }}
          data-testid="tracking-code"
        >
          {code}
        </Typography.Title>
        <Typography.Text type="warning">{t('disclosure.portal.keepCode')}</Typography.Text>
      </div>
      <Descriptions column={1} bordered size="small" style={{ maxWidth: 560, margin: '0 auto' }}>
        <Descriptions.Item label={t('disclosure.portal.department')}>{result.department}</Descriptions.Item>
        <Descriptions.Item label={t('disclosure.portal.receivedOn')}>{result.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('disclosure.portal.dueOn')}>{result.dueOn ?? '—'}</Descriptions.Item>
      </Descriptions>
    </Result>
  );
}
