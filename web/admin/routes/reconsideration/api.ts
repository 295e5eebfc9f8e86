import type { CaseDetail, CaseTransition } from '../../../../common/contracts/reconsideration.js';
import { api, type Query } from '../../../common/api.js';
import type { Page } from '../../../../common/contracts/kit.js';
import type { CaseSummary, RegisterCaseInput } from '../../../../common/contracts/reconsideration.js';

/** The case ledger's staff API, typed by the shared contract. */
export const casesApi = {
  list: (query: Query) => api.get<Page<CaseSummary>>('/reconsideration/cases', query),
  register: (body: RegisterCaseInput) => api.post<CaseDetail>('/reconsideration/cases', body),
  get: (id: string) => api.get<CaseDetail>(`/reconsideration/cases/${id}`),
  transition: (id: string, key: CaseTransition, body: Record<string, unknown>, version?: number) =>
    api.post<CaseDetail>(`/reconsideration/cases/${id}/transitions/${key}`, body, { version }),
};
