import {
  BODY_AUTHORITY_KINDS,
  CASE_KINDS,
  DECISION_OUTCOMES,
  PARTY_TYPES,
  PENALTY_KINDS,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import type {
  PublicBodies,
  PublicDecision,
  PublicFees,
} from '../../../../common/contracts/enforcement/publication.js';
import { creditCodeProblem } from '../../../../common/identity/check-digits.js';
import { maskPersonName } from '../../../../common/privacy/masking.js';
import type { EnforcementBodyRow, FeeItemRow } from '../registry/schema.js';
import { publicTextsOf } from './service/public-texts.js';
import { establishedViolation, publicPartyName } from '../rules/publication.js';
import { isNamedPublicly, type PublishedDecisionRecord } from './service/published-records.js';

type D = PublicDecision;

const labelOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  list.find((x) => x.code === code)?.label ?? null;

const money = (v: string | null) => (v === null ? null : Number(v));

/**
 * A published decision for the public (事后公开: 执法机关、执法对象、执法类别、执法结论, 国办发〔2018〕118号).
 * A natural person is shown as 张* with no identifier and no facts beyond the cause; an organisation by full
 * name and 统一社会信用代码, a 个体工商户 by its trade name with its operator masked (rules/publication.ts). A
 * final decision shows the violation it established and its 处罚依据. Never ID numbers, phones, addresses or
 * officers.
 */
export function presentPublicDecision(r: PublishedDecisionRecord): D {
  const row = r.row;
  const organisation = isNamedPublicly(row);
  const partyName = publicPartyName(row, (name) => maskPersonName(name) ?? '');
  // Stored on publication; a decision published before the texts were stored is masked here the same way.
  const texts =
    row.publicCause === null
      ? publicTextsOf(r)
      : { publicCause: row.publicCause, publicFacts: row.publicFacts, publicDecisionText: row.publicDecisionText };
  return {
    id: row.id,
    decisionNumber: row.decisionNumber,
    orgUnitId: row.orgUnitId,
    orgUnitName: r.orgUnitName,
    kind: row.kind as D['kind'],
    kindLabel: labelOf(CASE_KINDS, row.kind) ?? row.kind,
    cause: texts.publicCause,
    partyType: row.partyType as D['partyType'],
    partyTypeLabel: labelOf(PARTY_TYPES, row.partyType) ?? row.partyType,
    partyName,
    // Only a code that is one: a person's ID number recorded as an organisation's is never published.
    partyCreditCode:
      organisation && row.partyIdNumber && creditCodeProblem(row.partyIdNumber) === null ? row.partyIdNumber : null,
    facts: texts.publicFacts,
    violation: establishedViolation(texts.publicCause, row.outcome),
    legalBasis: row.decisionBasis,
    penaltyKindLabels: (row.penaltyKinds ?? []).flatMap((k) => labelOf(PENALTY_KINDS, k) ?? []),
    outcome: row.outcome as D['outcome'],
    outcomeLabel: labelOf(DECISION_OUTCOMES, row.outcome),
    decisionText: texts.publicDecisionText,
    fineAmount: money(row.fineAmount),
    confiscationAmount: money(row.confiscationAmount),
    decidedOn: row.decidedOn,
    publishedOn: row.publishedOn,
  };
}

type Body = PublicBodies['bodies'][number];

/** A confirmed body as the portal lists it (事前公开: 执法主体、职责、依据). */
export function presentPublicBody(row: EnforcementBodyRow & { orgUnitName: string }): Body {
  return {
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    authorityKind: row.authorityKind as Body['authorityKind'],
    authorityKindLabel: labelOf(BODY_AUTHORITY_KINDS, row.authorityKind) ?? row.authorityKind,
    legalBasis: row.legalBasis,
    scope: row.scope,
    confirmedOn: row.confirmedOn,
    confirmationDocument: row.confirmationDocument,
  };
}

/** The fee catalogue grouped by body, in the order given. */
export function presentPublicFees(rows: readonly (FeeItemRow & { orgUnitName: string })[]): PublicFees {
  const byBody = new Map<string, PublicFees['bodies'][number]>();
  for (const row of rows) {
    const body = byBody.get(row.orgUnitId) ?? {
      orgUnitId: row.orgUnitId,
      orgUnitName: row.orgUnitName,
      items: [],
    };
    body.items.push({
      id: row.id,
      code: row.code,
      name: row.name,
      legalBasis: row.legalBasis,
      standard: row.standard,
      publishedOn: row.publishedOn,
    });
    byBody.set(row.orgUnitId, body);
  }
  return { bodies: [...byBody.values()] };
}
