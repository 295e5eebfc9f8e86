import {
  BODY_AUTHORITY_KINDS,
  CASE_KINDS,
  DECISION_OUTCOMES,
  PARTY_TYPES,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import type {
  PublicBodies,
  PublicDecision,
  PublicFees,
} from '../../../../common/contracts/enforcement/publication.js';
import { maskPersonName } from '../../../../common/privacy/masking.js';
import type { EnforcementCaseRow } from '../cases/schema.js';
import type { EnforcementBodyRow, FeeItemRow } from '../registry/schema.js';
import { ORGANISATION_PARTY_TYPES, type PublishedDecisionRecord } from './service/published-records.js';

type D = PublicDecision;

const labelOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  list.find((x) => x.code === code)?.label ?? null;

const isOrganisation = (row: EnforcementCaseRow) => ORGANISATION_PARTY_TYPES.includes(row.partyType);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Free text written by officers may repeat what the portal must not show: the person's full name, the ID
 * number, the phone, the address, the officers' names. Each known value is replaced wherever it appears.
 */
function scrub(text: string | null, r: PublishedDecisionRecord, partyName: string): string | null {
  if (!text) return text;
  const row = r.row;
  const replacements: [string | null, string][] = [
    [row.partyIdNumber, '（证件号码已隐去）'],
    [row.partyPhone, '（电话已隐去）'],
    [row.partyAddress, '（地址已隐去）'],
    ...r.officerNames.map((n): [string, string] => [n, '*'.repeat([...n].length)]),
    [isOrganisation(row) ? null : row.partyName, partyName],
  ];
  let out = text;
  for (const [value, shown] of replacements) {
    const v = value?.trim();
    // Very short values (a one-character name) would blank out ordinary words.
    if (v && [...v].length >= 2) out = out.replace(new RegExp(escapeRegExp(v), 'g'), shown);
  }
  return out;
}

const money = (v: string | null) => (v === null ? null : Number(v));

/**
 * A published decision for the public (事后公开: 执法机关、执法对象、执法类别、执法结论, 国办发〔2018〕118号).
 * A natural person or individual business owner is shown as 张* with no identifier and no facts beyond the
 * cause; an organisation by full name and 统一社会信用代码. Never ID numbers, phones, addresses or officers.
 */
export function presentPublicDecision(r: PublishedDecisionRecord): D {
  const row = r.row;
  const organisation = isOrganisation(row);
  const partyName = organisation ? row.partyName : (maskPersonName(row.partyName) ?? '');
  return {
    id: row.id,
    decisionNumber: row.decisionNumber,
    orgUnitId: row.orgUnitId,
    orgUnitName: r.orgUnitName,
    kind: row.kind as D['kind'],
    kindLabel: labelOf(CASE_KINDS, row.kind) ?? row.kind,
    cause: scrub(row.cause, r, partyName) ?? '',
    partyType: row.partyType as D['partyType'],
    partyTypeLabel: labelOf(PARTY_TYPES, row.partyType) ?? row.partyType,
    partyName,
    partyCreditCode: organisation ? row.partyIdNumber : null,
    facts: organisation ? scrub(row.facts, r, partyName) : null,
    outcome: row.outcome as D['outcome'],
    outcomeLabel: labelOf(DECISION_OUTCOMES, row.outcome),
    decisionText: scrub(row.decisionText, r, partyName),
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
