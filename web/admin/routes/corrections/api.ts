import type {
  CorrectionRates,
  CorrectiveTaskDetail,
  CorrectiveTaskPage,
} from '../../../../common/contracts/corrections.js';
import { api, type Query } from '../../../common/api.js';

export const tasksApi = {
  list: (query: Query) => api.get<CorrectiveTaskPage>('/corrections/tasks', query),
  get: (id: string) => api.get<CorrectiveTaskDetail>(`/corrections/tasks/${id}`),
  rates: (by: 'unit' | 'power', year: number) => api.get<CorrectionRates>('/corrections/rates', { by, year }),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<CorrectiveTaskDetail>(`/corrections/tasks/${id}/transitions/${key}`, body, { version }),
};
