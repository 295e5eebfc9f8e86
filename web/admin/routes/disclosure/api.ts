import type { RequestTransition } from '../../../../common/contracts/disclosure/dictionaries.js';
import type {
  RegisterRequestBody,
  RequestDetail,
  RequestPage,
  TransitionBodies,
} from '../../../../common/contracts/disclosure/requests.js';
import type {
  DisclosureSettingsBody,
  DisclosureSettingsOut,
} from '../../../../common/contracts/disclosure/settings.js';
import { api, type Query } from '../../../common/api.js';

export interface OrgUnitOption {
  id: string;
  code: string;
  name: string;
  type: string;
}

/** The request ledger's staff API, typed by the shared contract. */
export const requestsApi = {
  list: (query: Query) => api.get<RequestPage>('/disclosure/requests', query),
  get: (id: string) => api.get<RequestDetail>(`/disclosure/requests/${id}`),
  register: (body: RegisterRequestBody) => api.post<RequestDetail>('/disclosure/requests', body),
  transition: <K extends RequestTransition>(
    id: string,
    key: K,
    body: TransitionBodies[K],
    version?: number,
  ) => api.post<RequestDetail>(`/disclosure/requests/${id}/transitions/${key}`, body, { version }),
  replyDocument: (id: string) => api.download(`/disclosure/requests/${id}/reply-document.docx`),
  departments: async () => {
    const kinds = ['district', 'department', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: OrgUnitOption[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },
};

/** The district's disclosure settings (国办函〔2020〕109号 第三条: the fee method), decision 0018 §7. */
export const settingsApi = {
  get: () => api.get<DisclosureSettingsOut>('/disclosure/settings'),
  put: (body: DisclosureSettingsBody, version?: number) =>
    api.put<DisclosureSettingsOut>('/disclosure/settings', body, { version }),
};
