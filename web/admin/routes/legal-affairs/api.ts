import type {
  AdviserDetail,
  CreateMatterBody,
  MatterDetail,
  MatterPage,
  MatterTransition,
  Roster,
} from '../../../../common/contracts/legal-affairs/matters.js';
import { api, type Query } from '../../../common/api.js';

export const MATTERS_PATH = '/legal-affairs/matters';
export const ADVISERS_PATH = '/legal-affairs/advisers';

export interface UnitOption {
  id: string;
  name: string;
}

/** The legal-affairs staff API, typed by the shared contract. */
export const legalApi = {
  matters: (query: Query) => api.get<MatterPage>(MATTERS_PATH, query),
  matter: (id: string) => api.get<MatterDetail>(`${MATTERS_PATH}/${id}`),
  request: (body: CreateMatterBody) => api.post<MatterDetail>(MATTERS_PATH, body),
  transition: (id: string, key: MatterTransition, body: Record<string, unknown>, version?: number) =>
    api.post<MatterDetail>(`${MATTERS_PATH}/${id}/transitions/${key}`, body, { version }),
  opinionDocument: (opinionId: string) => api.download(`/legal-affairs/opinions/${opinionId}/document.docx`),
  roster: (year?: number) => api.get<Roster>(ADVISERS_PATH, year ? { year } : {}),
  adviser: (id: string) => api.get<AdviserDetail>(`${ADVISERS_PATH}/${id}`),
  units: async (): Promise<UnitOption[]> => {
    const kinds = ['district', 'department', 'enforcement_body', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: UnitOption[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },
};
