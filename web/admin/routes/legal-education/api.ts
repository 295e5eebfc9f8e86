import type { z } from 'zod';
import type {
  ActivityChart,
  ActivityPage,
  DutyPage,
  GenerateDutiesOut,
  LeaderList,
  LeaderRecord,
  LeaderRecordsOut,
  PlanList,
  ReportDetail,
  ReportList,
  SessionDetail,
  SessionPage,
} from '../../../../common/contracts/legal-education.js';
import { api, type Query } from '../../../common/api.js';

const B = '/legal-education';
type O<T extends z.ZodType> = z.output<T>;

/** The 学法普法 staff API, typed by the shared contract. */
export const educationApi = {
  leaders: () => api.get<O<typeof LeaderList>>(`${B}/leaders`),
  records: (year: number) => api.get<O<typeof LeaderRecordsOut>>(`${B}/leaders/records`, { year }),
  record: (id: string, year: number) =>
    api.get<O<typeof LeaderRecord>>(`${B}/leaders/${id}/record`, { year }),
  sessions: (query: Query) => api.get<O<typeof SessionPage>>(`${B}/sessions`, query),
  recordSession: (body: Record<string, unknown>) => api.post<O<typeof SessionDetail>>(`${B}/sessions`, body),
  plans: () => api.get<O<typeof PlanList>>(`${B}/plans`),
  saveAcceptance: (id: string, body: Record<string, unknown>, version: number) =>
    api.put<O<typeof PlanList>>(`${B}/acceptances/${id}`, body, { version }),
  duties: (query: Query) => api.get<O<typeof DutyPage>>(`${B}/duties`, query),
  generate: (orgUnitId: string) =>
    api.post<O<typeof GenerateDutiesOut>>(`${B}/duties/generate`, { orgUnitId }),
  activities: (query: Query) => api.get<O<typeof ActivityPage>>(`${B}/activities`, query),
  chart: (year: number) => api.get<O<typeof ActivityChart>>(`${B}/activities/chart`, { year }),
  logActivity: (body: Record<string, unknown>) => api.post(`${B}/activities`, body),
  reports: (year: number) => api.get<O<typeof ReportList>>(`${B}/reports`, { year }),
  report: (id: string) => api.get<O<typeof ReportDetail>>(`${B}/reports/${id}`),
  openReport: (body: Record<string, unknown>) => api.post<O<typeof ReportDetail>>(`${B}/reports`, body),
  transition: (id: string, key: string, body: Record<string, unknown>, version?: number) =>
    api.post<O<typeof ReportDetail>>(`${B}/reports/${id}/transitions/${key}`, body, { version }),
  units: async () =>
    (await api.get<{ units: { id: string; name: string }[] }>('/org/units', { type: 'department' })).units,
};

/** A dictionary's label in the screen's language. */
export function label(
  dict: readonly { code: string; label: string; en: string }[],
  code: string | null,
  locale: string,
) {
  const e = dict.find((d) => d.code === code);
  if (!e) return code ?? '';
  return locale === 'en-US' ? e.en : e.label;
}
export const options = (dict: readonly { code: string; label: string; en: string }[], locale: string) =>
  dict.map((d) => ({ value: d.code, label: locale === 'en-US' ? d.en : d.label }));
