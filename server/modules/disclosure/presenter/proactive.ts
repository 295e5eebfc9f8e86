import type {
  DisclosureGuide,
  ProactiveItemDetail,
  ProactiveItemSummary,
  PublicProactiveItem,
} from '../../../../common/contracts/disclosure/proactive.js';
import type { ProactiveItemDetailData } from '../service/proactive/get-item.js';
import type { GuideView } from '../service/proactive/guides.js';
import type { ProactiveItemWithUnit } from '../service/proactive/records.js';

function orgRef(item: ProactiveItemWithUnit) {
  return { id: item.orgUnitId, name: item.orgUnitName, code: item.orgUnitCode };
}

/** A register row as the staff list shows it. */
export function presentSummary(item: ProactiveItemWithUnit): ProactiveItemSummary {
  return {
    id: item.id,
    version: item.version,
    orgUnit: orgRef(item),
    category: item.category,
    table2Kind: item.table2Kind,
    title: item.title,
    documentNumber: item.documentNumber,
    formedOn: item.formedOn,
    publishedOn: item.publishedOn,
    dueOn: item.dueOn,
    isLate: item.isLate,
    channels: item.channels,
    isOnPortal: item.isOnPortal,
    status: item.status,
    withdrawnOn: item.withdrawnOn,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** One entry with its deadline explained. */
export function presentDetail({ item, deadline }: ProactiveItemDetailData): ProactiveItemDetail {
  return {
    ...presentSummary(item),
    url: item.url,
    summary: item.summary,
    withdrawalReason: item.withdrawalReason,
    deadline,
  };
}

/** What the public sees of an entry: no dates of formation, no late flag, nothing internal. */
export function presentPublic(item: ProactiveItemWithUnit): PublicProactiveItem {
  return {
    id: item.id,
    department: orgRef(item),
    category: item.category,
    title: item.title,
    documentNumber: item.documentNumber,
    publishedOn: item.publishedOn,
    url: item.url,
    summary: item.summary,
  };
}

export function presentGuide({ unit, guide }: GuideView): DisclosureGuide {
  return {
    orgUnit: { id: unit.id, name: unit.name, code: unit.code },
    text: guide?.text ?? null,
    contact: guide?.contact ?? null,
    address: guide?.address ?? null,
    officeHours: guide?.officeHours ?? null,
    updatedOn: guide?.updatedOn ?? null,
    version: guide?.version ?? 0,
  };
}
