import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { PortalReport, PortalReportSummary } from '../../../../common/contracts/reports/drafts.js';
import { api } from '../../../common/api.js';

/** The published reports (public, frozen, no staff links). */
export const portalReportsApi = {
  list: (q: { year?: number; report?: ReportKind }) =>
    api.get<{ items: PortalReportSummary[] }>('/portal/reports', q),
  get: (id: string) => api.get<PortalReport>(`/portal/reports/${id}`),
};
