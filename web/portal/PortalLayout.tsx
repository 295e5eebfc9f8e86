import { Flex, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../common/components/index.js';
import { useLocale, useT } from '../common/i18n.js';
import { NavIcon } from '../common/icons.js';
import { usePortalPageTitle } from './page-title.js';
import type { PortalNavEntry } from './portal-shell.js';

/** The public frame: a banner with the site name, the sections menu, the page, the footer. No login. */
export function PortalLayout({ nav }: { nav: PortalNavEntry[] }) {
  const t = useT();
  const { label } = useLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  usePortalPageTitle();
  const selected = nav
    .map((n) => n.path)
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  const items = [
    { key: '/', icon: <NavIcon name="HomeOutlined" />, label: t('portal.home') },
    ...nav.map((n) => ({ key: n.path, icon: <NavIcon name={n.icon} />, label: label(n.label) })),
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div style={{ background: 'linear-gradient(90deg, #8c1c13, #b83227)', padding: '20px 48px' }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Link to="/">
            <Typography.Title level={3} style={{ color: '#fff', margin: 0, letterSpacing: 2 }}>
              {t('common.portalName')}
            </Typography.Title>
          </Link>
          <Flex gap={16} align="center">
            <LanguageSwitch />
            <a href="/login" style={{ color: '#ffe7ba' }}>
              {t('portal.login')}
            </a>
          </Flex>
        </Flex>
      </div>
      <Layout.Header style={{ background: '#fff', padding: '0 48px', borderBottom: '1px solid #f0f0f0' }}>
        <Menu
          mode="horizontal"
          items={items}
          selectedKeys={[selected ?? (pathname === '/' ? '/' : '')]}
          onClick={({ key }) => navigate(key)}
          style={{ borderBottom: 'none' }}
        />
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 48px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>
        <div>{t('portal.footer')}</div>
        <div style={{ fontSize: 12 }}>{t('portal.footerNote')}</div>
      </Layout.Footer>
    </Layout>
  );
}
