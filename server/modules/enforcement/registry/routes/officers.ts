import {
  CreateOfficerBody,
  DeactivateOfficerBody,
  OfficerIdParams,
  OfficerListQuery,
  OfficerOut,
  OfficerPage,
  UpdateOfficerBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { unauthenticated } from '../../../../platform/errors.js';
import { requirePermission } from '../../../../platform/http/index.js';
import type { RoutePlugin } from '../../../../platform/http/index.js';
import { presentOfficer } from '../presenter.js';
import * as service from '../service/index.js';
import { mountCreateRoute, mountPageRoute } from './page-routes.js';

const tags = ['enforcement'];
const BASE = '/api/v1/enforcement/officers';

function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

const present = (ctx: Ctx, officer: service.OfficerWithUnit) =>
  presentOfficer(officer, actorOf(ctx), ctx.today);

/** 执法人员、执法证件: list (`?expiringWithinDays=30`), register, correct, deactivate; export and import. */
export const officerRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_officers');
  mountPageRoute(app, {
    path: BASE,
    summary: '执法人员及执法证件',
    querystring: OfficerListQuery,
    response: OfficerPage,
    find: service.findOfficers,
    present: (officer, ctx) => present(ctx, officer),
  });
  mountCreateRoute(app, {
    path: BASE,
    permission: 'enforcement.manage_officers',
    summary: '登记执法人员',
    body: CreateOfficerBody,
    response: OfficerOut,
    create: async (ctx, body) => present(ctx, await service.createOfficer(ctx, body)),
  });
  app.patch(
    `${BASE}/:id`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '更正执法人员或换发执法证件',
        params: OfficerIdParams,
        body: UpdateOfficerBody,
        response: { 200: OfficerOut },
      },
    },
    async (request) =>
      present(request.ctx, await service.updateOfficer(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${BASE}/:id/deactivation`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '停用执法人员（调离、退休、证件注销）',
        params: OfficerIdParams,
        body: DeactivateOfficerBody,
        response: { 200: OfficerOut },
      },
    },
    async (request) =>
      present(request.ctx, await service.deactivateOfficer(request.ctx, request.params.id, request.body)),
  );
};
