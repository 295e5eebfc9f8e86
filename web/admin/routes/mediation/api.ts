import type { z } from 'zod';
import type {
  CaseDetail,
  CasePage,
  Coverage,
  LogBody,
  LogOut,
  Committees,
  CourtTransfers,
  MediationStats,
  VillagePage,
  VillageRosterList,
} from '../../../../common/contracts/mediation.js';
import { api, type Query } from '../../../common/api.js';

/** The mediation staff API, typed by the shared contract. */
export const mediationApi = {
  coverage: (asOf: string) => api.get<z.output<typeof Coverage>>('/mediation/coverage', { asOf }),
  cases: (query: Query) => api.get<z.output<typeof CasePage>>('/mediation/cases', query),
  case: (id: string) => api.get<z.output<typeof CaseDetail>>(`/mediation/cases/${id}`),
  /** A step on the kernel's procedure route; `version` is the case as the user saw it (If-Match). */
  transition: (id: string, transition: string, body: Record<string, unknown>, version: number) =>
    api.post<z.output<typeof CaseDetail>>(
      `/mediation/cases/${id}/transitions/${transition}`,
      { transition, ...body },
      { version },
    ),
  committees: () => api.get<z.output<typeof Committees>>('/mediation/committees'),
  courtTransfers: (year?: number) =>
    api.get<z.output<typeof CourtTransfers>>('/mediation/court-transfers', year ? { year } : {}),
  stats: (year: number) => api.get<z.output<typeof MediationStats>>('/mediation/stats', { year }),
  roster: () => api.get<z.output<typeof VillageRosterList>>('/mediation/villages'),
  village: (id: string, year: number) =>
    api.get<z.output<typeof VillagePage>>(`/mediation/villages/${id}`, { year }),
  log: (body: z.input<typeof LogBody>) => api.post<z.output<typeof LogOut>>('/mediation/log', body),
  villages: () =>
    api.get<{ units: { id: string; name: string; code: string }[] }>('/org/units', { type: 'village' }),
};
