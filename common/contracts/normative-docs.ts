import { z } from './zod-setup.js';
import { IsoDate, optionalText, required } from './fields.js';
import { codesOf } from './dictionary.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

/**
 * 行政规范性文件 (legal-rules §4; docs/decisions/0048-normative-documents.md): the dictionaries, the step forms, the
 * cleanup campaigns, the law register and what the API answers. Labels are zh-CN; `en` is the English word.
 */

/** Where a document stands in 国办发〔2018〕37号's procedure (起草 → … → 备案 → 废止 / 失效). */
export const DOC_STATES = [
  { code: 'drafting', label: '起草中', en: 'Drafting' },
  { code: 'evaluation', label: '评估论证', en: 'Evaluation' },
  { code: 'public_comment', label: '公开征求意见', en: 'Public comment' },
  { code: 'legality_review', label: '合法性审核中', en: 'Legality review' },
  { code: 'reviewed', label: '已出具审核意见', en: 'Review opinion issued' },
  { code: 'deliberated', label: '已集体审议', en: 'Deliberated' },
  { code: 'registered', label: '已统一登记编号', en: 'Registered and numbered' },
  { code: 'published', label: '已公布待备案', en: 'Published, to be filed' },
  { code: 'filed', label: '已报送备案', en: 'Filed' },
  { code: 'repealed', label: '已废止', en: 'Repealed' },
  { code: 'expired', label: '已失效', en: 'Expired' },
] as const;
export type DocState = (typeof DOC_STATES)[number]['code'];
export const DOC_STATE_CODES = codesOf(DOC_STATES);
/** In force: published (filed or not yet) and neither repealed nor expired. */
export const IN_FORCE_STATES: readonly DocState[] = ['published', 'filed'];

/** Who issued it: the government (files with the level above and the 人大常委会) or a department (with the government). */
export const ISSUER_LEVELS = [
  { code: 'government', label: '区政府（含政府办公室）', en: 'District government' },
  { code: 'department', label: '政府工作部门', en: 'Government department' },
] as const;
export const ISSUER_LEVEL_CODES = codesOf(ISSUER_LEVELS);

/** The 115号 opinion: lawful, unlawful, or to be amended. */
export const REVIEW_CONCLUSIONS = [
  { code: 'lawful', label: '合法', en: 'Lawful' },
  { code: 'amend', label: '修改后提交审议', en: 'To be amended' },
  { code: 'unlawful', label: '不合法', en: 'Unlawful' },
] as const;
export const REVIEW_CONCLUSION_CODES = codesOf(REVIEW_CONCLUSIONS);

/** 国办发〔2018〕115号 review content, seven points: each one passed or not (legal-rules §4.2). */
export const REVIEW_POINTS = [
  { code: 'issuer_lawful', label: '制定主体是否合法', en: 'Is the issuing body lawful' },
  { code: 'within_powers', label: '是否超越制定机关法定职权', en: 'Within the issuer’s statutory powers' },
  {
    code: 'consistent_with_law',
    label: '内容是否符合宪法、法律、法规、规章和国家政策',
    en: 'Consistent with the constitution, laws, regulations, rules and state policy',
  },
  {
    code: 'no_unlawful_measures',
    label: '是否违法设立行政许可、行政处罚、行政强制、行政征收、行政收费等事项',
    en: 'No unlawful licences, penalties, coercion, levies or fees',
  },
  {
    code: 'no_reduced_rights',
    label: '是否存在没有法律法规依据作出减损公民、法人和其他组织合法权益或者增加其义务的情形',
    en: 'No reduced rights or added duties without a legal basis',
  },
  {
    code: 'no_added_powers',
    label: '是否存在没有法律法规依据作出增加本单位权力或者减少本单位法定职责的情形',
    en: 'No added powers or reduced duties of the issuer without a legal basis',
  },
  { code: 'procedure_followed', label: '是否违反规范性文件制定程序', en: 'The drafting procedure followed' },
] as const;
export const REVIEW_POINT_CODES = codesOf(REVIEW_POINTS);

/** Where a document is filed (备案): government documents with the two, department documents with the government. */
export const FILING_RECIPIENTS = [
  { code: 'superior_government', label: '上一级人民政府', en: 'Government one level up' },
  {
    code: 'npc_standing_committee',
    label: '本级人大常委会',
    en: 'Same-level people’s congress standing committee',
  },
  { code: 'same_level_government', label: '本级人民政府', en: 'Same-level government' },
] as const;
export const FILING_RECIPIENT_CODES = codesOf(FILING_RECIPIENTS);

