import type {
  AddMajorCatalogueEntryBody,
  BenchmarkOut,
  BodyCandidatesOut,
  BodyOut,
  ConfirmBodyBody,
  CreateBenchmarkBody,
  CreateFeeBody,
  CreateOfficerBody,
  DeactivateOfficerBody,
  EnforcementSettingsBody,
  EnforcementSettingsOut,
  FeeOut,
  MajorCatalogueEntryOut,
  OfficerOut,
  RepealFeeBody,
  RevokeBodyBody,
  UpdateBenchmarkBody,
  UpdateBodyBody,
  UpdateFeeBody,
  UpdateOfficerBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import type { PowerItemPage } from '../../../../../common/contracts/powers.js';
import { api, type Query } from '../../../../common/api.js';
import type {
  CreateInspectionBody,
  CreateInspectionPlanBody,
  InspectionOut,
  InspectionPlanItemInput,
  InspectionPlanOut,
  InspectionProgressOut,
} from '../../../../../common/contracts/enforcement/inspections.js';

/** The base of every registry path (docs/decisions/0011-enforcement.md §7). */
export const ENF = '/enforcement';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrgUnitOption {
  id: string;
  code: string;
  name: string;
  type: string;
}

/** Lists can be long (23 bodies, a few hundred officers): option lists ask for the largest page. */
const ALL = { page: 1, pageSize: 200 };

/** The registers' staff API, typed by the shared contract. */
export const registryApi = {
  settings: () => api.get<EnforcementSettingsOut>(`${ENF}/settings`),
  putSettings: (body: EnforcementSettingsBody, version?: number) =>
    api.put<EnforcementSettingsOut>(`${ENF}/settings`, body, { version }),

  bodies: (query: Query) => api.get<Page<BodyOut>>(`${ENF}/bodies`, query),
  allBodies: () => api.get<Page<BodyOut>>(`${ENF}/bodies`, ALL).then((p) => p.items),
  confirmBody: (body: ConfirmBodyBody) => api.post<BodyOut>(`${ENF}/bodies`, body),
  updateBody: (id: string, body: UpdateBodyBody, version?: number) =>
    api.patch<BodyOut>(`${ENF}/bodies/${id}`, body, { version }),
  revokeBody: (id: string, body: RevokeBodyBody) => api.post<BodyOut>(`${ENF}/bodies/${id}/revocation`, body),
  /** The candidates for 确认: the district's departments and 行政执法机构 not confirmed today. */
  candidateUnits: () => api.get<BodyCandidatesOut>(`${ENF}/bodies/candidates`).then((r) => r.units),

  /** Units that may charge fees: departments, enforcement bodies and streets. */
  feeUnits: async () => {
    const kinds = ['department', 'enforcement_body', 'street'];
    const lists = await Promise.all(
      kinds.map((type) => api.get<{ units: OrgUnitOption[] }>('/org/units', { type })),
    );
    return lists.flatMap((l) => l.units);
  },

  officers: (query: Query) => api.get<Page<OfficerOut>>(`${ENF}/officers`, query),
  officersOf: (orgUnitId: string) =>
    api.get<Page<OfficerOut>>(`${ENF}/officers`, { ...ALL, orgUnitId }).then((p) => p.items),
  createOfficer: (body: CreateOfficerBody) => api.post<OfficerOut>(`${ENF}/officers`, body),
  updateOfficer: (id: string, body: UpdateOfficerBody, version?: number) =>
    api.patch<OfficerOut>(`${ENF}/officers/${id}`, body, { version }),
  deactivateOfficer: (id: string, body: DeactivateOfficerBody) =>
    api.post<OfficerOut>(`${ENF}/officers/${id}/deactivation`, body),

  benchmarks: (query: Query) => api.get<Page<BenchmarkOut>>(`${ENF}/benchmarks`, query),
  createBenchmark: (body: CreateBenchmarkBody) => api.post<BenchmarkOut>(`${ENF}/benchmarks`, body),
  updateBenchmark: (id: string, body: UpdateBenchmarkBody, version?: number) =>
    api.patch<BenchmarkOut>(`${ENF}/benchmarks/${id}`, body, { version }),
  deactivateBenchmark: (id: string) => api.post<BenchmarkOut>(`${ENF}/benchmarks/${id}/deactivation`),

  catalogue: (query: Query) => api.get<Page<MajorCatalogueEntryOut>>(`${ENF}/major-catalogue`, query),
  addCatalogueEntry: (body: AddMajorCatalogueEntryBody) =>
    api.post<MajorCatalogueEntryOut>(`${ENF}/major-catalogue`, body),
  removeCatalogueEntry: (id: string) =>
    api.post<MajorCatalogueEntryOut>(`${ENF}/major-catalogue/${id}/deactivation`),

  fees: (query: Query) => api.get<Page<FeeOut>>(`${ENF}/fees`, query),
  /** Every fee item in scope (for the chart), page after page. */
  allFees: async (query: Query) => {
    const items: FeeOut[] = [];
    for (let page = 1; ; page++) {
      const p = await api.get<Page<FeeOut>>(`${ENF}/fees`, { ...query, page, pageSize: 200 });
      items.push(...p.items);
      if (p.items.length === 0 || items.length >= p.total) return items;
    }
  },
  createFee: (body: CreateFeeBody) => api.post<FeeOut>(`${ENF}/fees`, body),
  updateFee: (id: string, body: UpdateFeeBody, version?: number) =>
    api.patch<FeeOut>(`${ENF}/fees/${id}`, body, { version }),
  repealFee: (id: string, body: RepealFeeBody) => api.post<FeeOut>(`${ENF}/fees/${id}/repeal`, body),
  putCollection: (id: string, year: number, amountYuan: number, version?: number) =>
    api.put<FeeOut>(`${ENF}/fees/${id}/collections/${year}`, { amountYuan }, { version }),

  /** Published power-list items of a body in one category (行政检查 for plans and inspections). */
  powersOf: (orgUnitId: string, category: string) =>
    api
      .get<PowerItemPage>('/powers/items', { ...ALL, orgUnitId, category, status: 'published' })
      .then((p) => p.items),

  plans: (query: Query) => api.get<Page<InspectionPlanOut>>(`${ENF}/inspection-plans`, query),
  plan: (id: string) => api.get<InspectionPlanOut>(`${ENF}/inspection-plans/${id}`),
  createPlan: (body: CreateInspectionPlanBody) =>
    api.post<InspectionPlanOut>(`${ENF}/inspection-plans`, body),
  putPlanItems: (id: string, items: InspectionPlanItemInput[], version?: number) =>
    api.put<InspectionPlanOut>(`${ENF}/inspection-plans/${id}/items`, { items }, { version }),
  filePlan: (id: string, filedOn: string) =>
    api.post<InspectionPlanOut>(`${ENF}/inspection-plans/${id}/filing`, { filedOn }),
  progress: (year: number) => api.get<InspectionProgressOut>(`${ENF}/inspection-plans/progress`, { year }),
  inspections: (query: Query) => api.get<Page<InspectionOut>>(`${ENF}/inspections`, query),
  createInspection: (body: CreateInspectionBody) => api.post<InspectionOut>(`${ENF}/inspections`, body),
};
