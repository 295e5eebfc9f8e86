import { IsoDate, money, optionalResidentId, optionalText, required, text } from '../fields.js';
import { ImportResult, ListQuery, Page } from '../kit.js';
import { z } from '../zod-setup.js';
import { BODY_AUTHORITY_KIND_CODES, CIRCUMSTANCE_CODES } from './dictionaries.js';

/**
 * The registers of administrative enforcement (行政执法): settings, confirmed bodies, officers with their
 * certificates, discretion benchmarks, the major-decision catalogue and the fee catalogue. Paths:
 * docs/decisions/0011-enforcement.md §7.
 */

const Yuan = money('金额');
/** A threshold of the settings: a zero one would make every fine major or open to a hearing (issue #11). */
const Threshold = (what: string) => money(what, { positive: true });

const BoolParam = z
  .enum(['true', 'false', '1', '0'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true' || v === '1');

const IdParams = (what: string) => z.object({ id: z.uuid({ message: `${what}编号格式不正确` }) });
const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });
const PowerRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const ExportFormat = {
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
};

/** The answer of an all-or-nothing ledger import. */
export const RegistryImportResult = ImportResult;

// ── 执法参数 (enforcement settings) ──────────────────────────────────────────────────────────────────

/** The coordinator's thresholds and the filing period. Amounts in yuan. Decision 0011 §4. */
export const EnforcementSettingsBody = z.object({
  majorAmountPerson: Threshold('自然人重大执法决定金额标准'),
  majorAmountOrganisation: Threshold('法人或其他组织重大执法决定金额标准'),
  hearingAmountPerson: Threshold('自然人较大数额罚款标准'),
  hearingAmountOrganisation: Threshold('法人或其他组织较大数额罚款标准'),
  filingDays: z.coerce
    .number({ message: '备案期限应为整数天数' })
    .int({ message: '备案期限应为整数天数' })
    .min(1, { message: '备案期限至少 1 日' })
    .max(90, { message: '备案期限不能超过 90 日' }),
  /** 陈述、申辩期限: working days after service of the notice (decision 0014 §2); 市场监管 practice is 5. */
  statementWorkingDays: z.coerce
    .number({ message: '陈述、申辩期限应为整数工作日' })
    .int({ message: '陈述、申辩期限应为整数工作日' })
    .min(1, { message: '陈述、申辩期限至少 1 个工作日' })
    .max(30, { message: '陈述、申辩期限不能超过 30 个工作日' })
    .default(5),
});
export type EnforcementSettingsBody = z.input<typeof EnforcementSettingsBody>;

