import { FileSearchOutlined, FormOutlined, SearchOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../common/i18n.js';
import './messages.js';

function Entry({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} style={{ display: 'block', height: '100%' }}>
      <Card hoverable style={{ height: '100%' }}>
        <div style={{ fontSize: 32, color: '#b83227', marginBottom: 8 }}>{icon}</div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {text}
        </Typography.Paragraph>
      </Card>
    </Link>
  );
}

/** 政务公开: the catalogue of what is published, applying for what is not, and tracking an application. */
export default function LandingPage() {
  const t = useT();
  return (
    <>
      <Typography.Title level={4}>{t('disclosure.portal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('disclosure.portal.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Entry
            to="/disclosure/catalogue"
            icon={<FileSearchOutlined />}
            title={t('disclosure.portal.proactive')}
            text={t('disclosure.portal.proactiveText')}
          />
        </Col>
        <Col xs={24} md={8}>
          <Entry
            to="/disclosure/apply"
            icon={<FormOutlined />}
            title={t('disclosure.portal.apply')}
            text={t('disclosure.portal.applyText')}
          />
        </Col>
        <Col xs={24} md={8}>
          <Entry
            to="/disclosure/track"
            icon={<SearchOutlined />}
            title={t('disclosure.portal.track')}
            text={t('disclosure.portal.trackText')}
          />
        </Col>
      </Row>
    </>
  );
}
