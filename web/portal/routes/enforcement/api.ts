import type {
  PortalDecisionQuery,
  PublicBodies,
  PublicDecision,
  PublicDecisionPage,
  PublicFees,
} from '../../../../common/contracts/enforcement/publication.js';
import { api } from '../../../common/api.js';

export type DecisionSearch = Partial<PortalDecisionQuery>;

/** The portal's read-only enforcement API: nothing here needs a session. */
export const portalEnforcementApi = {
  decisions: (query: DecisionSearch) => api.get<PublicDecisionPage>('/portal/enforcement/decisions', query),
  decision: (id: string) =>
    api.get<PublicDecision>(`/portal/enforcement/decisions/${encodeURIComponent(id)}`),
  bodies: async () => (await api.get<PublicBodies>('/portal/enforcement/bodies')).bodies,
  fees: async () => (await api.get<PublicFees>('/portal/enforcement/fees')).bodies,
};
