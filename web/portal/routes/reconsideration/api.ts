import type { Page } from '../../../../common/contracts/kit.js';
import type {
  PortalApplicationInput,
  PortalRespondents,
  PortalSubmissionResult,
  PublicCaseStatus,
  PublicDecision,
} from '../../../../common/contracts/reconsideration.js';
import { api } from '../../../common/api.js';

/** The public side of reconsideration: apply online, track by code, read the published decisions. */
export const portalCasesApi = {
  respondents: async () =>
    (await api.get<PortalRespondents>('/portal/reconsideration/respondents')).respondents,
  submit: (body: PortalApplicationInput) =>
    api.post<PortalSubmissionResult>('/portal/reconsideration/applications', body),
  track: (code: string) =>
    api.get<PublicCaseStatus>(`/portal/reconsideration/applications/${encodeURIComponent(code.trim())}`),
  decisions: (page: number) =>
    api.get<Page<PublicDecision>>('/portal/reconsideration/decisions', { page, pageSize: 10 }),
};
