import type { LawsuitDetail, LawsuitPage } from '../../../../common/contracts/litigation.js';
import { api, type Query } from '../../../common/api.js';

export const lawsuitsApi = {
  list: (query: Query) => api.get<LawsuitPage>('/litigation/lawsuits', query),
  get: (id: string) => api.get<LawsuitDetail>(`/litigation/lawsuits/${id}`),
  register: (body: Record<string, unknown>) => api.post<LawsuitDetail>('/litigation/lawsuits', body),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<LawsuitDetail>(`/litigation/lawsuits/${id}/transitions/${key}`, body, { version }),
  addSuggestion: (id: string, body: Record<string, unknown>) =>
    api.post<LawsuitDetail>(`/litigation/lawsuits/${id}/suggestions`, body),
  reply: (id: string, suggestionId: string, body: Record<string, unknown>) =>
    api.post<LawsuitDetail>(`/litigation/lawsuits/${id}/suggestions/${suggestionId}/reply`, body),
};
