import { IsoDate, optionalText, required, text } from '../fields.js';
import { ListQuery, Page } from '../kit.js';
import { ActionOut, StepOut } from '../procedure.js';
import { z } from '../zod-setup.js';
import {
  AnnualReport,
  REPORT_KINDS,
  ReportCheck,
  ReportFigure,
  ReportParagraph,
  ReportSection,
  ReportTableCell,
} from './annual.js';

/**
 * The reports module (issue #12, decision 0036): a report's stored draft and its workflow — generate, edit the
 * prose around the live figures, departments' contributions, review, 常务会议 approval, sign-off by the
 * principal leaders, publication on the portal, archive (frozen and SM3-hashed). Staff routes under
 * `/api/v1/reports/drafts`, the public ones under `/api/v1/portal/reports`.
 */

/** draft → in_review → approved (常务会议) → signed (principal leaders) → published (portal) → archived. */
export const REPORT_DRAFT_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'signed',
  'published',
  'archived',
] as const;
export type ReportDraftStatus = (typeof REPORT_DRAFT_STATUSES)[number];
/** The states in which the text may still change (after approval only a return to draft reopens it). */
export const EDITABLE_STATUSES: readonly ReportDraftStatus[] = ['draft', 'in_review'];
/** The states whose report is served frozen (the snapshot taken at sign-off), never recomputed. */
export const FROZEN_STATUSES: readonly ReportDraftStatus[] = ['signed', 'published', 'archived'];

const Year = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2019, { message: '年度不能早于 2019 年（督察规定与年报格式自 2019 年起）' })
  .max(2100, { message: '年度不正确' });

/** `POST /api/v1/reports/drafts`: generate the draft of (report, year, unit) from the installed statements. */
export const ReportDraftCreate = z.object({
  report: z.enum(REPORT_KINDS, { message: '请选择报告类型' }),
  year: Year,
  /** An org unit's code or id: that department's own report; omitted = the district's (or the officer's unit). */
  unit: z.string().trim().min(1).max(64).optional(),
});
export type ReportDraftCreate = z.infer<typeof ReportDraftCreate>;

/** `GET /api/v1/reports/drafts`: the drafts in the reader's scope (a department officer: its own + the district's). */
export const ReportDraftListQuery = ListQuery.extend({
  year: Year.optional(),
  report: z.enum(REPORT_KINDS, { message: '报告类型不正确' }).optional(),
  status: z.enum(REPORT_DRAFT_STATUSES, { message: '状态不正确' }).optional(),
});
export type ReportDraftListQuery = z.infer<typeof ReportDraftListQuery>;

export const ReportUnitOut = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** The 常务会议 that approved the report (督察规定 第二十四条: 经本级党委常委会或政府常务会议审议通过). */
export const ReportApproval = z.object({
  /** e.g. 区政府第12次常务会议. */
  meeting: required(100, '会议名称'),
  meetingOn: IsoDate,
  /** The minutes' reference (会议纪要编号). */
  minutesRef: required(100, '会议纪要编号'),
});
export type ReportApproval = z.infer<typeof ReportApproval>;

/** A principal leader who signs (党政主要负责人): name and role. */
export const ReportSigner = z.object({
  name: required(50, '签署人姓名'),
  /** e.g. 区委书记, 区长; a department's report: 局长. */
  role: required(50, '签署人职务'),
});
export type ReportSigner = z.infer<typeof ReportSigner>;

/** A figure the coordinator replaced by text, with the reason (the engine's FigureOverride). */
export const FigureOverrideIn = z.object({
  /** `key` or `key:cell` of the figure replaced. */
  figure: required(200, '被替换的数字'),
  text: required(200, '替换后的文字'),
  reason: required(500, '替换理由'),
});
export type FigureOverrideIn = z.infer<typeof FigureOverrideIn>;

/** A draft paragraph as stored: figures as `{metric.key}` placeholders (the engine's DraftParagraph). */
export const DraftParagraphOut = z.object({
  id: z.string(),
  section: z.number().int(),
  area: z.string().optional(),
  order: z.number(),
  statement: z.string().nullable(),
  lead: z.string().optional(),
  text: z.string(),
  overrides: z.array(FigureOverrideIn).optional(),
  /** The code of the unit that contributed the paragraph to the district report. */
  contributedBy: z.string().optional(),
});
export type DraftParagraphOut = z.infer<typeof DraftParagraphOut>;

