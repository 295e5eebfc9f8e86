import type { PetitionDetail, PetitionPage, PetitionStats } from '../../../../common/contracts/petitions.js';
import { api, type Query } from '../../../common/api.js';

/** The petitions staff API, typed by the shared contract. */
export const petitionsApi = {
  list: (query: Query) => api.get<PetitionPage>('/petitions/petitions', query),
  register: (body: Record<string, unknown>) => api.post<PetitionDetail>('/petitions/petitions', body),
  get: (id: string) => api.get<PetitionDetail>(`/petitions/petitions/${id}`),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<PetitionDetail>(`/petitions/petitions/${id}/transitions/${key}`, body, { version }),
  requestLegalSupport: (id: string, body: Record<string, unknown>, version?: number) =>
    api.post<PetitionDetail>(`/petitions/petitions/${id}/legal-support/request`, body, { version }),
  stats: (year: number) => api.get<PetitionStats>('/petitions/petitions/stats', { year }),
  departments: async () => {
    const kinds = ['department', 'enforcement_body', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: { id: string; name: string }[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },
};
