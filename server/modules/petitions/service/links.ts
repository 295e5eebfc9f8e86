import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { legalAffairs } from '../../legal-affairs/index.js';
import { reconsideration } from '../../reconsideration/index.js';
import type { ModuleLink } from '../schema.js';

/**
 * The typed links of a petition to other modules' records, checked through those modules' index.ts
 * (decision 0046 addendum §A1): a 诉访分离 to 行政复议 names a case of the reconsideration module, a key case's
 * legal support a matter of legal-affairs. Litigation and arbitration happen outside the platform: their numbers
 * (a court's 案号) are kept as given.
 */
export async function checkedLink(
  db: Executor,
  ctx: Ctx,
  link: ModuleLink,
  path: string,
): Promise<ModuleLink> {
  if (!link.id && !link.number) return link;
  if (link.module === 'reconsideration') {
    const found = await reconsideration.caseRef(ctx, link, db);
    if (!found)
      throw validationFailed([
        { path, message: `本区没有编号为“${link.number ?? link.id}”的行政复议案件，请核对案号` },
      ]);
    return { ...link, id: found.id, number: found.caseNumber };
  }
  if (link.module === 'legal_affairs') {
    const found = await legalAffairs.matterRef(ctx, link, db);
    if (!found)
      throw validationFailed([
        { path, message: `本区没有编号为“${link.number ?? link.id}”的法律事务，请核对事项编号` },
      ]);
    return { ...link, id: found.id, number: found.matterNumber };
  }
  return link;
}

/** Where the linked record stands now (its state code), for the petition page; null for outside records. */
export async function linkStatus(ctx: Ctx, link: ModuleLink | null): Promise<string | null> {
  if (!link?.id) return null;
  if (link.module === 'reconsideration') return (await reconsideration.caseRef(ctx, link))?.status ?? null;
  if (link.module === 'legal_affairs') return (await legalAffairs.matterRef(ctx, link))?.state ?? null;
  return null;
}
