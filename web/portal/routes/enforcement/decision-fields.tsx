import type { ReactNode } from 'react';
import type { PublicDecision } from '../../../../common/contracts/enforcement/publication.js';
import type { Locale } from '../../../common/i18n.js';
import { formatYuan, kindLabel } from './labels.js';

export type DecisionField = { key: string; value: ReactNode; wide?: boolean };

const text = (v: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</span>;

/**
 * What the public sees of a decision: 执法机关、执法对象、执法类别、执法结论 (国办发〔2018〕118号). A decision that
 * established a violation shows it as found (违法行为), not the 涉嫌… cause of the investigation, with its
 * 处罚依据 and every kind it imposes.
 */
export function fieldsOf(d: PublicDecision, locale: Locale): DecisionField[] {
  const fields: DecisionField[] = [
    { key: 'decisionNumber', value: d.decisionNumber ?? '—' },
    { key: 'body', value: d.orgUnitName },
    { key: 'kind', value: kindLabel(d.kind, locale) },
    { key: 'outcome', value: d.outcomeLabel ?? '—' },
    { key: 'party', value: d.partyName },
    { key: 'partyType', value: d.partyTypeLabel },
  ];
  // Organisations and businesses by trade name only: the server sends no identifier or facts for people.
  if (d.partyCreditCode) fields.push({ key: 'creditCode', value: d.partyCreditCode, wide: true });
  if (d.violation) fields.push({ key: 'violation', value: text(d.violation), wide: true });
  else fields.push({ key: 'cause', value: text(d.cause), wide: true });
  if (d.facts) fields.push({ key: 'facts', value: text(d.facts), wide: true });
  if (d.penaltyKindLabels.length > 0)
    fields.push({ key: 'penaltyKinds', value: d.penaltyKindLabels.join('；'), wide: true });
  if (d.legalBasis) fields.push({ key: 'legalBasis', value: text(d.legalBasis), wide: true });
  fields.push({ key: 'decisionText', value: text(d.decisionText), wide: true });
  if (d.fineAmount !== null) fields.push({ key: 'fine', value: formatYuan(d.fineAmount, locale) });
  if (d.confiscationAmount !== null)
    fields.push({ key: 'confiscation', value: formatYuan(d.confiscationAmount, locale) });
  fields.push(
    { key: 'decidedOn', value: d.decidedOn ?? '—' },
    { key: 'publishedOn', value: d.publishedOn ?? '—' },
  );
  return fields;
}
