import { proactiveCategoryLabel } from '../../../common/contracts/disclosure/proactive.js';
import { definePublicSearch } from '../../platform/public-search/index.js';
import { presentPublic } from './presenter/proactive.js';
import { findCatalogue } from './service/proactive/index.js';

/** The disclosure catalogue's part of the portal search: items on the portal, by title or document number. */
export const cataloguePublicSearch = definePublicSearch({
  key: 'disclosure.catalogue',
  label: { 'zh-CN': '主动公开信息', 'en-US': 'Published information' },
  morePath: '/disclosure/catalogue?q={q}',
  async search(ctx, q, limit) {
    const page = await findCatalogue(ctx, { q, page: 1, pageSize: limit });
    return {
      total: page.total,
      hits: page.items.map(presentPublic).map((item) => ({
        id: item.id,
        title: item.title,
        subtitle: [item.department.name, item.documentNumber ?? proactiveCategoryLabel(item.category)].join(' · '),
        date: item.publishedOn,
        path: `/disclosure/catalogue/${item.id}`,
      })),
    };
  },
});
