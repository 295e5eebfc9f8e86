import {
  PortalDecisionQuery,
  PublicationIdParams,
  PublicBodies,
  PublicDecision,
  PublicDecisionPage,
  PublicFees,
} from '../../../../../common/contracts/enforcement/publication.js';
import type { RoutePlugin } from '../../../../platform/http/index.js';
import { presentPublicBody, presentPublicDecision, presentPublicFees } from '../presenter.js';
import * as service from '../service/index.js';

const tags = ['portal'];
// The install-wide public rate limit applies (PUBLIC_RATE_LIMIT per IP and minute).
const config = { public: true };

/** The public portal's enforcement pages: published decisions, confirmed bodies, the fee catalogue. */
export const portalRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/portal/enforcement/decisions',
    {
      config,
      schema: {
        tags,
        summary: '行政执法决定公示检索（按机关、类别、日期、关键词）',
        querystring: PortalDecisionQuery,
        response: { 200: PublicDecisionPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findPublishedDecisions(request.ctx, request.query);
      const { page, pageSize } = request.query;
      return { items: items.map(presentPublicDecision), total, page, pageSize };
    },
  );
  app.get(
    '/api/v1/portal/enforcement/decisions/:id',
    {
      config,
      schema: {
        tags,
        summary: '公示的执法决定详情',
        params: PublicationIdParams,
        response: { 200: PublicDecision },
      },
    },
    async (request) =>
      presentPublicDecision(await service.getPublishedDecision(request.ctx, request.params.id)),
  );
  app.get(
    '/api/v1/portal/enforcement/bodies',
    { config, schema: { tags, summary: '行政执法主体及其执法依据、职责', response: { 200: PublicBodies } } },
    async (request) => ({ bodies: (await service.findPublicBodies(request.ctx)).map(presentPublicBody) }),
  );
  app.get(
    '/api/v1/portal/enforcement/fees',
    { config, schema: { tags, summary: '涉企行政事业性收费目录清单', response: { 200: PublicFees } } },
    async (request) => presentPublicFees(await service.findPublicFees(request.ctx)),
  );
};
