import { PortalSearchQuery, PortalSearchResult } from '../../../common/contracts/portal-search.js';
import type { App } from '../http/types.js';
import type { ModuleManifest } from '../modules.js';

/**
 * `GET /api/v1/portal/search`: the portal's one search box, across every installed module's declared public
 * search, in manifest order. No login; each source answers only what the public already sees.
 */
export function registerPublicSearch(app: App, modules: readonly ModuleManifest[]): void {
  const sources = modules.flatMap((m) => m.publicSearch ?? []);
  app.get(
    '/api/v1/portal/search',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '门户统一检索：权责清单、执法决定、主动公开信息',
        querystring: PortalSearchQuery,
        response: { 200: PortalSearchResult },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const found = await Promise.all(sources.map((s) => s.search(request.ctx, q, limit)));
      return {
        q,
        groups: sources.map((s, i) => ({
          key: s.key,
          label: s.label,
          total: found[i]?.total ?? 0,
          hits: found[i]?.hits ?? [],
          morePath: s.morePath.replace('{q}', encodeURIComponent(q)),
        })),
      };
    },
  );
}