/** The filing review's answer. */
export const FILING_RESULTS = [
  { code: 'pending', label: '审查中', en: 'Under review' },
  { code: 'no_objection', label: '审查无异议', en: 'No objection' },
  { code: 'correction_requested', label: '要求纠正', en: 'Correction requested' },
] as const;
export const FILING_RESULT_CODES = codesOf(FILING_RESULTS);

/** A cleanup campaign's result for one document (legal-rules §4.1 清理). */
export const CLEANUP_RESULTS = [
  { code: 'continue', label: '继续有效', en: 'Remains in force' },
  { code: 'revise', label: '修改', en: 'To be revised' },
  { code: 'repeal', label: '废止', en: 'Repealed' },
  { code: 'expire', label: '失效', en: 'Expired' },
] as const;
export const CLEANUP_RESULT_CODES = codesOf(CLEANUP_RESULTS);

export const LAW_STATUSES = [
  { code: 'in_force', label: '现行有效', en: 'In force' },
  { code: 'amended', label: '已修改', en: 'Amended' },
  { code: 'repealed', label: '已废止', en: 'Repealed' },
] as const;
export const LAW_STATUS_CODES = codesOf(LAW_STATUSES);

const on = IsoDate;

/** 起草: a new draft, with its drafting unit and the laws it rests on. */
export const DraftDocBody = z.object({
  title: required(200, '文件名称'),
  issuerLevel: z.enum(ISSUER_LEVEL_CODES, { message: '制定机关类别应为区政府或政府工作部门' }),
  orgUnitId: z.uuid({ message: '制定机关格式不正确' }),
  draftingUnit: required(60, '起草单位'),
  subject: optionalText(60),
  body: optionalText(50000),
  draftedOn: on,
  citations: z
    .array(z.object({ lawId: z.uuid({ message: '法律法规格式不正确' }), article: optionalText(60) }))
    .max(30, { message: '依据最多 30 项' })
    .default([]),
});
export type DraftDocBody = z.infer<typeof DraftDocBody>;

export const EvaluateInput = z.object({ on, note: required(4000, '评估论证情况') });
export const OpenCommentInput = z.object({
  on,
  until: IsoDate,
  channel: required(200, '征求意见的载体（网站栏目等）'),
});
export const SubmitReviewInput = z.object({
  on,
  /** Without public comment: why the document does not touch the public's vital interests (37号). */
  noCommentReason: optionalText(400),
  /** After public comment: what was received and adopted (意见采纳情况). */
  commentSummary: optionalText(4000),
  reviewDays: z
    .number()
    .int()
    .min(5, { message: '审核期限不少于 5 个工作日' })
    .max(15, {
      message: '审核期限不超过 15 个工作日',
    })
    .optional(),
});
export const ReviewInput = z
  .object({
    on,
    conclusion: z.enum(REVIEW_CONCLUSION_CODES, { message: '审核结论应为合法、修改后提交审议或不合法' }),
    checklist: z.record(z.enum(REVIEW_POINT_CODES), z.boolean()),
    opinion: required(8000, '审核意见'),
    opinionNumber: required(60, '审核意见书编号'),
    reviewer: required(40, '审核人'),
  })
  .refine((v) => REVIEW_POINT_CODES.every((c) => typeof v.checklist[c] === 'boolean'), {
    message: '请逐项填写七项审核内容',
    path: ['checklist'],
  })
  .refine((v) => v.conclusion !== 'lawful' || REVIEW_POINT_CODES.every((c) => v.checklist[c] === true), {
    message: '审核内容有未通过的项目，结论不能为合法',
    path: ['conclusion'],
  });
export const RespondInput = z
  .object({
    on,
    response: z.enum(['adopted', 'explained'], { message: '应为采纳或说明理由' }),
    explanation: optionalText(4000),
  })
  .refine((v) => v.response === 'adopted' || v.explanation, {
    message: '不采纳审核意见的，请说明理由',
    path: ['explanation'],
  });
