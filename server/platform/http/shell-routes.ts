import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/index.js';
import { can } from '../authz/permissions.js';
import type { ModuleManifest } from '../modules.js';
import type { App } from './types.js';

const Label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const ModulesResponse = z.object({
  modules: z.array(
    z.object({
      key: z.string(),
      label: Label,
      nav: z.array(
        z.object({
          path: z.string(),
          label: Label,
          icon: z.string(),
          permission: z.string().optional(),
          portal: z.boolean().optional(),
        }),
      ),
    }),
  ),
});

/** The web shell's own endpoints: the navigation from the installed modules' manifests, and health. */
export function registerShellRoutes(app: App, modules: readonly ModuleManifest[]): void {
  app.get(
    '/api/v1/modules',
    {
      schema: {
        tags: ['shell'],
        summary: '已安装模块及导航（按当前用户的权限和角色过滤）',
        response: { 200: ModulesResponse },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      return {
        modules: modules.map((m) => ({
          key: m.key,
          label: m.label,
          nav: m.nav
            .filter((n) => n.portal || !n.permission || can(actor, n.permission))
            .filter((n) => n.portal || !n.roles || (actor !== null && n.roles.includes(actor.role)))
            .map(({ roles: _roles, ...n }) => n),
        })),
      };
    },
  );
  app.get(
    '/api/v1/portal/nav',
    {
      config: { public: true },
      schema: { tags: ['portal'], summary: '门户栏目（各模块公开页面）', response: { 200: ModulesResponse } },
    },
    // Visitors have no session: /modules would answer them 401, so the portal asks here (issue #10).
    async () => ({
      modules: modules.map((m) => ({ key: m.key, label: m.label, nav: m.nav.filter((n) => n.portal) })),
    }),
  );
  for (const [url, summary] of [
    ['/api/v1/health', '健康检查（含数据库连接）'],
    ['/api/v1/ready', '就绪检查：数据库可用时 200，否则 503'],
  ] as const)
    app.get(
      url,
      {
        config: { public: true },
        schema: { tags: ['shell'], summary, response: { 200: Health, 503: Health } },
      },
      async (request, reply) => {
        const up = await databaseAnswers(request.ctx.db);
        return reply.status(up ? 200 : 503).send({ ok: up, database: up ? 'up' : 'down' });
      },
    );
}

const Health = z.object({ ok: z.boolean(), database: z.enum(['up', 'down']) });
const HEALTH_TIMEOUT_MS = 2000;

/** Does the database answer a trivial query within two seconds? */
async function databaseAnswers(db: Executor): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  const query = db.execute(sql`SELECT 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