/**
 * `POST …/drafts/:id/paragraphs` (a new prose paragraph) and `PUT …/paragraphs/:pid` (edit text/lead, move to
 * another section/area/order). Placeholders stay live; a figure removed from the text needs an override with a
 * reason, else 422 FIGURE_REMOVED_WITHOUT_REASON naming the figure.
 */
export const DraftParagraphInput = z.object({
  section: z.coerce
    .number()
    .int()
    .min(1, { message: '部分编号不正确' })
    .max(9, { message: '部分编号不正确' }),
  area: optionalText(50),
  /** Position within the section (and area); omitted on add = last. */
  order: z.coerce.number().optional(),
  lead: optionalText(200),
  text: required(5000, '段落内容'),
  overrides: z.array(FigureOverrideIn).max(50).optional(),
});
export type DraftParagraphInput = z.infer<typeof DraftParagraphInput>;

/** `PATCH /api/v1/reports/drafts/:id`: the parts around the paragraphs (only the fields sent change). */
export const ReportDraftPatch = z.object({
  title: text(200).min(1, { message: '请填写标题' }).optional(),
  opening: text(5000).optional(),
  closing: z.array(text(2000)).max(20).optional(),
  signature: z
    .object({
      organs: z.array(required(100, '落款机关')).min(1, { message: '请至少填写一个落款机关' }).max(4),
      dateOn: IsoDate.nullable(),
    })
    .optional(),
});
export type ReportDraftPatch = z.infer<typeof ReportDraftPatch>;

/** A deadline of the report (督察规定 第二十四条 / 条例 第四十九条), computed from the year and the unit. */
export const ReportDeadlineOut = z.object({
  key: z.string(),
  label: z.string(),
  dueOn: IsoDate,
  basis: z.string(),
  /** met (done on or before dueOn), overdue, or open (still running). */
  status: z.enum(['open', 'met', 'overdue']),
});
export type ReportDeadlineOut = z.infer<typeof ReportDeadlineOut>;

/** The frozen snapshot's seal: SM3 of the canonical JSON, verified on every read. */
export const ReportSeal = z.object({
  frozenAt: z.string(),
  /** SM3, hex. */
  hash: z.string(),
  /** false = the stored snapshot no longer matches its hash (tampered): shown, never hidden. */
  verified: z.boolean(),
});
export type ReportSeal = z.infer<typeof ReportSeal>;

/** One row of the drafts list. */
export const ReportDraftSummary = z.object({
  id: z.string(),
  report: z.enum(REPORT_KINDS),
  year: z.number().int(),
  unit: ReportUnitOut,
  /** true for the district's report (departments contribute to it). */
  isDistrict: z.boolean(),
  templateId: z.string(),
  title: z.string(),
  status: z.enum(REPORT_DRAFT_STATUSES),
  version: z.number().int(),
  /** Paragraphs contributed by departments (district report). */
  contributions: z.number().int(),
  publishedOn: IsoDate.nullable(),
  updatedAt: z.string(),
  /** The report's statutory dates (publication, a department's submission) with met / open / overdue. */
  deadlines: z.array(ReportDeadlineOut),
});
export type ReportDraftSummary = z.infer<typeof ReportDraftSummary>;

export const ReportDraftPage = Page(ReportDraftSummary);

/**
 * `GET /api/v1/reports/drafts/:id`: the meta, the report as it reads (computed now while editable; the frozen
 * snapshot once signed), the raw paragraphs with placeholders, the workflow (actions, steps, deadlines).
 */
export const ReportDraftDetail = ReportDraftSummary.extend({
  paragraphs: z.array(DraftParagraphOut),
  document: AnnualReport,
  /** The reader may edit (permission, scope, state); a department officer on the district report: contribute only. */
  canEdit: z.boolean(),
  canContribute: z.boolean(),
  approval: ReportApproval.nullable(),
  signers: z.array(ReportSigner),
  signedOn: IsoDate.nullable(),
  /** Warnings acknowledged at sign-off (the checks as they were). */
  acknowledgedChecks: z.array(ReportCheck),
  seal: ReportSeal.nullable(),
  /** Differences between the frozen figures and a recomputation now (signed reports only; else empty). */
  differenceCount: z.number().int(),
  actions: z.array(ActionOut),
  steps: z.array(StepOut),
});
export type ReportDraftDetail = z.infer<typeof ReportDraftDetail>;

