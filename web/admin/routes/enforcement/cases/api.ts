import type {
  CaseDetail,
  CaseListItem,
  CaseTransition,
  CaseTransitionBodies,
  EvidenceOut,
  ExtendHandlingInput,
  FilingOut,
  HandlingPauseInput,
  OpenCaseInput,
  ReviewOut,
  ReviewQueueItem,
} from '../../../../../common/contracts/enforcement/cases.js';
import type { PublicationItem } from '../../../../../common/contracts/enforcement/publication.js';
import type {
  BenchmarkOut,
  BodyOut,
  OfficerOut,
} from '../../../../../common/contracts/enforcement/registry.js';
import type { PowerItemPage } from '../../../../../common/contracts/powers.js';
import { api, type Query } from '../../../../common/api.js';

export type {
  CaseDetail,
  FilingOut,
  ReviewQueueItem,
} from '../../../../../common/contracts/enforcement/cases.js';
export type CaseEvidence = EvidenceOut;
export type CaseReview = ReviewOut;

export interface CasePage {
  items: CaseListItem[];
  total: number;
  /** More than `total` match (the server stops counting at 10,000). */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
}

interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrgUnitOption {
  id: string;
  name: string;
  code?: string;
  type?: string;
}

const base = '/enforcement/cases';

/** The case ledger's staff API (docs/decisions/0011-enforcement.md §7). */
export const casesApi = {
  list: (query: Query) => api.get<CasePage>(base, query),
  get: (id: string) => api.get<CaseDetail>(`${base}/${id}`),
  open: (body: OpenCaseInput) => api.post<CaseDetail>(base, body),
  /** Fires a step on the case as the user saw it (`version`: 409 VERSION_CONFLICT if it moved on). */
  transition: <K extends CaseTransition>(
    id: string,
    key: K,
    body: CaseTransitionBodies[K],
    version?: number,
  ) => api.post<CaseDetail>(`${base}/${id}/transitions/${key}`, body, { version }),
  extend: (id: string, body: ExtendHandlingInput) => api.post<CaseDetail>(`${base}/${id}/extension`, body),
  pauseHandling: (id: string, body: HandlingPauseInput) =>
    api.post<CaseDetail>(`${base}/${id}/handling-pause`, body),
  publish: (id: string, body: { on?: string }) =>
    api.post<PublicationItem>(`${base}/${id}/publication`, body),
  changeDecision: (id: string, body: { on?: string; reason: string }) =>
    api.post<PublicationItem>(`${base}/${id}/decision-change`, body),
  withdrawPublication: (id: string, body: { on?: string; note?: string | null }) =>
    api.post<PublicationItem>(`${base}/${id}/publication-withdrawal`, body),
  uploadEvidence: (id: string, file: File, fields: Record<string, string>) =>
    api.upload<unknown>(`${base}/${id}/evidence`, file, fields),
  evidenceFile: (id: string, evidenceId: string) => api.download(`${base}/${id}/evidence/${evidenceId}/file`),
  archive: (id: string) => api.download(`${base}/${id}/archive.zip`),
  decisionDocument: (id: string) => api.download(`${base}/${id}/decision.docx`),
  /** The body's next 立案 number in its own pattern (于市监立〔2026〕N号). */
  suggestCaseNumber: (orgUnitId: string, openedOn: string) =>
    api.get<{ caseNumber: string }>(`${base}/number-suggestion`, { orgUnitId, openedOn }),
  /** The confirmed enforcement bodies the user may see (enforcement's register), as unit options. */
  bodies: async () =>
    (await api.get<PageOf<BodyOut>>('/enforcement/bodies', { page: 1, pageSize: 200 })).items.map(
      (b): OrgUnitOption => b.orgUnit,
    ),
  powers: async (orgUnitId: string, category: string) =>
    (
      await api.get<PowerItemPage>('/powers/items', {
        orgUnitId,
        category,
        status: 'published',
        pageSize: 200,
      })
    ).items,
  officers: async (orgUnitId: string) =>
    (await api.get<{ items: OfficerOut[] }>('/enforcement/officers', { orgUnitId, pageSize: 200 })).items,
  benchmarks: async (orgUnitId: string) =>
    (await api.get<{ items: BenchmarkOut[] }>('/enforcement/benchmarks', { orgUnitId, pageSize: 200 })).items,
  reviews: (queue: 'pending' | 'deviations', query: Query = {}) =>
    api.get<PageOf<ReviewQueueItem>>('/enforcement/reviews', { ...query, queue }),
  filings: (query: Query) => api.get<PageOf<FilingOut>>('/enforcement/filings', query),
  submitFiling: (id: string, body: { on?: string; note?: string | null }) =>
    api.post<FilingOut>(`/enforcement/filings/${id}/submission`, body),
  reviewFiling: (id: string, body: { on?: string; conclusion: string; opinion: string }) =>
    api.post<FilingOut>(`/enforcement/filings/${id}/review`, body),
};
