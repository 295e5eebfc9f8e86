import { definePublicSearch } from '../../../platform/public-search/index.js';
import { presentPublicDecision } from './presenter.js';
import { findPublishedDecisions } from './service/index.js';

/**
 * The published decisions' part of the portal search: the portal's own decision search (number, public
 * cause, an organisation's name — never a person's), each hit as the decision page shows it (masked).
 */
export const decisionsPublicSearch = definePublicSearch({
  key: 'enforcement.decisions',
  label: { 'zh-CN': '执法决定公示', 'en-US': 'Enforcement decisions' },
  morePath: '/enforcement?q={q}',
  async search(ctx, q, limit) {
    const { items, total } = await findPublishedDecisions(ctx, { q, page: 1, pageSize: limit });
    return {
      total,
      hits: items.map(presentPublicDecision).map((d) => ({
        id: d.id,
        title: d.cause,
        subtitle: [d.orgUnitName, d.decisionNumber, d.partyName].filter(Boolean).join(' · '),
        date: d.publishedOn,
        path: `/enforcement/decisions/${d.id}`,
      })),
    };
  },
});