export const ResubmitInput = z.object({ on, changes: required(4000, '修改情况') });
export const DeliberateInput = z.object({
  on,
  meeting: required(100, '审议会议名称'),
  minutesRef: optionalText(60),
});
export const RegisterInput = z.object({
  on,
  documentNumber: required(60, '发文字号'),
  signer: required(40, '签发人'),
});
export const PublishInput = z.object({
  on,
  carrier: required(100, '公布载体'),
  interpretation: required(20000, '政策解读'),
  effectiveOn: IsoDate,
  validYears: z
    .number()
    .int()
    .min(1, { message: '有效期至少 1 年' })
    .max(5, { message: '有效期不超过 5 年' }),
  provisional: z.boolean().default(false),
});
export const FileInput = z.object({
  on,
  recipients: z
    .array(z.enum(FILING_RECIPIENT_CODES, { message: '备案机关不正确' }))
    .min(1, { message: '请选择备案机关' }),
  reportNumber: optionalText(60),
});
export const FilingResultInput = z.object({
  on,
  recipient: z.enum(FILING_RECIPIENT_CODES, { message: '备案机关不正确' }),
  result: z.enum(['no_objection', 'correction_requested'], { message: '审查结果应为无异议或要求纠正' }),
  note: optionalText(2000),
});
export const RepealInput = z.object({ on, reason: required(1000, '废止理由') });
export const ExpireInput = z.object({ on, reason: required(1000, '失效理由') });

const Unit = z.object({ id: z.string(), name: z.string() });
const Citation = z.object({
  lawId: z.string(),
  lawTitle: z.string(),
  lawStatus: z.string(),
  article: z.string().nullable(),
});

export const DocSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  issuerLevel: z.string(),
  issuer: Unit,
  draftingUnit: z.string(),
  state: z.enum(DOC_STATE_CODES),
  registrationNumber: z.string().nullable(),
  documentNumber: z.string().nullable(),
  publishedOn: IsoDate.nullable(),
  validUntil: IsoDate.nullable(),
  reviewConclusion: z.string().nullable(),
  filingDueOn: IsoDate.nullable(),
  overdue: z.boolean(),
});
export type DocSummary = z.infer<typeof DocSummary>;

export const DocDetail = DocSummary.extend({
  subject: z.string().nullable(),
  body: z.string().nullable(),
  draftedOn: IsoDate,
  evaluationNote: z.string().nullable(),
  commentFrom: IsoDate.nullable(),
  commentUntil: IsoDate.nullable(),
  commentChannel: z.string().nullable(),
  commentSummary: z.string().nullable(),
  noCommentReason: z.string().nullable(),
  reviews: z.array(
    z.object({
      round: z.number().int(),
      submittedOn: IsoDate,
      dueOn: IsoDate,
      reviewedOn: IsoDate.nullable(),
      conclusion: z.string().nullable(),
      checklist: z.record(z.string(), z.boolean()).nullable(),
      opinion: z.string().nullable(),
      opinionNumber: z.string().nullable(),
      reviewer: z.string().nullable(),
      response: z.string().nullable(),
      explanation: z.string().nullable(),
    }),
  ),
  meeting: z.string().nullable(),
  meetingOn: IsoDate.nullable(),
  signer: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  carrier: z.string().nullable(),
  interpretation: z.string().nullable(),
  effectiveOn: IsoDate.nullable(),
  provisional: z.boolean(),
  filings: z.array(
    z.object({
      recipient: z.string(),
      filedOn: IsoDate,
      dueOn: IsoDate,
      onTime: z.boolean(),
      result: z.string(),
      resultOn: IsoDate.nullable(),
      note: z.string().nullable(),
    }),
  ),
  endedOn: IsoDate.nullable(),
  endReason: z.string().nullable(),
  needsRevision: z.boolean(),
  citations: z.array(Citation),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
});
export type DocDetail = z.infer<typeof DocDetail>;

export const DocListQuery = ListQuery.extend({
  state: z.enum(DOC_STATE_CODES).optional(),
  q: optionalText(60),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type DocListQuery = z.infer<typeof DocListQuery>;
export const DocPage = Page(DocSummary);

export const IdParams = z.object({ id: z.uuid({ message: '编号格式不正确' }) });

/** The portal's list of valid documents (the authority: a document not on it cannot be cited). */
export const PublicDoc = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string(),
  registrationNumber: z.string(),
  documentNumber: z.string(),
  publishedOn: IsoDate,
  effectiveOn: IsoDate.nullable(),
  validUntil: IsoDate.nullable(),
  provisional: z.boolean(),
});
export const PublicDocDetail = PublicDoc.extend({
  body: z.string().nullable(),
  interpretation: z.string().nullable(),
  carrier: z.string().nullable(),
});
export const PublicDocQuery = ListQuery.extend({ q: optionalText(60) });
export const PublicDocPage = Page(PublicDoc);

