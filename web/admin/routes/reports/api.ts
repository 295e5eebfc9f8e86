import type { AnnualReport, ReportKind } from '../../../../common/contracts/reports/annual.js';
import type {
  DraftParagraphInput,
  ReportDifferences,
  ReportDraftDetail,
  ReportDraftListQuery,
  ReportDraftPatch,
  ReportDraftSummary,
  ReportTransition,
} from '../../../../common/contracts/reports/drafts.js';
import type { ReportSuggestions } from '../../../../common/contracts/reports/suggestions.js';
import { api } from '../../../common/api.js';

export interface DraftPage {
  items: ReportDraftSummary[];
  total: number;
}

/** Where each report's files are served (the .docx / .xlsx routes; a missing one answers 404 or 501). */
const FILE_PATHS: Record<ReportKind, string> = {
  rule_of_law_annual: '/reports/annual',
  disclosure_annual: '/reports/disclosure-annual',
};

/** The reports module's staff API (`common/contracts/reports/drafts.ts`) and the kernel's computed report. */
export const reportsApi = {
  list: (q: Partial<ReportDraftListQuery>) => api.get<DraftPage>('/reports/drafts', { pageSize: 200, ...q }),
  get: (id: string) => api.get<ReportDraftDetail>(`/reports/drafts/${id}`),
  generate: (body: { report: ReportKind; year: number; unit?: string }) =>
    api.post<ReportDraftDetail>('/reports/drafts', body),
  patch: (id: string, body: ReportDraftPatch, version: number) =>
    api.patch<ReportDraftDetail>(`/reports/drafts/${id}`, body, { version }),
  editParagraph: (id: string, pid: string, body: DraftParagraphInput, version: number) =>
    api.put<ReportDraftDetail>(`/reports/drafts/${id}/paragraphs/${encodeURIComponent(pid)}`, body, {
      version,
    }),
  addParagraph: (id: string, body: DraftParagraphInput, version: number) =>
    api.post<ReportDraftDetail>(`/reports/drafts/${id}/paragraphs`, body, { version }),
  dropParagraph: (id: string, pid: string) =>
    api.del<ReportDraftDetail>(`/reports/drafts/${id}/paragraphs/${encodeURIComponent(pid)}`),
  transition: (id: string, key: ReportTransition, body: Record<string, unknown>, version: number) =>
    api.post<ReportDraftDetail>(`/reports/drafts/${id}/transitions/${key}`, body, { version }),
  /** The engine's suggested paragraphs for 二 and 四 (decision 0037). */
  suggestions: (report: ReportKind, year: number, unit?: string) =>
    api.get<ReportSuggestions>('/reports/suggestions', { report, year, unit }),
  differences: (id: string) => api.get<ReportDifferences>(`/reports/drafts/${id}/differences`),
  /** The report computed now from the records (no stored draft): the kernel's route. */
  computed: (report: ReportKind, year: number, unit?: string) =>
    api.get<AnnualReport>(FILE_PATHS[report], { year, unit }),
  download: (report: ReportKind, ext: 'docx' | 'xlsx', year: number, unit?: string) =>
    api.download(`${FILE_PATHS[report]}.${ext}`, { year, unit }),
};
