import { z } from 'zod';
import { DueItem } from '../../../common/contracts/workbench.js';
import { requireLogin } from '../http/guards.js';
import type { RoutePlugin } from '../http/types.js';
import { findMyDueItems, findNotifications, markNotificationRead } from './notifications.js';

const DueItemsResponse = z.object({ items: z.array(DueItem) });
const NotificationsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
  unread: z.number(),
});
const NotificationParams = z.object({ id: z.uuid({ error: '通知编号格式不正确' }) });

/** My deadlines and my reminders: what the daily sweep and the clocks put in front of each user. */
export const clockRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/me/due-items',
    {
      preHandler: requireLogin,
      schema: {
        tags: ['clocks'],
        summary: '我的期限（本人数据范围内未结期限）',
        response: { 200: DueItemsResponse },
      },
    },
    async (request) => ({ items: await findMyDueItems(request.ctx) }),
  );
  app.get(
    '/api/v1/notifications',
    {
      preHandler: requireLogin,
      schema: { tags: ['clocks'], summary: '我的通知', response: { 200: NotificationsResponse } },
    },
    async (request) => findNotifications(request.ctx),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      preHandler: requireLogin,
      schema: {
        tags: ['clocks'],
        summary: '标记通知为已读',
        params: NotificationParams,
        response: { 200: z.object({ id: z.string(), readAt: z.string() }) },
      },
    },
    async (request) => markNotificationRead(request.ctx, request.params.id),
  );
};
