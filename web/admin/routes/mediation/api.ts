import type { z } from 'zod';
import type {
  CaseDetail,
  CasePage,
  Coverage,
  LogBody,
  LogOut,
  StepBody,
} from '../../../../common/contracts/mediation.js';
import { api, type Query } from '../../../common/api.js';

/** The mediation staff API, typed by the shared contract. */
export const mediationApi = {
  coverage: (asOf: string) => api.get<z.output<typeof Coverage>>('/mediation/coverage', { asOf }),
  cases: (query: Query) => api.get<z.output<typeof CasePage>>('/mediation/cases', query),
  case: (id: string) => api.get<z.output<typeof CaseDetail>>(`/mediation/cases/${id}`),
  step: (id: string, step: string, body: z.input<typeof StepBody>) =>
    api.post<z.output<typeof CaseDetail>>(`/mediation/cases/${id}/steps/${step}`, body),
  log: (body: z.input<typeof LogBody>) => api.post<z.output<typeof LogOut>>('/mediation/log', body),
  villages: () =>
    api.get<{ units: { id: string; name: string; code: string }[] }>('/org/units', { type: 'village' }),
};
