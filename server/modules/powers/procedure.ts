import { tx } from '../../../common/text/localized.js';
import { RepealInput, ReasonInput } from '../../../common/contracts/powers.js';
import { defineGate, defineProcedure } from '../../platform/procedures/index.js';
import type { PowerItemContentJson } from './schema.js';
import { describeMissing, missingForPublication, type RequiredForPublication } from './rules.js';

/** What the procedure sees of an item: its state, its content, and its revision in preparation. */
export interface PowerItemRecord extends Partial<Record<RequiredForPublication, string | null>> {
  id: string;
  state: string;
  orgUnitId: string;
  districtId: string;
  version: number;
  hasPendingRevision: boolean;
  pendingRevision: PowerItemContentJson | null;
}

const BASIS = '中办发〔2015〕21号《关于推行地方各级政府工作部门权力清单制度的指导意见》';
const FIELD_LABEL: Record<RequiredForPublication, { zh: string; en: string }> = {
  legalBasis: { zh: '实施依据', en: 'Legal basis' },
  process: { zh: '运行流程', en: 'Process' },
  responsibility: { zh: '责任事项', en: 'Responsibilities' },
};

/** One gate per publication element, so the message names exactly what is missing. */
function completeGate(field: RequiredForPublication, of: 'item' | 'revision') {
  return defineGate<PowerItemRecord>({
    code: 'POWER_ITEM_INCOMPLETE',
    message:
      of === 'item'
        ? tx(`发布前须填写“${FIELD_LABEL[field].zh}”`, `Fill in “${FIELD_LABEL[field].en}” before publishing`)
        : tx(
            `修订内容缺少“${FIELD_LABEL[field].zh}”，不能发布修订`,
            `The revision lacks “${FIELD_LABEL[field].en}”: it cannot be published`,
          ),
    basis: BASIS,
    describe: { kind: 'field', field },
    check: (record) => {
      const content = of === 'item' ? record : record.pendingRevision;
      return content !== null && !missingForPublication(content).includes(field);
    },
  });
}

const revisionOpen = defineGate<PowerItemRecord>({
  code: 'REVISION_NOT_OPEN',
  message: tx(
    '该事项没有待发布的修订，请先发起修订',
    'This item has no revision to publish: start a revision first',
  ),
  check: (record) => record.hasPendingRevision,
});

const noRevisionOpen = defineGate<PowerItemRecord>({
  code: 'REVISION_ALREADY_OPEN',
  message: tx(
    '该事项已有一份修订在编辑中，请先发布或放弃该修订',
    'A revision of this item is already being edited: publish or discard it first',
  ),
  check: (record) => !record.hasPendingRevision,
});

const FIELDS: readonly RequiredForPublication[] = ['legalBasis', 'responsibility', 'process'];

/**
 * The life of a power-list item: drafted by the department, published by the 依法治区办, revised (调整)
 * by publishing a new version, or repealed (取消) with a reason. Published versions are kept forever.
 */
export const powerItemProcedure = defineProcedure({
  key: 'powers.item',
  subjectType: 'power_item',
  label: tx('权责清单事项', 'Power list item'),
  states: {
    draft: { label: tx('草稿', 'Draft') },
    published: { label: tx('已发布', 'Published') },
    repealed: { label: tx('已取消', 'Repealed'), final: true },
    discarded: { label: tx('已作废', 'Discarded'), final: true },
  },
  transitions: {
    publish: {
      label: tx('发布', 'Publish'),
      from: ['draft'],
      to: 'published',
      permission: 'powers.publish',
      gates: FIELDS.map((f) => completeGate(f, 'item')),
      basis: BASIS,
      auditAction: 'powers.item.published',
    },
    discard: {
      label: tx('作废草稿', 'Discard the draft'),
      from: ['draft'],
      to: 'discarded',
      permission: 'powers.edit',
      auditAction: 'powers.item.discarded',
    },
    revise: {
      label: tx('发起修订', 'Start a revision'),
      from: ['published'],
      to: 'published',
      permission: 'powers.edit',
      gates: [noRevisionOpen],
      input: ReasonInput,
      auditAction: 'powers.item.revision_opened',
    },
    publish_revision: {
      label: tx('发布修订', 'Publish the revision'),
      from: ['published'],
      to: 'published',
      permission: 'powers.publish',
      gates: [revisionOpen, ...FIELDS.map((f) => completeGate(f, 'revision'))],
      input: ReasonInput,
      basis: BASIS,
      auditAction: 'powers.item.revised',
    },
    discard_revision: {
      label: tx('放弃修订', 'Abandon the revision'),
      from: ['published'],
      to: 'published',
      permission: 'powers.edit',
      gates: [revisionOpen],
      auditAction: 'powers.item.revision_discarded',
    },
    repeal: {
      label: tx('取消事项', 'Repeal the item'),
      from: ['published'],
      to: 'repealed',
      permission: 'powers.publish',
      gates: [noRevisionOpen],
      input: RepealInput,
      basis: BASIS,
      auditAction: 'powers.item.repealed',
    },
  },
});

export type PowerTransitionKey = keyof typeof powerItemProcedure.transitions;

/** The sentence for an incomplete item as a whole (import row errors, the form's hint). */
export function incompleteMessage(
  content: Partial<Record<RequiredForPublication, string | null>>,
): string | null {
  const missing = missingForPublication(content);
  return missing.length ? describeMissing(missing) : null;
}
