import { describe, expect, it } from 'vitest';
import { ApplicantInput } from './disclosure/requests.js';
import { OpenCaseBody } from './enforcement/cases.js';
import { CreateOfficerBody, EnforcementSettingsBody, FeeCollectionBody } from './enforcement/registry.js';
import { optionalText, required, text } from './fields.js';

/** Issue #11 item 14: the low defects the contracts answer for. Decision 0024. */

const VALID_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';
const VALID_CODE = '91350100M000100Y43';
const BAD_CODE = '91350100M000100Y44';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('bidi control characters (#11.14)', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'];

  it('are stripped by the shared text field, so the portal shows the text as it reads', () => {
    for (const ch of BIDI) {
      expect(text(50).parse(`张三${ch}违法经营`)).toBe('张三违法经营');
      expect(optionalText(50).parse(`${ch}`)).toBeNull();
    }
    expect(required(50, '案由').safeParse('\u202E\u202C').success).toBe(false);
  });
});

describe('money fields: blank is not zero (#11.14)', () => {
  it('refuses null and blank for a required amount instead of storing 0', () => {
    const settings = {
      majorAmountPerson: 10000,
      majorAmountOrganisation: 100000,
      hearingAmountPerson: 10000,
      hearingAmountOrganisation: 100000,
      filingDays: 15,
    };
    for (const blank of [null, '', '  ']) {
      const r = EnforcementSettingsBody.safeParse({ ...settings, majorAmountPerson: blank });
      expect(r.success).toBe(false);
      expect(messages(r).join()).toContain('majorAmountPerson');
      expect(FeeCollectionBody.safeParse({ amountYuan: blank }).success).toBe(false);
    }
    expect(FeeCollectionBody.parse({ amountYuan: '12.5' }).amountYuan).toBe(12.5);
  });

  it('refuses a zero threshold in the enforcement settings', () => {
    const base = {
      majorAmountPerson: 10000,
      majorAmountOrganisation: 100000,
      hearingAmountPerson: 10000,
      hearingAmountOrganisation: 100000,
      filingDays: 15,
    };
    for (const key of Object.keys(base).filter((k) => k !== 'filingDays')) {
      const r = EnforcementSettingsBody.safeParse({ ...base, [key]: 0 });
      expect(r.success, key).toBe(false);
      expect(messages(r).join()).toContain('应大于 0');
    }
    expect(EnforcementSettingsBody.safeParse(base).success).toBe(true);
  });
});

describe('ID numbers with a bad check digit (#11.14)', () => {
  const person = {
    applicantType: 'natural_person',
    applicantName: '张三',
    applicantPhone: '13800000000',
    applicantIdType: 'resident_id',
  };

  it('refuses a disclosure applicant resident ID with a wrong check digit', () => {
    expect(ApplicantInput.safeParse({ ...person, applicantIdNumber: VALID_ID }).success).toBe(true);
    const r = ApplicantInput.safeParse({ ...person, applicantIdNumber: BAD_ID });
    expect(messages(r)).toContain('applicantIdNumber: 居民身份证号码校验位不符，请核对');
    // Another kind of document (passport) is not checked by the resident ID rule.
    expect(
      ApplicantInput.safeParse({ ...person, applicantIdType: 'passport', applicantIdNumber: 'E12345678' }).success,
    ).toBe(true);
  });

  it("refuses the applicant organisation's credit code with a wrong check character", () => {
    const org = { ...person, applicantType: 'business', applicantIdType: null, orgName: '某公司' };
    expect(ApplicantInput.safeParse({ ...org, orgCreditCode: VALID_CODE }).success).toBe(true);
    const r = ApplicantInput.safeParse({ ...org, orgCreditCode: BAD_CODE });
    expect(messages(r)).toContain('orgCreditCode: 统一社会信用代码校验位不符，请核对');
  });

  it("refuses an enforcement officer's ID number with a wrong check digit", () => {
    const officer = {
      orgUnitId: '00000000-0000-4000-8000-000000000001',
      name: '孙丽',
      certificateNumber: 'LN-1',
      certificateIssuer: '沈阳市人民政府',
      certificateValidUntil: '2099-12-31',
    };
    expect(CreateOfficerBody.safeParse({ ...officer, idNumber: VALID_ID }).success).toBe(true);
    expect(CreateOfficerBody.safeParse({ ...officer, idNumber: '' }).success).toBe(true);
    const r = CreateOfficerBody.safeParse({ ...officer, idNumber: BAD_ID });
    expect(messages(r).join()).toContain('idNumber: 执法人员身份证号码：居民身份证号码校验位不符');
  });

  it("checks the case party's number by the party's type", () => {
    const open = {
      orgUnitId: '00000000-0000-4000-8000-000000000001',
      kind: 'penalty',
      powerItemId: '00000000-0000-4000-8000-000000000002',
      caseNumber: 'A-1',
      cause: '无照经营',
      partyName: '张三',
      openedOn: '2020-06-01',
      handlerOfficerIds: ['00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004'],
    };
    const ok = (partyType: string, partyIdNumber: string) =>
      OpenCaseBody.safeParse({ ...open, partyType, partyIdNumber });
    expect(ok('natural_person', VALID_ID).success).toBe(true);
    expect(messages(ok('natural_person', BAD_ID)).join()).toContain('partyIdNumber: 当事人身份证号码：');
    expect(ok('natural_person', VALID_CODE).success).toBe(false);
    expect(ok('legal_person', VALID_CODE).success).toBe(true);
    expect(messages(ok('legal_person', BAD_CODE)).join()).toContain('partyIdNumber: 当事人统一社会信用代码：');
    expect(ok('other_org', VALID_ID).success).toBe(false);
    expect(ok('individual_business', VALID_ID).success).toBe(true);
    expect(ok('individual_business', VALID_CODE).success).toBe(true);
    expect(messages(ok('individual_business', BAD_ID)).join()).toContain('partyIdNumber');
    expect(ok('natural_person', '').success).toBe(true);
  });
});
