import type {
  ProposalDetail,
  ProposalOverview,
  ProposalPage,
} from '../../../../common/contracts/proposals.js';
import { api, type Query } from '../../../common/api.js';

export interface UnitOption {
  id: string;
  name: string;
}

/** The 建议提案 staff API, typed by the shared contract. */
export const proposalsApi = {
  list: (query: Query) => api.get<ProposalPage>('/proposals/items', query),
  get: (id: string) => api.get<ProposalDetail>(`/proposals/items/${id}`),
  register: (body: Record<string, unknown>) => api.post<ProposalDetail>('/proposals/items', body),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<ProposalDetail>(`/proposals/items/${id}/transitions/${key}`, body, { version }),
  link: (id: string, body: Record<string, unknown>) =>
    api.post<ProposalDetail>(`/proposals/items/${id}/links`, body),
  overview: (year: number) => api.get<ProposalOverview>('/proposals/overview', { year: String(year) }),
  units: async () => (await api.get<{ units: UnitOption[] }>('/org/units', { type: 'department' })).units,
};
