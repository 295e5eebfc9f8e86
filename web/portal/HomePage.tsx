import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, List, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PublicCataloguePage } from '../../common/contracts/disclosure/proactive.js';
import type { PublicDecisionPage } from '../../common/contracts/enforcement/publication.js';
import { api } from '../common/api.js';
import { DueCalculator } from '../common/components/index.js';
import { useT } from '../common/i18n.js';
import { NavIcon } from '../common/icons.js';
import { type PortalNavEntry, useDepartments } from './portal-shell.js';
import { PortalSearchBox } from './SearchPage.js';

const LATEST = 6;

/** The direct services, each shown when its module is in the portal (its section is in the menu). */
const SERVICES = [
  { key: 'apply', to: '/disclosure/apply', section: '/disclosure', icon: 'FormOutlined' },
  { key: 'track', to: '/disclosure/track', section: '/disclosure', icon: 'FileSearchOutlined' },
  { key: 'powers', to: '/powers', section: '/powers', icon: 'UnorderedListOutlined' },
  { key: 'decisions', to: '/enforcement', section: '/enforcement', icon: 'AuditOutlined' },
  { key: 'catalogue', to: '/disclosure/catalogue', section: '/disclosure', icon: 'FolderOpenOutlined' },
] as const;

function Services({ sections }: { sections: Set<string> }) {
  const t = useT();
  return (
    <Row gutter={[12, 12]} style={{ marginTop: 20 }}>
      {SERVICES.filter((s) => sections.has(s.section)).map((s) => (
        <Col key={s.key} xs={12} md={8} lg={{ flex: '20%' }}>
          <Link to={s.to} data-testid={`service-${s.key}`}>
            <Card hoverable size="small" style={{ height: '100%' }}>
              <Flex gap={12} align="center">
                <span style={{ fontSize: 26, color: '#b83227' }}>
                  <NavIcon name={s.icon} />
                </span>
                <div>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {t(`portal.services.${s.key}`)}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t(`portal.services.${s.key}Text`)}</Typography.Text>
                </div>
              </Flex>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

interface Latest {
  id: string;
  title: string;
  by: string;
  on: string | null;
  to: string;
}

function LatestList({ title, more, rows }: { title: string; more: string; rows: Latest[] | undefined }) {
  const t = useT();
  return (
    <Card title={title} extra={<Link to={more}>{t('portal.more')}</Link>} style={{ height: '100%' }}>
      <List
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        locale={{ emptyText: t('portal.nothingYet') }}
        renderItem={(r) => (
          <List.Item
            extra={
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {r.on}
              </Typography.Text>
            }
          >
            <Typography.Text ellipsis={{ tooltip: r.title }} style={{ maxWidth: '100%' }}>
              <Link to={r.to}>{r.title}</Link>
              <Typography.Text type="secondary"> · {r.by}</Typography.Text>
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 最新执法公示 and 最新主动公开, side by side, each from its module's public list (newest first). */
function LatestSections({ sections }: { sections: Set<string> }) {
  const t = useT();
  const hasDecisions = sections.has('/enforcement');
  const hasCatalogue = sections.has('/disclosure');
  const decisions = useQuery({
    queryKey: ['portal', 'home', 'decisions'],
    queryFn: () => api.get<PublicDecisionPage>('/portal/enforcement/decisions', { pageSize: LATEST }),
    enabled: hasDecisions,
  });
  const catalogue = useQuery({
    queryKey: ['portal', 'home', 'catalogue'],
    queryFn: () => api.get<PublicCataloguePage>('/portal/disclosure/catalogue', { pageSize: LATEST }),
    enabled: hasCatalogue,
  });
  const cards: { key: string; card: ReactNode }[] = [];
  if (hasDecisions)
    cards.push({
      key: 'decisions',
      card: (
        <LatestList
          title={t('portal.latestDecisions')}
          more="/enforcement"
          rows={decisions.data?.items.map((d) => ({
            id: d.id,
            title: d.cause,
            by: d.orgUnitName,
            on: d.publishedOn,
            to: `/enforcement/decisions/${d.id}`,
          }))}
        />
      ),
    });
  if (hasCatalogue)
    cards.push({
      key: 'catalogue',
      card: (
        <LatestList
          title={t('portal.latestDisclosures')}
          more="/disclosure/catalogue"
          rows={catalogue.data?.items.map((i) => ({
            id: i.id,
            title: i.title,
            by: i.department.name,
            on: i.publishedOn,
            to: `/disclosure/catalogue/${i.id}`,
          }))}
        />
      ),
    });
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} lg={12}>
          {c.card}
        </Col>
      ))}
    </Row>
  );
}

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

/**
 * 门户首页 in the government-portal manner: one search box across the public sections, the direct services
 * (申请公开, 进度查询, …), the latest 执法公示 and 主动公开, then the 期限计算 tool and the district's bodies.
 */
export function HomePage({ nav }: { nav: PortalNavEntry[] }) {
  const t = useT();
  const sections = new Set(nav.map((n) => n.path));
  return (
    <>
      <Card style={{ background: 'linear-gradient(180deg, #fff7f0, #fff)', borderColor: '#f3d9c9' }}>
        <Typography.Title level={3} style={{ marginTop: 0, color: '#8c1c13' }}>
          {t('portal.welcome')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('portal.intro')}</Typography.Paragraph>
        <div style={{ maxWidth: 820 }}>
          <PortalSearchBox />
        </div>
        <Services sections={sections} />
      </Card>
      <LatestSections sections={sections} />
      <div style={{ marginTop: 16 }}>
        <DueCalculator />
      </div>
      <Departments />
    </>
  );
}
