import type {
  PowerItemAction,
  PowerItemDetail,
  PowerItemSummary,
  PublicPowerItem,
} from '../../../common/contracts/powers.js';
import type { AvailableAction, ProcedureStep } from '../../platform/procedures/index.js';
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

function presentStep(step: ProcedureStep): PowerItemDetail['history'][number] {
  const input = (step.input ?? {}) as { reason?: unknown };
  return {
    transition: step.transition,
    fromState: step.fromState,
    toState: step.toState,
    occurredAt: step.occurredAt,
    actorUserId: step.actorUserId,
    reason: typeof input.reason === 'string' ? input.reason : null,
  };
}

const REASON_INPUT: Record<string, PowerItemAction['reasonInput']> = {
  repeal: 'required',
  revise: 'optional',
  publish_revision: 'optional',
};

/** The "what may I do next" list, with the reason a disabled button shows. */
export function presentActions(actions: readonly AvailableAction[]): PowerItemAction[] {
  return actions
    .filter((a) => a.allowed || a.reason?.kind !== 'state')
    .map((a) => ({
      key: a.key,
      label: a.label,
      allowed: a.allowed,
      ...(a.reason ? { reason: a.reason } : {}),
      reasonInput: REASON_INPUT[a.key] ?? 'none',
    }));
}

/** An item with its versions, history and available actions (the admin detail page). */
export function presentDetail(data: PowerItemDetailData): PowerItemDetail {
  const { item } = data;
  return {
    ...presentSummary(item),
    ...contentOf(item),
    changeReason: item.changeReason,
    pendingRevision: item.pendingRevision ? contentOf(item.pendingRevision) : null,
    versions: data.versions.map(presentVersion),
    history: data.history.map(presentStep),
    actions: presentActions(data.actions),
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
