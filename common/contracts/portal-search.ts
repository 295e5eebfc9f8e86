import { z } from 'zod';

/** The portal's one search box: a few hits per public section (powers, decisions, disclosures). */
export const PortalSearchQuery = z.object({
  q: z
    .string({ message: '请输入要查找的词语' })
    .trim()
    .min(1, { message: '请输入要查找的词语' })
    .max(100, { message: '查找词语最多 100 个字' }),
  limit: z.coerce.number().int().min(1).max(20, { message: '每栏最多 20 条' }).default(5),
});
export type PortalSearchQuery = z.output<typeof PortalSearchQuery>;

const Label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** One public record found: what it is called, who published it, when, and its portal page. */
export const PortalSearchHit = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  date: z.string().nullable(),
  /** The record's page under /portal, e.g. "/powers/…". */
  path: z.string(),
});
export type PortalSearchHit = z.infer<typeof PortalSearchHit>;

export const PortalSearchGroup = z.object({
  key: z.string(),
  label: Label,
  total: z.number().int(),
  hits: z.array(PortalSearchHit),
  /** Where the section's own search continues with the same words, e.g. "/powers?q=…". */
  morePath: z.string(),
});
export type PortalSearchGroup = z.infer<typeof PortalSearchGroup>;

export const PortalSearchResult = z.object({ q: z.string(), groups: z.array(PortalSearchGroup) });
export type PortalSearchResult = z.infer<typeof PortalSearchResult>;
