import type { CatalogueOut, DecisionDetail, DecisionPage } from '../../../../common/contracts/decisions.js';
import { api, type Query } from '../../../common/api.js';

export interface Option {
  id: string;
  name: string;
}

/** The 重大行政决策 staff API, typed by the shared contract. */
export const decisionsApi = {
  list: (query: Query) => api.get<DecisionPage>('/decisions/items', query),
  get: (id: string) => api.get<DecisionDetail>(`/decisions/items/${id}`),
  launch: (body: Record<string, unknown>) => api.post<DecisionDetail>('/decisions/items', body),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<DecisionDetail>(`/decisions/items/${id}/transitions/${key}`, body, { version }),
  assignReview: (id: string, adviserIds: string[]) =>
    api.post<DecisionDetail>(`/decisions/items/${id}/legality-review`, { adviserIds }),
  catalogue: (year: number) => api.get<CatalogueOut>('/decisions/catalogue', { year: String(year) }),
  addItem: (body: Record<string, unknown>) => api.post<CatalogueOut>('/decisions/catalogue/items', body),
  adjustItem: (id: string, body: Record<string, unknown>, version: number) =>
    api.put<CatalogueOut>(`/decisions/catalogue/items/${id}`, body, { version }),
  advance: (step: 'approve' | 'publish', body: Record<string, unknown>, version: number) =>
    api.post<CatalogueOut>(`/decisions/catalogue/${step}`, body, { version }),
  units: async () => (await api.get<{ units: Option[] }>('/org/units', { type: 'department' })).units,
  advisers: async (year: number) =>
    (
      await api.get<{ advisers: (Option & { status: string })[] }>('/legal-affairs/advisers', {
        year: String(year),
      })
    ).advisers,
};
