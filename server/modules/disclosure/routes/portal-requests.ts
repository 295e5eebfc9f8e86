import {
  PortalDepartments,
  PortalRequestBody,
  PortalSubmissionResult,
  PublicRequestStatus,
  TrackingParams,
} from '../../../../common/contracts/disclosure/requests.js';
import type { RoutePlugin } from '../../../platform/http/index.js';
import { presentPublicStatus, presentSubmission } from '../presenter/requests.js';
import * as service from '../service/requests/index.js';

const tags = ['portal'];

/** The public portal's request API: submit online (rate-limited per IP), track by code, list organs. */
export const portalRequestRoutes: RoutePlugin = (app) => {
  app.post(
    '/api/v1/portal/disclosure/requests',
    {
      // Spam and abuse: 5 submissions a minute per IP; the body is capped (text fields have their own maxima).
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      bodyLimit: 64 * 1024,
      schema: {
        tags,
        summary: '网上提交政府信息公开申请（返回查询码）',
        body: PortalRequestBody,
        response: { 201: PortalSubmissionResult },
      },
    },
    async (request, reply) => {
      const submission = await service.submitOnlineRequest(request.ctx, request.body);
      return reply.status(201).send(presentSubmission(submission));
    },
  );
  app.get(
    '/api/v1/portal/disclosure/requests/:trackingCode',
    {
      // The install-wide public limit (PUBLIC_RATE_LIMIT per IP and minute; 0 for a load test).
      config: { public: true },
      schema: {
        tags,
        summary: '凭查询码查询申请办理状态',
        params: TrackingParams,
        response: { 200: PublicRequestStatus },
      },
    },
    async (request) =>
      presentPublicStatus(await service.trackRequest(request.ctx, request.params.trackingCode)),
  );
  app.get(
    '/api/v1/portal/disclosure/departments',
    {
      config: { public: true },
      schema: { tags, summary: '可受理政府信息公开申请的机关', response: { 200: PortalDepartments } },
    },
    async (request) => ({ departments: await service.portalDepartments(request.ctx) }),
  );
};
