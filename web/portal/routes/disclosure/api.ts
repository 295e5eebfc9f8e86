import type {
  PortalDepartments,
  PortalRequestBody,
  PortalSubmissionResult,
  PublicRequestStatus,
} from '../../../../common/contracts/disclosure/requests.js';
import { ApiError, api } from '../../../common/api.js';

/** The public side of the request procedure: submit online, track by code. Nothing personal comes back. */
export const portalRequestsApi = {
  departments: async (): Promise<PortalDepartments['departments']> => {
    try {
      return (await api.get<PortalDepartments>('/portal/disclosure/departments')).departments;
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
      return (await api.get<PortalDepartments>('/portal/departments')).departments;
    }
  },
  submit: (body: PortalRequestBody) => api.post<PortalSubmissionResult>('/portal/disclosure/requests', body),
  track: (code: string) =>
    api.get<PublicRequestStatus>(`/portal/disclosure/requests/${encodeURIComponent(code.trim())}`),
};

export { groupCode } from '../../../common/disclosure/labels.js';
