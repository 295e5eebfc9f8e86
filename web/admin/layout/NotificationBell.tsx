import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Dropdown, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../common/api.js';
import { useT } from '../../common/i18n.js';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

interface NotificationList {
  items: Notification[];
  unread: number;
}

/** The bell: unread count, the latest notifications; opening one marks it read and follows its link. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<NotificationList>('/notifications'),
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (ids: string[]) => Promise.all(ids.map((id) => api.post(`/notifications/${id}/read`))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const items = list.data?.items ?? [];
  const unreadIds = items.filter((n) => !n.readAt).map((n) => n.id);

  const openItem = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    if (!n.link) return;
    setOpen(false);
    if (/^https?:\/\//.test(n.link)) window.open(n.link, '_blank', 'noopener');
    else navigate(n.link);
  };

  const panel = (
    <Card
      size="small"
      title={t('admin.bell.title')}
      style={{ width: 360 }}
      extra={
        <Button
          type="link"
          size="small"
          disabled={!unreadIds.length}
          onClick={() => markRead.mutate(unreadIds)}
        >
          {t('admin.bell.markAll')}
        </Button>
      }
      styles={{ body: { maxHeight: 420, overflowY: 'auto', padding: 0 } }}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.bell.empty')} />
      ) : (
        items.map((n) => (
          <Flex
            key={n.id}
            vertical
            gap={2}
            onClick={() => openItem(n)}
            style={{
              cursor: 'pointer',
              padding: '8px 12px',
              borderBottom: '1px solid #f0f0f0',
              background: n.readAt ? undefined : '#e6f4ff',
            }}
          >
            <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
            {n.body ? (
              <Typography.Text type="secondary" ellipsis={{ tooltip: n.body }}>
                {n.body}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          </Flex>
        ))
      )}
    </Card>
  );

  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} popupRender={() => panel}>
      <Badge count={list.data?.unread ?? 0} size="small" offset={[-2, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('admin.bell.title')}
        />
      </Badge>
    </Dropdown>
  );
}
