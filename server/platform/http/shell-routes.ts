import { z } from 'zod';
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
        summary: '已安装模块及导航（按当前用户权限过滤）',
        response: { 200: ModulesResponse },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      return {
        modules: modules.map((m) => ({
          key: m.key,
          label: m.label,
          nav: m.nav.filter((n) => n.portal || !n.permission || can(actor, n.permission)),
        })),
      };
    },
  );
  app.get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: { tags: ['shell'], summary: '健康检查', response: { 200: z.object({ ok: z.boolean() }) } },
    },
    async () => ({ ok: true }),
  );
}
