import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import SetupPage from './SetupPage.js';

interface SetUpStatus {
  isSetUpNeeded: boolean;
  district: { name: string; code: string };
}

/**
 * Shows the coordinator the first-run set-up screen while the install's district has no name yet ("本行政区");
 * everyone else, and the coordinator once it is named, goes on to the normal pages.
 */
export function SetupGate({ children }: { children: ReactNode }) {
  const { can } = useAuth();
  const isCoordinator = can('org.manage');
  const status = useQuery({
    queryKey: ['org-setup'],
    queryFn: () => api.get<SetUpStatus>('/org/setup'),
    enabled: isCoordinator,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (isCoordinator && status.data?.isSetUpNeeded) return <SetupPage />;
  if (isCoordinator && status.isPending) return null;
  return children;
}