export const EnforcementSettingsOut = EnforcementSettingsBody.extend({
  majorAmountPerson: z.number(),
  majorAmountOrganisation: z.number(),
  hearingAmountPerson: z.number(),
  hearingAmountOrganisation: z.number(),
  filingDays: z.number().int(),
  statementWorkingDays: z.number().int(),
  /** False while the district runs on the defaults. */
  isSet: z.boolean(),
  /** Row version (0 before the first setting), sent back in If-Match (decision 0022). */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type EnforcementSettingsOut = z.infer<typeof EnforcementSettingsOut>;

// ── 行政执法主体 (confirmed bodies) ──────────────────────────────────────────────────────────────────

const BodyFields = {
  authorityKind: z.enum(BODY_AUTHORITY_KIND_CODES, { message: '请选择执法主体资格' }),
  legalBasis: required(2000, '执法依据'),
  scope: required(2000, '执法职责范围'),
  confirmedOn: IsoDate,
  confirmationDocument: optionalText(100),
};

/** 确认行政执法主体: the org unit and its authority. */
export const ConfirmBodyBody = z.object({ orgUnitId: z.uuid({ message: '请选择单位' }), ...BodyFields });
export type ConfirmBodyBody = z.input<typeof ConfirmBodyBody>;
export const UpdateBodyBody = z.object(BodyFields).partial();
export type UpdateBodyBody = z.input<typeof UpdateBodyBody>;
export const RevokeBodyBody = z.object({ revokedOn: IsoDate, reason: required(1000, '撤销确认的原因') });
export type RevokeBodyBody = z.input<typeof RevokeBodyBody>;
export const BodyIdParams = IdParams('执法主体');

export const BodyFilters = z.object({
  q: z.string().trim().max(100).optional(),
  includeRevoked: BoolParam.optional(),
});
export const BodyListQuery = BodyFilters.extend(ListQuery.shape);
export type BodyListQuery = z.input<typeof BodyListQuery>;
export const BodyExportQuery = BodyFilters.extend(ExportFormat);

export const BodyOut = z.object({
  id: z.string(),
  orgUnit: OrgRef,
  authorityKind: z.enum(BODY_AUTHORITY_KIND_CODES),
  legalBasis: z.string(),
  scope: z.string(),
  confirmedOn: z.string(),
  confirmationDocument: z.string().nullable(),
  revokedOn: z.string().nullable(),
  /** Active officers of the body. */
  officerCount: z.number().int(),
  /** Active officers whose certificate is valid today. */
  validCertificateCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type BodyOut = z.infer<typeof BodyOut>;
export const BodyPage = Page(BodyOut);

/** A unit that may be confirmed now: a department or 行政执法机构 of the district, not confirmed today. */
export const BodyCandidateOut = OrgRef.extend({ type: z.enum(['department', 'enforcement_body']) });
export type BodyCandidateOut = z.infer<typeof BodyCandidateOut>;
export const BodyCandidatesOut = z.object({ units: z.array(BodyCandidateOut) });
export type BodyCandidatesOut = z.infer<typeof BodyCandidatesOut>;

// ── 执法人员、执法证件 (officers and certificates) ─────────────────────────────────────────────────────

const OfficerFields = {
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  name: required(50, '姓名'),
  idNumber: optionalResidentId('执法人员身份证号码'),
  phone: optionalText(30),
  certificateNumber: required(60, '执法证号'),
  certificateIssuer: required(100, '发证机关'),
  certificateIssuedOn: IsoDate.nullish().transform((v) => v ?? null),
  certificateValidUntil: IsoDate,
  hasLegalQualification: z.boolean().default(false),
};
export const CreateOfficerBody = z.object(OfficerFields);
export type CreateOfficerBody = z.input<typeof CreateOfficerBody>;
export const UpdateOfficerBody = z
  .object({ ...OfficerFields, hasLegalQualification: z.boolean() })
  .omit({ orgUnitId: true })
  .partial();
export type UpdateOfficerBody = z.input<typeof UpdateOfficerBody>;
export const DeactivateOfficerBody = z.object({ reason: required(500, '调离或停用原因') });
export type DeactivateOfficerBody = z.input<typeof DeactivateOfficerBody>;
export const OfficerIdParams = IdParams('执法人员');

export const OfficerFilters = z.object({
  q: z.string().trim().max(100).optional(),
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  /** Certificates expiring within N days from today, or already expired (active officers). */
  expiringWithinDays: z.coerce
    .number({ message: '天数应为整数' })
    .int({ message: '天数应为整数' })
    .min(0, { message: '天数不能为负数' })
    .max(3650, { message: '天数过大' })
    .optional(),
  includeInactive: BoolParam.optional(),
});
export const OfficerListQuery = OfficerFilters.extend(ListQuery.shape);
export type OfficerListQuery = z.input<typeof OfficerListQuery>;
export const OfficerExportQuery = OfficerFilters.extend(ExportFormat);

export const CERTIFICATE_STATES = [
  { code: 'valid', label: '有效' },
  { code: 'expiring', label: '即将到期' },
  { code: 'expired', label: '已过期' },
] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number]['code'];

/** An officer as staff see them; ID number and phone masked unless the actor may see them whole. */
export const OfficerOut = z.object({
  id: z.string(),
  orgUnit: OrgRef,
  name: z.string(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  /** False when idNumber and phone are masked. */
  personalDataVisible: z.boolean(),
  certificateNumber: z.string(),
  certificateIssuer: z.string(),
  certificateIssuedOn: z.string().nullable(),
  certificateValidUntil: z.string(),
  /** As of today; `expiring` within 30 days. */
  certificateState: z.enum(['valid', 'expiring', 'expired']),
  hasLegalQualification: z.boolean(),
  isActive: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type OfficerOut = z.infer<typeof OfficerOut>;
export const OfficerPage = Page(OfficerOut);

// ── 裁量基准 (discretion benchmarks) ─────────────────────────────────────────────────────────────────

export const BenchmarkRangeIn = z.object({
  circumstance: z.enum(CIRCUMSTANCE_CODES, { message: '请选择违法情节' }),
  fineMin: Yuan,
  fineMax: Yuan,
  description: text(1000).default(''),
});

const BenchmarkFields = {
  /** The body whose benchmark it is; null = district-wide (the coordinator's). */
  orgUnitId: z.uuid({ message: '执法主体格式不正确' }).nullable(),
  powerItemId: z
    .uuid({ message: '权责清单事项格式不正确' })
    .nullish()
    .transform((v) => v ?? null),
  code: required(60, '基准编号'),
  violation: required(500, '违法行为'),
  violationBasis: optionalText(2000),
  penaltyBasis: required(2000, '处罚依据'),
  ranges: z
    .array(BenchmarkRangeIn)
    .min(1, { message: '请至少设置一个情节的裁量幅度' })
    .max(CIRCUMSTANCE_CODES.length, { message: '情节数量过多' }),
};
export const CreateBenchmarkBody = z.object(BenchmarkFields);
export type CreateBenchmarkBody = z.input<typeof CreateBenchmarkBody>;
export const UpdateBenchmarkBody = z.object(BenchmarkFields).omit({ orgUnitId: true }).partial();
export type UpdateBenchmarkBody = z.input<typeof UpdateBenchmarkBody>;
export const BenchmarkIdParams = IdParams('裁量基准');

export const BenchmarkFilters = z.object({
  q: z.string().trim().max(100).optional(),
  /** A body's benchmarks; the district-wide ones are listed with every body's. */
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  powerItemId: z.uuid({ message: '权责清单事项格式不正确' }).optional(),
  includeInactive: BoolParam.optional(),
});
export const BenchmarkListQuery = BenchmarkFilters.extend(ListQuery.shape);
export type BenchmarkListQuery = z.input<typeof BenchmarkListQuery>;
export const BenchmarkExportQuery = BenchmarkFilters.extend(ExportFormat);

export const BenchmarkOut = z.object({
  id: z.string(),
  orgUnit: OrgRef.nullable(),
  powerItem: PowerRef.nullable(),
  code: z.string(),
  violation: z.string(),
  violationBasis: z.string().nullable(),
  penaltyBasis: z.string(),
  ranges: z.array(
    z.object({
      circumstance: z.enum(CIRCUMSTANCE_CODES),
      fineMin: z.number(),
      fineMax: z.number(),
      description: z.string(),
    }),
  ),
  isActive: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type BenchmarkOut = z.infer<typeof BenchmarkOut>;
export const BenchmarkPage = Page(BenchmarkOut);

// ── 重大执法决定法制审核目录 (major decision catalogue) ──────────────────────────────────────────────

export const AddMajorCatalogueEntryBody = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  /** null = every decision the description covers. */
  powerItemId: z
    .uuid({ message: '权责清单事项格式不正确' })
    .nullish()
    .transform((v) => v ?? null),
  description: required(1000, '重大执法决定事项'),
});
export type AddMajorCatalogueEntryBody = z.input<typeof AddMajorCatalogueEntryBody>;
export const MajorCatalogueIdParams = IdParams('目录事项');
export const MajorCatalogueListQuery = ListQuery.extend({
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  includeInactive: BoolParam.optional(),
});
export type MajorCatalogueListQuery = z.input<typeof MajorCatalogueListQuery>;

export const MajorCatalogueEntryOut = z.object({
  id: z.string(),
  orgUnit: OrgRef,
  powerItem: PowerRef.nullable(),
  description: z.string(),
  isActive: z.boolean(),
  updatedAt: z.string(),
});
export type MajorCatalogueEntryOut = z.infer<typeof MajorCatalogueEntryOut>;
export const MajorCataloguePage = Page(MajorCatalogueEntryOut);

// ── 涉企行政事业性收费目录 (fee catalogue) ───────────────────────────────────────────────────────────

const FeeFields = {
  orgUnitId: z.uuid({ message: '请选择收费单位' }),
  code: required(60, '收费项目编码'),
  name: required(200, '收费项目名称'),
  legalBasis: required(2000, '收费依据'),
  standard: required(2000, '收费标准'),
  publishedOn: IsoDate,
};
export const CreateFeeBody = z.object(FeeFields);
export type CreateFeeBody = z.input<typeof CreateFeeBody>;
export const UpdateFeeBody = z.object(FeeFields).omit({ orgUnitId: true }).partial();
export type UpdateFeeBody = z.input<typeof UpdateFeeBody>;
export const RepealFeeBody = z.object({ repealedOn: IsoDate, reason: required(1000, '取消收费的原因') });
export type RepealFeeBody = z.input<typeof RepealFeeBody>;
export const FeeIdParams = IdParams('收费项目');
export const FeeCollectionParams = z.object({
  id: z.uuid({ message: '收费项目编号格式不正确' }),
  year: z.coerce
    .number({ message: '年度应为四位数字' })
    .int({ message: '年度应为四位数字' })
    .min(2000, { message: '年度不能早于 2000 年' })
    .max(2100, { message: '年度不正确' }),
});
export const FeeCollectionBody = z.object({ amountYuan: Yuan });
export type FeeCollectionBody = z.input<typeof FeeCollectionBody>;

export const FeeFilters = z.object({
  q: z.string().trim().max(100).optional(),
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  includeRepealed: BoolParam.optional(),
});
export const FeeListQuery = FeeFilters.extend(ListQuery.shape);
export type FeeListQuery = z.input<typeof FeeListQuery>;
export const FeeExportQuery = FeeFilters.extend(ExportFormat);

export const FeeOut = z.object({
  id: z.string(),
  orgUnit: OrgRef,
  code: z.string(),
  name: z.string(),
  legalBasis: z.string(),
  standard: z.string(),
  publishedOn: z.string(),
  repealedOn: z.string().nullable(),
  /** Amounts collected, by year, oldest first. */
  collections: z.array(z.object({ year: z.number().int(), amountYuan: z.number() })),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type FeeOut = z.infer<typeof FeeOut>;
export const FeePage = Page(FeeOut);
