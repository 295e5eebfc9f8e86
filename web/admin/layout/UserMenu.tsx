import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../common/auth.js';
import { labelled } from '../../common/format.js';
import { type Locale, useLocale, useT } from '../../common/i18n.js';

/** The signed-in user: name, role, unit; language switch and logout. */
export function UserMenu() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { user, logout } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!user) return null;
  const roleLabel = t(`common.role.${user.role}`);
  const onClick = async ({ key }: { key: string }) => {
    if (key === 'logout') {
      await logout().catch(() => undefined);
      queryClient.clear();
      navigate('/login', { replace: true });
    } else if (key === 'zh-CN' || key === 'en-US') setLocale(key as Locale);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick: (info) => void onClick(info),
        selectedKeys: [locale],
        items: [
          { key: 'role', disabled: true, label: labelled(t('admin.user.role'), roleLabel, locale) },
          {
            key: 'unit',
            disabled: true,
            label: labelled(t('admin.user.unit'), user.orgUnit?.name ?? '—', locale),
          },
          { type: 'divider' },
          {
            // A group, not a hover sub-menu: one click away, nothing to lose on the way.
            key: 'lang',
            type: 'group',
            label: (
              <>
                <GlobalOutlined /> {t('common.language.switch')}
              </>
            ),
            children: [
              { key: 'zh-CN', label: t('common.language.zh') },
              { key: 'en-US', label: t('common.language.en') },
            ],
          },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, danger: true, label: t('admin.user.logout') },
        ],
      }}
    >
      <Flex align="center" gap={8} style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} />
        <Flex vertical style={{ lineHeight: 1.2 }}>
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {roleLabel}
          </Typography.Text>
        </Flex>
      </Flex>
    </Dropdown>
  );
}
