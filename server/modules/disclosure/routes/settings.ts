import {
  DisclosureSettingsBody,
  DisclosureSettingsOut,
} from '../../../../common/contracts/disclosure/settings.js';
import { requirePermission, type RoutePlugin } from '../../../platform/http/index.js';
import * as service from '../service/settings/index.js';

const tags = ['disclosure'];
const SETTINGS = '/api/v1/disclosure/settings';

const present = (v: service.DisclosureSettingsView) => ({
  feeMethod: v.feeMethod,
  isSet: v.isSet,
  version: v.version,
  updatedAt: v.updatedAt?.toISOString() ?? null,
});

/** 政务公开参数: the district's fee method (国办函〔2020〕109号 第三条; decision 0018 §7). */
export const settingsRoutes: RoutePlugin = (app) => {
  app.get(
    SETTINGS,
    {
      preHandler: requirePermission('disclosure.view_requests'),
      schema: {
        tags,
        summary: '政务公开参数（信息处理费计收方式）',
        response: { 200: DisclosureSettingsOut },
      },
    },
    async (request) => present(await service.viewDisclosureSettings(request.ctx)),
  );
  app.put(
    SETTINGS,
    {
      preHandler: requirePermission('disclosure.manage_settings'),
      schema: {
        tags,
        summary: '设置本区信息处理费计收方式（按件或按量）',
        body: DisclosureSettingsBody,
        response: { 200: DisclosureSettingsOut },
      },
    },
    async (request) => present(await service.updateDisclosureSettings(request.ctx, request.body)),
  );
};