/** A figure whose value now differs from the frozen one (never changed in the archive: only listed). */
export const ReportDifference = z.object({
  /** `key` or `key:cell`. */
  figure: z.string(),
  /** Where it stands: the paragraph id, or `table:二` for a table cell. */
  where: z.string(),
  frozen: z.number(),
  now: z.number(),
});
export type ReportDifference = z.infer<typeof ReportDifference>;

/** `GET /api/v1/reports/drafts/:id/differences`. */
export const ReportDifferences = z.object({
  seal: ReportSeal.nullable(),
  /** Figures the recomputation now states differently. */
  differences: z.array(ReportDifference),
  /** Figures the frozen report states that the installed modules no longer compute. */
  missing: z.array(z.string()),
});
export type ReportDifferences = z.infer<typeof ReportDifferences>;

// ---- The workflow's forms (`POST /api/v1/reports/drafts/:id/transitions/<key>`) ----

/** 提交审核: the coordinator (or the department) submits the draft for review. */
export const SubmitForReviewInput = z.object({ note: optionalText(500) });
/** 退回修改: back to draft from review or approval, with the reason. */
export const ReturnToDraftInput = z.object({ reason: required(500, '退回理由') });
/** 常务会议审议通过: the meeting that approved it (a department's report: its 党组会/局务会). */
export const ApproveInput = ReportApproval;
/**
 * 签署: the principal leaders sign. The consistency checks run: an `error` blocks (422 REPORT_CHECKS_FAILED,
 * listing them); warnings must be acknowledged (`acknowledgeWarnings: true`, else 422 WARNINGS_NOT_ACKNOWLEDGED).
 */
export const SignInput = z.object({
  signers: z.array(ReportSigner).min(1, { message: '请填写签署人（党政主要负责人）' }).max(4),
  on: IsoDate,
  acknowledgeWarnings: z.boolean().default(false),
});
/** 公开发布: published on the portal on that day (the district's report: before 1 April). */
export const PublishInput = z.object({ on: IsoDate });
/** 归档: the published report is archived (it stays public and frozen). */
export const ArchiveInput = z.object({ note: optionalText(500) });

export const REPORT_TRANSITION_INPUTS = {
  submit_for_review: SubmitForReviewInput,
  return_to_draft: ReturnToDraftInput,
  approve: ApproveInput,
  sign: SignInput,
  publish: PublishInput,
  archive: ArchiveInput,
} as const;
export type ReportTransition = keyof typeof REPORT_TRANSITION_INPUTS;

// ---- The portal (public; no staff links, no personal data beyond the signing organs) ----

export const PortalReportQuery = z.object({
  year: Year.optional(),
  report: z.enum(REPORT_KINDS, { message: '报告类型不正确' }).optional(),
});
export type PortalReportQuery = z.infer<typeof PortalReportQuery>;

export const PortalReportSummary = z.object({
  id: z.string(),
  report: z.enum(REPORT_KINDS),
  year: z.number().int(),
  unit: z.object({ code: z.string(), name: z.string() }),
  title: z.string(),
  publishedOn: IsoDate,
});
export type PortalReportSummary = z.infer<typeof PortalReportSummary>;
export const PortalReportList = z.object({ items: z.array(PortalReportSummary) });

const PublicFigure = ReportFigure.omit({ href: true });
const PublicParagraph = ReportParagraph.extend({ figures: z.array(PublicFigure) });
const PublicSection = ReportSection.extend({ paragraphs: z.array(PublicParagraph) });
const PublicTable = z.object({
  rows: z.array(z.unknown()),
  layout: z.array(z.array(ReportTableCell.omit({ href: true }))),
});

/** `GET /api/v1/portal/reports/:id`: the frozen report as published, the staff-only `href`s removed. */
export const PortalReport = AnnualReport.omit({ sections: true, tables: true, checks: true }).extend({
  id: z.string(),
  publishedOn: IsoDate,
  sections: z.array(PublicSection),
  tables: z.record(z.string(), PublicTable),
  /** SM3 of the frozen snapshot, so a reader can cite what was published. */
  hash: z.string(),
});
export type PortalReport = z.infer<typeof PortalReport>;
