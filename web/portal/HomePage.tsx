import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DueCalculator } from '../common/components/index.js';
import { useLocale, useT } from '../common/i18n.js';
import { NavIcon } from '../common/icons.js';
import { type PortalNavEntry, useDepartments } from './portal-shell.js';

function Departments() {
  const t = useT();
  const departments = useDepartments();
  // The list is a courtesy; when it cannot be had the section is simply left out.
  if (!departments.data?.length) return null;
  return (
    <Card title={t('portal.departments')} style={{ marginTop: 16 }}>
      <Space size={[8, 8]} wrap>
        {departments.data.map((d) => (
          <Tag key={d.id}>{d.name}</Tag>
        ))}
      </Space>
    </Card>
  );
}

/** 门户首页: what the district publishes (one card per public section) and the 期限计算 tool. */
export function HomePage({ nav }: { nav: PortalNavEntry[] }) {
  const t = useT();
  const { label } = useLocale();
  return (
    <>
      <Typography.Title level={4}>{t('portal.welcome')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.intro')}</Typography.Paragraph>
      <Card title={t('portal.sections')} style={{ marginBottom: 16 }}>
        {nav.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noSections')} />
        ) : (
          <Row gutter={[16, 16]}>
            {nav.map((n) => (
              <Col key={n.path} xs={24} sm={12} lg={6}>
                <Link to={n.path}>
                  <Card hoverable size="small">
                    <Space>
                      <span style={{ fontSize: 22, color: '#b83227' }}>
                        <NavIcon name={n.icon} />
                      </span>
                      <Typography.Text strong>{label(n.label)}</Typography.Text>
                    </Space>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <DueCalculator />
      <Departments />
    </>
  );
}
