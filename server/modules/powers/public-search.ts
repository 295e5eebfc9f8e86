import { definePublicSearch } from '../../platform/public-search/index.js';
import { presentPublic } from './presenter.js';
import { CATEGORY_LABELS } from './rules.js';
import { findPublishedItems } from './service/index.js';

/** The power list's part of the portal search: in-force items, found as the power search finds them. */
export const powersPublicSearch = definePublicSearch({
  key: 'powers.items',
  label: { 'zh-CN': '权责清单', 'en-US': 'Power list' },
  morePath: '/powers?q={q}',
  async search(ctx, q, limit) {
    const page = await findPublishedItems(ctx, { q, page: 1, pageSize: limit });
    return {
      total: page.total,
      hits: page.items.map(presentPublic).map((item) => ({
        id: item.id,
        title: item.name,
        subtitle: `${item.department.name} · ${CATEGORY_LABELS[item.category]}`,
        date: item.publishedOn || null,
        path: `/powers/${item.id}`,
      })),
    };
  },
});
