import type { BodyAuthorityKind } from '../../../../common/contracts/enforcement/dictionaries.js';
import type {
  BenchmarkOut,
  BodyCandidateOut,
  BodyOut,
  EnforcementSettingsOut,
  FeeOut,
  MajorCatalogueEntryOut,
  OfficerOut,
} from '../../../../common/contracts/enforcement/registry.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import type { Actor } from '../../../platform/context.js';
import type { OrgUnit } from '../../../platform/org/index.js';
import type {
  BenchmarkWithRefs,
  BodyWithCounts,
  FeeWithCollections,
  MajorCatalogueEntry,
  OfficerWithUnit,
  SettingsView,
} from './service/index.js';
import { certificateStateOf, maySeeOfficerPersonalData } from './service/index.js';

/** The enforcement registers as the staff API shows them (no database here). */

const orgRef = (r: { orgUnitId: string; orgUnitName: string; orgUnitCode: string }) => ({
  id: r.orgUnitId,
  name: r.orgUnitName,
  code: r.orgUnitCode,
});

const powerRef = (p: { id: string; code: string; name: string } | null) =>
  p ? { id: p.id, code: p.code, name: p.name } : null;

export function presentSettings(s: SettingsView): EnforcementSettingsOut {
  return {
    majorAmountPerson: s.majorAmountPerson,
    majorAmountOrganisation: s.majorAmountOrganisation,
    hearingAmountPerson: s.hearingAmountPerson,
    hearingAmountOrganisation: s.hearingAmountOrganisation,
    filingDays: s.filingDays,
    statementWorkingDays: s.statementWorkingDays,
    isSet: s.isSet,
    version: s.version,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}

export function presentBody(b: BodyWithCounts): BodyOut {
  return {
    id: b.id,
    orgUnit: orgRef(b),
    authorityKind: b.authorityKind as BodyAuthorityKind,
    legalBasis: b.legalBasis,
    scope: b.scope,
    confirmedOn: b.confirmedOn,
    confirmationDocument: b.confirmationDocument,
    revokedOn: b.revokedOn,
    officerCount: b.officerCount,
    validCertificateCount: b.validCertificateCount,
    version: b.version,
    updatedAt: b.updatedAt.toISOString(),
  };
}

/** A unit offered for 确认 (only departments and 行政执法机构 are offered). */
export function presentBodyCandidate(u: OrgUnit): BodyCandidateOut {
  return { id: u.id, code: u.code, name: u.name, type: u.type as BodyCandidateOut['type'] };
}

/**
 * An officer for this actor on this day. The ID number and phone are whole only for the coordinator and the
 * officer's own unit; everyone else sees them masked (common/privacy/masking.ts).
 */
export function presentOfficer(o: OfficerWithUnit, actor: Actor, today: string): OfficerOut {
  const whole = maySeeOfficerPersonalData(actor, o);
  return {
    id: o.id,
    orgUnit: orgRef(o),
    name: o.name,
    idNumber: whole ? o.idNumber : maskIdNumber(o.idNumber),
    phone: whole ? o.phone : maskPhone(o.phone),
    personalDataVisible: whole,
    certificateNumber: o.certificateNumber,
    certificateIssuer: o.certificateIssuer,
    certificateIssuedOn: o.certificateIssuedOn,
    certificateValidUntil: o.certificateValidUntil,
    certificateState: certificateStateOf(o.certificateValidUntil, today),
    hasLegalQualification: o.hasLegalQualification,
    isActive: o.isActive,
    version: o.version,
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function presentBenchmark(b: BenchmarkWithRefs): BenchmarkOut {
  return {
    id: b.id,
    orgUnit: b.orgUnitId ? { id: b.orgUnitId, name: b.orgUnitName ?? '', code: b.orgUnitCode ?? '' } : null,
    powerItem: powerRef(b.power),
    code: b.code,
    violation: b.violation,
    violationBasis: b.violationBasis,
    penaltyBasis: b.penaltyBasis,
    ranges: b.ranges.map((r) => ({
      circumstance: r.circumstance,
      fineMin: Number(r.fineMin),
      fineMax: Number(r.fineMax),
      description: r.description ?? '',
    })),
    isActive: b.isActive,
    version: b.version,
    updatedAt: b.updatedAt.toISOString(),
  };
}

export function presentCatalogueEntry(e: MajorCatalogueEntry): MajorCatalogueEntryOut {
  return {
    id: e.id,
    orgUnit: orgRef(e),
    powerItem: powerRef(e.power),
    description: e.description,
    isActive: e.isActive,
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function presentFee(f: FeeWithCollections): FeeOut {
  return {
    id: f.id,
    orgUnit: orgRef(f),
    code: f.code,
    name: f.name,
    legalBasis: f.legalBasis,
    standard: f.standard,
    publishedOn: f.publishedOn,
    repealedOn: f.repealedOn,
    collections: f.collections,
    version: f.version,
    updatedAt: f.updatedAt.toISOString(),
  };
}
