import {
  ChangeDecisionBody,
  PublicationIdParams,
  PublicationItem,
  PublicationListQuery,
  PublicationPage,
  PublishDecisionBody,
  WithdrawPublicationBody,
} from '../../../../../common/contracts/enforcement/publication.js';
import { requirePermission, type RoutePlugin } from '../../../../platform/http/index.js';
import { archiveRoutes } from '../../archive/routes.js';
import * as service from '../service/index.js';

const tags = ['enforcement'];
const cases = '/api/v1/enforcement/cases/:id';

/** 执法决定公示 for the staff: publish, record a change, withdraw, the publication desk; and the case archive. */
export const publicationRoutes: RoutePlugin = async (app, deps) => {
  const publish = requirePermission('enforcement.publish');
  app.post(
    `${cases}/publication`,
    {
      preHandler: publish,
      schema: {
        tags,
        summary: '公示执法决定（停止公示期限）',
        params: PublicationIdParams,
        body: PublishDecisionBody,
        response: { 200: PublicationItem },
      },
    },
    async (request) => service.publishDecision(request.ctx, request.params.id, request.body),
  );
  app.post(
    `${cases}/decision-change`,
    {
      preHandler: publish,
      schema: {
        tags,
        summary: '登记决定被变更、撤销或确认违法、无效（已公示的，3 个工作日内撤回）',
        params: PublicationIdParams,
        body: ChangeDecisionBody,
        response: { 200: PublicationItem },
      },
    },
    async (request) => service.changeDecision(request.ctx, request.params.id, request.body),
  );
  app.post(
    `${cases}/publication-withdrawal`,
    {
      preHandler: publish,
      schema: {
        tags,
        summary: '撤回已公示的执法决定',
        params: PublicationIdParams,
        body: WithdrawPublicationBody,
        response: { 200: PublicationItem },
      },
    },
    async (request) => service.withdrawPublication(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/v1/enforcement/publications',
    {
      preHandler: requirePermission('enforcement.view'),
      schema: {
        tags,
        summary: '执法决定公示台账（待公示、已公示、已撤回、逾期）',
        querystring: PublicationListQuery,
        response: { 200: PublicationPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findPublications(request.ctx, request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
  await archiveRoutes(app, deps);
};
