import type {
  PowerItemDetail,
  PowerItemPage,
  PowerStats,
  UpdatePowerItemBody,
  CreatePowerItemBody,
} from '../../../../common/contracts/powers.js';
import { api, type Query } from '../../../common/api.js';

export interface OrgUnitOption {
  id: string;
  code: string;
  name: string;
  type: string;
}

/** The power list's staff API, typed by the shared contract. */
export const powersApi = {
  list: (query: Query) => api.get<PowerItemPage>('/powers/items', query),
  get: (id: string) => api.get<PowerItemDetail>(`/powers/items/${id}`),
  create: (body: CreatePowerItemBody) => api.post<PowerItemDetail>('/powers/items', body),
  update: (id: string, body: UpdatePowerItemBody, version?: number) =>
    api.patch<PowerItemDetail>(`/powers/items/${id}`, body, { version }),
  transition: (id: string, key: string, body: { reason?: string }, version?: number) =>
    api.post<PowerItemDetail>(`/powers/items/${id}/transitions/${key}`, body, { version }),
  stats: () => api.get<PowerStats>('/powers/stats'),
  departments: async () => {
    const kinds = ['department', 'enforcement_body', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: OrgUnitOption[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },
};
