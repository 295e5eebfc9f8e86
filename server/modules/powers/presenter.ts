import type { Locale } from '../../../common/text/localized.js';
import type {
  PowerItemAction,
  PowerItemDetail,
  PowerItemSummary,
  PublicPowerItem,
} from '../../../common/contracts/powers.js';
import {
  type AvailableAction,
  type ProcedureStep,
  presentActions,
  presentStep,
} from '../../platform/procedures/index.js';
import { powerItemProcedure } from './procedure.js';
import { contentOf } from './rules.js';
import type { PowerItemVersionRow } from './schema.js';
import type { PowerItemDetailData, PowerItemWithUnit } from './service/index.js';

type Category = PowerItemSummary['category'];

function unitOf(item: PowerItemWithUnit) {
  return { id: item.orgUnitId, name: item.orgUnitName, code: item.orgUnitCode };
}

/** An item as a row of the staff list. */
export function presentSummary(item: PowerItemWithUnit): PowerItemSummary {
  return {
    id: item.id,
    version: item.version,
    code: item.code,
    name: item.name,
    subItemName: item.subItemName,
    category: item.category as Category,
    orgUnit: unitOf(item),
    status: item.status as PowerItemSummary['status'],
    currentVersion: item.currentVersion,
    hasPendingRevision: item.hasPendingRevision,
    publishedOn: item.publishedOn,
    repealedOn: item.repealedOn,
    updatedAt: item.updatedAt.toISOString(),
  };
}

function presentVersion(v: PowerItemVersionRow): PowerItemDetail['versions'][number] {
  return {
    version: v.version,
    status: v.status as PowerItemDetail['versions'][number]['status'],
    publishedOn: v.publishedOn,
    supersededOn: v.supersededOn,
    repealedOn: v.repealedOn,
    reason: v.reason,
    snapshot: { ...contentOf(v.snapshot), code: v.snapshot.code },
  };
}

function presentHistoryEntry(step: ProcedureStep, locale: Locale): PowerItemDetail['history'][number] {
  const input = (step.input ?? {}) as { reason?: unknown };
  const reason = typeof input.reason === 'string' ? input.reason : null;
  return { ...presentStep(powerItemProcedure, step, locale), reason };
}

const REASON_INPUT: Record<string, PowerItemAction['reasonInput']> = {
  repeal: 'required',
  revise: 'optional',
  publish_revision: 'optional',
};

/** The "what may I do next" list, with the reason a disabled button shows and the form's reason field. */
export function presentItemActions(actions: readonly AvailableAction[]): PowerItemAction[] {
  return presentActions(actions).map((a) => ({ ...a, reasonInput: REASON_INPUT[a.key] ?? 'none' }));
}

/** An item with its versions, history and available actions (the admin detail page). */
export function presentDetail(data: PowerItemDetailData, locale: Locale = 'zh-CN'): PowerItemDetail {
  const { item } = data;
  return {
    ...presentSummary(item),
    ...contentOf(item),
    changeReason: item.changeReason,
    pendingRevision: item.pendingRevision ? contentOf(item.pendingRevision) : null,
    versions: data.versions.map(presentVersion),
    history: data.history.map((step) => presentHistoryEntry(step, locale)),
    actions: presentItemActions(data.actions),
  };
}

/** What the public sees: the in-force version's content, its department, version and date. */
export function presentPublic(item: PowerItemWithUnit): PublicPowerItem {
  return {
    ...contentOf(item),
    id: item.id,
    code: item.code,
    department: unitOf(item),
    version: item.currentVersion,
    publishedOn: item.publishedOn ?? '',
  };
}
