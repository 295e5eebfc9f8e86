import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Dropdown, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../common/api.js';
import { useT } from '../../common/i18n.js';
import { ClockTag } from '../../common/procedure/index.js';
import type { DueCounts, ItemsPage } from '../routes/home/api.js';
import { moduleOf, subjectLink } from '../routes/home/due-items.js';
import { useShell } from '../shell.js';

const DUE_SHOWN = 5;

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

/** What is overdue or due soon for the user: the counts over all their clocks and the most urgent few. */
function useAttention() {
  const counts = useQuery({
    queryKey: ['workbench', 'counts', null],
    queryFn: () => api.get<DueCounts>('/workbench/counts'),
    refetchInterval: 300_000,
  });
  const first = useQuery({
    queryKey: ['workbench', 'bell-items'],
    queryFn: () => api.get<ItemsPage>(`/workbench/items?urgency=attention&pageSize=${DUE_SHOWN}`),
    refetchInterval: 300_000,
  });
  const c = counts.data;
  return { overdue: c?.overdue ?? 0, dueSoon: c?.due_soon ?? 0, items: first.data?.items ?? [] };
}

/**
 * The bell: what is overdue or due soon (each opening its record), then the latest notifications; opening one
 * marks it read and follows its link. The badge counts both.
 */
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
  const attention = useAttention();
  const { webModules } = useShell();
  const items = list.data?.items ?? [];
  const unreadIds = items.filter((n) => !n.readAt).map((n) => n.id);

  const go = (to: string) => {
    setOpen(false);
    navigate(to);
  };
  const openItem = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    if (!n.link) return;
    if (/^https?:\/\//.test(n.link)) {
      setOpen(false);
      window.open(n.link, '_blank', 'noopener');
    } else go(n.link);
  };

  const panel = (
    <Card
      size="small"
      title={t('admin.bell.title')}
      style={{ width: 400 }}
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
      styles={{ body: { maxHeight: 480, overflowY: 'auto', padding: 0 } }}
    >
      {attention.overdue + attention.dueSoon > 0 ? (
        <Flex
          vertical
          style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 12px', background: '#fff7e6' }}
        >
          <Flex justify="space-between" align="center">
            <Typography.Text strong>
              {t('admin.bell.due', { overdue: attention.overdue, dueSoon: attention.dueSoon })}
            </Typography.Text>
            <Button type="link" size="small" onClick={() => go('/')}>
              {t('admin.bell.allDue')}
            </Button>
          </Flex>
          {attention.items.map((item) => {
            const to = subjectLink(item, webModules.get(moduleOf(item.clockKey)));
            return (
              <Flex
                key={item.clockId}
                justify="space-between"
                gap={8}
                align="center"
                onClick={to ? () => go(to) : undefined}
                style={{ cursor: to ? 'pointer' : undefined, padding: '4px 0' }}
              >
                <Typography.Text ellipsis={{ tooltip: item.title }} style={{ flex: 1 }}>
                  {item.title}
                </Typography.Text>
                <ClockTag urgency={item.urgency} dueOn={item.dueOn} explanation={item.explanation} />
              </Flex>
            );
          })}
        </Flex>
      ) : null}
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
      <Badge
        count={(list.data?.unread ?? 0) + attention.overdue + attention.dueSoon}
        color={attention.overdue ? '#cf1322' : undefined}
        size="small"
        offset={[-2, 4]}
      >
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('admin.bell.title')}
        />
      </Badge>
    </Dropdown>
  );
}
