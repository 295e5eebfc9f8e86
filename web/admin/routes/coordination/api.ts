import type {
  LeagueTable,
  MeetingDetail,
  TaskDetail,
  TaskPage,
  TaskSummary,
} from '../../../../common/contracts/coordination.js';
import { api, type Query } from '../../../common/api.js';

export interface MeetingRow {
  id: string;
  kind: 'committee' | 'office';
  number: string;
  title: string;
  heldOn: string;
  attendeeCount: number;
  decisionCount: number;
}
export interface MemberRow {
  id: string;
  name: string;
  post: string;
  position: string;
  unit: { id: string; name: string };
}
export interface PlanRow {
  id: string;
  year: number;
  title: string;
  documentNumber: string | null;
  issuedOn: string | null;
  tasks: number;
  done: number;
}

export const coordinationApi = {
  tasks: (query: Query) => api.get<TaskPage>('/coordination/tasks', query),
  task: (id: string) => api.get<TaskDetail>(`/coordination/tasks/${id}`),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<TaskDetail>(
      `/coordination/tasks/${id}/transitions/${key}`,
      { transition: key, ...body },
      { version },
    ),
  league: (year: number) => api.get<LeagueTable>('/coordination/league', { year }),
  plans: () => api.get<{ items: PlanRow[] }>('/coordination/plans'),
  meetings: () => api.get<{ items: MeetingRow[] }>('/coordination/meetings'),
  meeting: (id: string) => api.get<MeetingDetail>(`/coordination/meetings/${id}`),
  createMeeting: (body: Record<string, unknown>) => api.post<MeetingDetail>('/coordination/meetings', body),
  members: () => api.get<{ items: MemberRow[] }>('/coordination/members'),
  referred: () => api.get<{ items: TaskSummary[] }>('/coordination/referred'),
};
