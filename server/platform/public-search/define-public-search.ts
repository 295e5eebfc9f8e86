import type { PortalSearchHit } from '../../../common/contracts/portal-search.js';
import type { Ctx } from '../context.js';

/**
 * A module's part of the portal's one search box. It searches only what the module already shows the
 * public (published, masked as on its own portal pages): the kernel never reads a module's tables.
 */
export interface PublicSearchSource {
  /** `<module>.<what>`, e.g. "powers.items". */
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** Where the module's own portal search continues with the same words (`{q}` is replaced). */
  morePath: string;
  search(ctx: Ctx, q: string, limit: number): Promise<{ total: number; hits: PortalSearchHit[] }>;
}

/** Checks and freezes a public search declaration; it is registered only through a module's manifest. */
export function definePublicSearch(source: PublicSearchSource): PublicSearchSource {
  if (!/^[a-z_]+\.[a-z_]+$/.test(source.key))
    throw new Error(`Public search key "${source.key}" must read <module>.<what>`);
  if (!source.morePath.startsWith('/'))
    throw new Error(`Public search ${source.key}: morePath must be a portal path`);
  return Object.freeze(source);
}
