import type { CaseKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Tx } from '../../../../platform/db/index.js';
import {
  allocateDocumentNumber,
  defineDocumentKind,
  type DocumentKind,
  documentPrefixOf,
  noteIssuedDocumentNumber,
  parseDocumentNumber,
} from '../../../../platform/documents/index.js';

/**
 * The decision documents a body numbers, one sequence per kind and year: 于市监罚〔2026〕N号 for a 行政处罚决定书
 * (GB/T 9704-2012 §7.2.4; the words 罚 / 许 / 强 are this install's choice, decision 0019 §3).
 */
export const DECISION_DOCUMENT_KINDS: Record<CaseKind, DocumentKind> = {
  penalty: defineDocumentKind({ key: 'penalty_decision', word: '罚', label: '行政处罚决定书' }),
  licensing: defineDocumentKind({ key: 'licensing_decision', word: '许', label: '行政许可决定书' }),
  coercion: defineDocumentKind({ key: 'coercion_decision', word: '强', label: '行政强制决定书' }),
};

/** Issues the decision's 文号 from the body's own sequence, in the decision's transaction. */
export async function allocateDecisionNumber(
  tx: Tx,
  orgUnitId: string,
  kind: CaseKind,
  decidedOn: string,
): Promise<string> {
  const year = Number(decidedOn.slice(0, 4));
  return (await allocateDocumentNumber(tx, { unitId: orgUnitId, kind: DECISION_DOCUMENT_KINDS[kind], year }))
    .number;
}

/** An imported decision's 文号 in the body's own form moves its counter past it (no number issued twice). */
export async function noteImportedDecisionNumber(
  tx: Tx,
  orgUnitId: string,
  kind: CaseKind,
  number: string,
): Promise<void> {
  const documentKind = DECISION_DOCUMENT_KINDS[kind];
  const parsed = parseDocumentNumber(number, await documentPrefixOf(tx, orgUnitId), documentKind);
  if (parsed) await noteIssuedDocumentNumber(tx, { unitId: orgUnitId, kind: documentKind, ...parsed });
}
