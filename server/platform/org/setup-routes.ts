import { inTransaction } from '../db/transaction.js';
import { requirePermission } from '../http/guards.js';
import type { App } from '../http/types.js';
import { OrgUnitResponse, SetUpDistrictBody, SetUpStatusResponse } from './contracts.js';
import { findUnnamedDistrict, type SetUpUnit, setUpDistrict } from './first-run.js';
import { getOrgUnit } from './org-service.js';
import { presentOrgUnit } from './presenter.js';

const tags = ['org'];

/** The first-run set-up screen's edges (the coordinator only): is it needed, and do it (decision 0030). */
export function setupRoutes(app: App): void {
  app.get(
    '/api/v1/org/setup',
    {
      preHandler: requirePermission('org.manage'),
      schema: { tags, summary: '行政区是否待初始化', response: { 200: SetUpStatusResponse } },
    },
    async (request) => {
      const district = await getOrgUnit(request.ctx.db, request.ctx.actor!.districtId);
      const unnamed = await findUnnamedDistrict(request.ctx.db);
      return {
        isSetUpNeeded: unnamed?.id === district.id,
        district: { name: district.name, code: district.code },
      };
    },
  );
  app.post(
    '/api/v1/org/setup',
    {
      preHandler: requirePermission('org.manage'),
      schema: {
        tags,
        summary: '初始化行政区：名称、代码及下属机构（一次事务，任何一项有误均不写入）',
        body: SetUpDistrictBody,
        response: { 200: OrgUnitResponse },
      },
    },
    async (request) => {
      const ctx = request.ctx;
      const { name, code, units } = request.body;
      // The types are checked, and every bad one listed, by setUpDistrict.
      const input = { name, code, units: units as SetUpUnit[] };
      return presentOrgUnit(await inTransaction(ctx.db, (tx) => setUpDistrict(tx, ctx, input)));
    },
  );
}
