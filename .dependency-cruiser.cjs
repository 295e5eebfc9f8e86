/** Module boundaries of CONVENTIONS.md, enforced in `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'common-imports-nothing-of-ours',
      comment: 'common/ runs in browser and server; it imports nothing of ours',
      severity: 'error',
      from: { path: '^common/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'web-talks-http-only',
      comment: 'web/ reaches the server over HTTP only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'portal-not-admin',
      comment: 'the public portal shares code with the admin app only through web/common',
      severity: 'error',
      from: { path: '^web/portal/' },
      to: { path: '^web/admin/' },
    },
    {
      name: 'admin-not-portal',
      comment: 'the admin app shares code with the portal only through web/common',
      severity: 'error',
      from: { path: '^web/admin/' },
      to: { path: '^web/portal/' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'the kernel never imports a business module',
      severity: 'error',
      from: { path: '^server/platform/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'modules-through-index-only',
      comment:
        "a module reaches another module only through that module's index.ts; a schema may reference another module's table for a foreign key (one database, integrity matters)",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: '^server/modules/[^/]+/(schema[./]|[^/]+/schema\\.ts$)' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'schemas-reference-schemas-only',
      comment: "a module's schema reaches another module only for its tables",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/(schema[./]|[^/]+/schema\\.ts$)' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/(schema|[^/]+/schema)\\.ts$'] },
    },
    {
      name: 'modules-through-platform-index',
      comment:
        "a module reaches the kernel only through an area's index.ts (server/platform/<area>/index.ts) or a file directly in server/platform (errors.ts, context.ts, modules.ts: each its own area), so an area's internals can move without touching modules",
      severity: 'error',
      from: { path: '^server/modules/' },
      to: { path: '^server/platform/[^/]+/', pathNot: '^server/platform/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'type-only cycles are harmless; runtime cycles are not',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'web/dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
