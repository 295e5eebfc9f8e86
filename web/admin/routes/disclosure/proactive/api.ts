import type {
  CreateProactiveItemBody,
  DisclosureGuide,
  ProactiveItemDetail,
  ProactiveItemPage,
  PutDisclosureGuideBody,
  UpdateProactiveItemBody,
  WithdrawProactiveItemBody,
} from '../../../../../common/contracts/disclosure/proactive.js';
import { api, type Query } from '../../../../common/api.js';

export interface OrgUnitOption {
  id: string;
  code: string;
  name: string;
  type: string;
}

export const PROACTIVE_PATH = '/disclosure/proactive-items';

/** The proactive register's staff API, typed by the shared contract. */
export const proactiveApi = {
  list: (query: Query) => api.get<ProactiveItemPage>(PROACTIVE_PATH, query),
  get: (id: string) => api.get<ProactiveItemDetail>(`${PROACTIVE_PATH}/${id}`),
  create: (body: CreateProactiveItemBody) => api.post<ProactiveItemDetail>(PROACTIVE_PATH, body),
  update: (id: string, body: UpdateProactiveItemBody, version?: number) =>
    api.patch<ProactiveItemDetail>(`${PROACTIVE_PATH}/${id}`, body, { version }),
  withdraw: (id: string, body: WithdrawProactiveItemBody) =>
    api.post<ProactiveItemDetail>(`${PROACTIVE_PATH}/${id}/withdrawal`, body),
  guide: (orgUnitId: string) => api.get<DisclosureGuide>(`/disclosure/guides/${orgUnitId}`),
  putGuide: (orgUnitId: string, body: PutDisclosureGuideBody, version?: number) =>
    api.put<DisclosureGuide>(`/disclosure/guides/${orgUnitId}`, body, { version }),
  units: async () => {
    const kinds = ['district', 'department', 'enforcement_body', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: OrgUnitOption[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },
};
