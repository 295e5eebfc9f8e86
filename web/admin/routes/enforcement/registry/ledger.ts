import { useQuery } from '@tanstack/react-query';
import type { FilterSpec, LedgerSpec } from '../../../../common/list/index.js';
import { ENF, registryApi } from './api.js';
import { useRT } from './i18n.js';

/** One of the registers' ledgers: every one imports and exports under enforcement's two permissions. */
export function useRegistryLedger(name: string): LedgerSpec {
  const rt = useRT();
  return {
    path: `${ENF}/${name}`,
    importPermission: 'enforcement.import',
    exportPermission: 'enforcement.export',
    labels: { import: rt('import'), template: rt('template'), export: rt('export') },
  };
}

/** The registers' filter by body: every confirmed body, searchable. */
export function useBodyFilter(): FilterSpec {
  const rt = useRT();
  const options = useBodyOptions();
  return { kind: 'select', key: 'orgUnitId', label: rt('bodyFilter'), searchable: true, width: 220, options };
}

/** The confirmed bodies as filter options (the registers filter by body). */
export function useBodyOptions() {
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  return (bodies.data ?? []).map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }));
}
