import {
  allocateDocumentNumber,
  defineDocumentKind,
  documentPrefixOf,
  noteIssuedDocumentNumber,
  parseDocumentNumber,
} from '../../../../platform/documents/index.js';
import type { Tx } from '../../../../platform/db/index.js';

/**
 * The reply letter (政府信息公开申请答复书) as a numbered document of the organ applied to: 于司公开〔2024〕3号.
 * Basis: GB/T 9704-2012 §7.2.4 (发文字号); the word 公开 is this install's choice (decision 0019 §3).
 */
export const replyDocumentKind = defineDocumentKind({
  key: 'disclosure_reply',
  word: '公开',
  label: '政府信息公开申请答复书',
});

/** Issues the reply's 文号 in the conclusion's own transaction (the year of the conclusion). */
export async function allocateReplyNumber(tx: Tx, orgUnitId: string, concludedOn: string): Promise<string> {
  const year = Number(concludedOn.slice(0, 4));
  return (await allocateDocumentNumber(tx, { unitId: orgUnitId, kind: replyDocumentKind, year })).number;
}

/** An imported reply's own 文号, when it is in this organ's form, moves the organ's counter past it. */
export async function noteImportedReplyNumber(tx: Tx, orgUnitId: string, number: string): Promise<void> {
  const parsed = parseDocumentNumber(number, await documentPrefixOf(tx, orgUnitId), replyDocumentKind);
  if (parsed) await noteIssuedDocumentNumber(tx, { unitId: orgUnitId, kind: replyDocumentKind, ...parsed });
}
