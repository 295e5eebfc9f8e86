import type { z } from 'zod';
import type {
  Campaign,
  CampaignList,
  DocDetail,
  DocPage,
  Law,
  LawCiters,
} from '../../../../common/contracts/normative-docs.js';
import { api, type Query } from '../../../common/api.js';

export interface UnitOption {
  id: string;
  name: string;
}

/** The 规范性文件 staff API, typed by the shared contract. */
export const docsApi = {
  list: (query: Query) => api.get<z.infer<typeof DocPage>>('/normative-docs/docs', query),
  get: (id: string) => api.get<DocDetail>(`/normative-docs/docs/${id}`),
  draft: (body: Record<string, unknown>) => api.post<DocDetail>('/normative-docs/docs', body),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<DocDetail>(`/normative-docs/docs/${id}/transitions/${key}`, body, { version }),
  units: async () => (await api.get<{ units: UnitOption[] }>('/org/units', { type: 'department' })).units,
  campaigns: () => api.get<z.infer<typeof CampaignList>>('/normative-docs/cleanups'),
  campaign: (id: string) => api.get<Campaign>(`/normative-docs/cleanups/${id}`),
  openCampaign: (body: Record<string, unknown>) => api.post<Campaign>('/normative-docs/cleanups', body),
  result: (id: string, docId: string, body: Record<string, unknown>, version?: number) =>
    api.put<Campaign>(`/normative-docs/cleanups/${id}/docs/${docId}`, body, { version }),
  publishCampaign: (id: string, publishedOn: string, version?: number) =>
    api.post<Campaign>(`/normative-docs/cleanups/${id}/publication`, { publishedOn }, { version }),
  laws: () => api.get<z.infer<typeof Law>[]>('/normative-docs/laws'),
  registerLaw: (body: Record<string, unknown>) => api.post<z.infer<typeof Law>>('/normative-docs/laws', body),
  changeLaw: (id: string, body: Record<string, unknown>, version?: number) =>
    api.post<z.infer<typeof LawCiters>>(`/normative-docs/laws/${id}/changes`, body, { version }),
  citers: (id: string) => api.get<z.infer<typeof LawCiters>>(`/normative-docs/laws/${id}/citers`),
};
