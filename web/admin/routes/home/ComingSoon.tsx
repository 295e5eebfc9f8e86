import { Card, Result, Typography } from 'antd';
import { Link } from 'react-router';
import type { Role } from '../../../common/auth.js';
import { useT } from '../../../common/i18n.js';

/** The home of a role whose module has not landed (mediator, legal adviser): what is coming, not empty ledgers. */
export function ComingSoon({ role }: { role: Extract<Role, 'mediator' | 'legal_adviser'> }) {
  const t = useT();
  return (
    <Card>
      <Result
        status="info"
        title={t('admin.homes.coming.title')}
        subTitle={
          <Typography.Paragraph style={{ maxWidth: 640, margin: '0 auto' }}>
            {t(`admin.homes.coming.${role}`)}
          </Typography.Paragraph>
        }
        extra={
          <div style={{ textAlign: 'left', display: 'inline-block' }}>
            <Typography.Text strong>{t('admin.homes.coming.meanwhile')}</Typography.Text>
            <ul>
              <li>
                <Link to="/calendar">{t('admin.homes.coming.calendar')}</Link>
              </li>
              <li>
                <a href="/portal" target="_blank" rel="noopener">
                  {t('admin.homes.coming.portal')}
                </a>
              </li>
            </ul>
          </div>
        }
      />
    </Card>
  );
}
