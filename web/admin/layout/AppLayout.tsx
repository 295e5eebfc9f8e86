import { Flex, Layout, Menu, type MenuProps, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { type LocalizedLabel, useLocale, useT } from '../../common/i18n.js';
import { useAuth } from '../../common/auth.js';
import { NavIcon } from '../../common/icons.js';
import { type NavGroup, type NavItem, useShell } from '../shell.js';
import { NotificationBell } from './NotificationBell.js';
import { UserMenu } from './UserMenu.js';

type MenuItem = NonNullable<MenuProps['items']>[number];

/**
 * English labels run about half again as long as Chinese ones ("Major-penalty filings" vs 重大处罚备案): the
 * menu widens for them, and a label still too long wraps (global.css `.admin-sider`) instead of being cut.
 */
export function siderWidth(locale: string): number {
  return locale === 'en-US' ? 256 : 208;
}

/** The entry whose path is the longest prefix of the address, so /powers/12 highlights /powers. */
export function selectedPath(groups: NavGroup[], pathname: string): string | undefined {
  const paths = groups.flatMap((g) => g.items.map((i) => i.path));
  const matches = paths.filter((p) => p === pathname || (p !== '/' && pathname.startsWith(`${p}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? (pathname === '/' ? '/' : undefined);
}

function useMenuItems(groups: NavGroup[]): MenuItem[] {
  const t = useT();
  const { label } = useLocale();
  const text = (i: { labelKey?: string; label?: LocalizedLabel }) =>
    i.labelKey ? t(i.labelKey) : label(i.label);
  const leaf = (i: NavItem): MenuItem => ({ key: i.path, icon: <NavIcon name={i.icon} />, label: text(i) });
  return groups.map((g) =>
    g.items.length === 1
      ? leaf(g.items[0]!)
      : {
          key: `group:${g.key}`,
          label: text(g),
          icon: <NavIcon name={g.items[0]?.icon} />,
          children: g.items.map(leaf),
        },
  );
}

/** The admin frame: module menu on the left, bell and user menu on the top, the page in the middle. */
export function AppLayout() {
  const t = useT();
  const { locale } = useLocale();
  const { nav: all } = useShell();
  const { can } = useAuth();
  const nav = all
    .map((g) => ({ ...g, items: g.items.filter((i) => !i.permission || can(i.permission)) }))
    .filter((g) => g.items.length > 0);
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const items = useMenuItems(nav);
  const selected = selectedPath(nav, location.pathname);
  const openGroup = nav.find((g) => g.items.length > 1 && g.items.some((i) => i.path === selected));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        // Phones (street staff): the menu folds to its icons below 768 px.
        breakpoint="md"
        width={siderWidth(locale)}
        theme="dark"
        className="admin-sider"
      >
        <Flex
          align="center"
          justify="center"
          style={{ height: 64, color: '#fff', fontWeight: 600, fontSize: 16 }}
        >
          {collapsed ? '法治' : t('admin.brand')}
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={openGroup ? [`group:${openGroup.key}`] : []}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', gap: 16 }}
        >
          <Typography.Text strong style={{ fontSize: 16, flex: 1 }}>
            {t('common.appName')}
          </Typography.Text>
          <NotificationBell />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
