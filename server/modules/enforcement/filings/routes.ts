import {
  FilingIdParams,
  FilingListQuery,
  FilingOut,
  FilingPage,
  ReviewFilingBody,
  SubmitFilingBody,
} from '../../../../common/contracts/enforcement/cases.js';
import { requirePermission, type RoutePlugin } from '../../../platform/http/index.js';
import { presentFiling } from '../cases/presenter.js';
import * as service from './service/index.js';

const tags = ['enforcement'];

/** 重大处罚备案审查: the list with late flags, the body's filing, the coordinator's review. */
export const filingsRoutes: RoutePlugin = async (app) => {
  app.get(
    '/api/v1/enforcement/filings',
    {
      preHandler: requirePermission('enforcement.view'),
      schema: {
        tags,
        summary: '重大处罚备案（含逾期标记）',
        querystring: FilingListQuery,
        response: { 200: FilingPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findFilings(request.ctx, request.query);
      const today = request.ctx.today;
      return {
        items: items.map((f) => presentFiling(f, today)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    '/api/v1/enforcement/filings/:id/submission',
    {
      preHandler: requirePermission('enforcement.file_major'),
      schema: {
        tags,
        summary: '报送重大处罚备案',
        params: FilingIdParams,
        body: SubmitFilingBody,
        response: { 200: FilingOut },
      },
    },
    async (request) =>
      presentFiling(
        await service.submitFiling(request.ctx, request.params.id, request.body),
        request.ctx.today,
      ),
  );
  app.post(
    '/api/v1/enforcement/filings/:id/review',
    {
      preHandler: requirePermission('enforcement.review_filing'),
      schema: {
        tags,
        summary: '重大处罚备案审查',
        params: FilingIdParams,
        body: ReviewFilingBody,
        response: { 200: FilingOut },
      },
    },
    async (request) =>
      presentFiling(
        await service.reviewFiling(request.ctx, request.params.id, request.body),
        request.ctx.today,
      ),
  );
};