/** 清理: a campaign and its documents to review. */
export const OpenCampaignBody = z.object({
  title: required(200, '清理名称'),
  reason: required(1000, '清理原因'),
  startedOn: IsoDate,
  /** The documents to review: listed, or selected by issuer / issued before / the law they cite. */
  docIds: z
    .array(z.uuid({ message: '文件编号格式不正确' }))
    .max(500)
    .default([]),
  issuerId: z.uuid({ message: '制定机关格式不正确' }).optional(),
  issuedBefore: IsoDate.optional(),
  lawId: z.uuid({ message: '法律法规格式不正确' }).optional(),
});
export type OpenCampaignBody = z.infer<typeof OpenCampaignBody>;
export const CleanupResultBody = z.object({
  result: z.enum(CLEANUP_RESULT_CODES, { message: '清理结果应为继续有效、修改、废止或失效' }),
  reason: required(1000, '清理理由'),
  reviewer: required(40, '审查人'),
  reviewedOn: IsoDate,
});
export const PublishCampaignBody = z.object({ publishedOn: IsoDate });
export const CampaignItemParams = z.object({
  id: z.uuid({ message: '清理编号格式不正确' }),
  docId: z.uuid({ message: '文件编号格式不正确' }),
});

export const CampaignItem = z.object({
  docId: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  result: z.string().nullable(),
  reason: z.string().nullable(),
  reviewer: z.string().nullable(),
  reviewedOn: IsoDate.nullable(),
});
export const Campaign = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  reason: z.string(),
  startedOn: IsoDate,
  status: z.string(),
  publishedOn: IsoDate.nullable(),
  items: z.array(CampaignItem),
});
export type Campaign = z.infer<typeof Campaign>;
export const CampaignList = z.array(Campaign.omit({ items: true }).extend({ reviewed: z.number().int() }));

/** The published lists of a campaign: in force, repealed, expired (and revised, to be amended). */
export const PublicCampaign = z.object({
  id: z.string(),
  title: z.string(),
  publishedOn: IsoDate,
  lists: z.record(
    z.string(),
    z.array(z.object({ title: z.string(), documentNumber: z.string().nullable() })),
  ),
});
export const PublicCampaignList = z.array(PublicCampaign);

/** 法律法规 register. */
export const RegisterLawBody = z.object({
  title: required(200, '法律法规名称'),
  issuer: required(100, '制定机关'),
  versionLabel: optionalText(60),
  promulgatedOn: IsoDate.nullable().optional(),
});
export const ChangeLawBody = z.object({
  status: z.enum(['amended', 'repealed'], { message: '应为已修改或已废止' }),
  changedOn: IsoDate,
  note: optionalText(1000),
});
export const Law = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  versionLabel: z.string().nullable(),
  promulgatedOn: IsoDate.nullable(),
  status: z.string(),
  changedOn: IsoDate.nullable(),
  note: z.string().nullable(),
});
export const LawList = z.array(Law);
/** Who cites a law: the module, the record, its title, whether it is in force. */
export const Citer = z.object({
  module: z.string(),
  id: z.string(),
  title: z.string(),
  reference: z.string().nullable(),
  inForce: z.boolean(),
});
export type Citer = z.infer<typeof Citer>;
export const LawCiters = z.object({ law: Law, citers: z.array(Citer) });

/** The district's configurable periods (decision 0048 §2: the Liaoning defaults). */
export const NormativeSettings = z.object({
  commentMinDays: z.number().int().min(1).max(60),
  reviewWorkingDays: z.number().int().min(5, { message: '不少于 5 个工作日' }).max(15, {
    message: '不超过 15 个工作日',
  }),
  filingDays: z.number().int().min(1).max(30, { message: '备案期限不超过 30 日' }),
  maxValidYears: z.number().int().min(1).max(5),
  maxProvisionalYears: z.number().int().min(1).max(5),
  expiryReviewMonths: z.number().int().min(1).max(12),
  registrationPrefix: required(20, '登记编号前缀'),
});
export type NormativeSettings = z.infer<typeof NormativeSettings>;
export const NormativeSettingsOut = NormativeSettings.extend({ version: z.number().int() });
export type NormativeSettingsOut = z.infer<typeof NormativeSettingsOut>;
