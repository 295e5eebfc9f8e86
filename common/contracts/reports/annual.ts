import { z } from '../zod-setup.js';

/**
 * The annual reports computed from the records (issue #12, decision 0031): 法治政府建设年度报告
 * (`GET /api/v1/reports/annual`, `fazhi report annual --json`) and 政府信息公开工作年度报告
 * (`/api/v1/reports/disclosure-annual`, `fazhi report disclosure-annual --json`). A fixed interface: tests and
 * tools rely on it.
 */
export const REPORT_KINDS = ['rule_of_law_annual', 'disclosure_annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ReportQuery = z.object({
  /** The report year; omitted = last year (the year the reports written now are about). */
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int({ message: '年度应为整数' })
    .min(2019, { message: '年度不能早于 2019 年（督察规定与年报格式自 2019 年起）' })
    .max(2100, { message: '年度不正确' })
    .optional(),
  /** An org unit's code or id: that department's own report; omitted = the district's. */
  unit: z.string().trim().min(1).max(64).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportFigure = z.object({
  key: z.string(),
  cell: z.string().optional(),
  value: z.number(),
  /** Last year's value (null when the metric has none), for "上年 / 变化". */
  previous: z.number().nullable(),
  /** This year against last (decision 0037): absolute, and as a share of last year (null when it was 0). */
  change: z.object({ absolute: z.number(), percent: z.number().nullable() }).optional(),
  from: z.string(),
  to: z.string(),
  /** The records behind the figure (staff only). */
  href: z.string(),
});
export type ReportFigure = z.infer<typeof ReportFigure>;

export const ReportParagraph = z.object({
  /** A sub-section heading ((一) …) or a paragraph of text. */
  kind: z.enum(['heading', 'paragraph']),
  /** Stable id of the draft paragraph (absent on headings). */
  id: z.string().optional(),
  text: z.string(),
  figures: z.array(ReportFigure),
  /** The statement it states, or null for prose. */
  statement: z.string().nullable().optional(),
  contributedBy: z.string().optional(),
});
export type ReportParagraph = z.infer<typeof ReportParagraph>;

export const ReportTableCell = z.object({
  text: z.string(),
  colSpan: z.number().optional(),
  rowSpan: z.number().optional(),
  header: z.boolean().optional(),
  figure: z.object({ key: z.string(), cell: z.string().optional(), value: z.number() }).optional(),
  href: z.string().optional(),
  /** Where an imported figure came from (来源), or why the cell is empty (decision 0033). */
  note: z.string().optional(),
});
export type ReportTableCell = z.infer<typeof ReportTableCell>;

export const ReportSection = z.object({
  no: z.number(),
  title: z.string(),
  /** The heading as printed: "一、主要举措和成效". */
  heading: z.string(),
  paragraphs: z.array(ReportParagraph),
  /** The table the section is, by name (二, 三, 四), when it is one. */
  table: z.string().optional(),
});
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportCheck = z.object({
  level: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  keys: z.array(z.string()),
});
export type ReportCheck = z.infer<typeof ReportCheck>;

export const ReportTable = z.object({
  rows: z.array(z.unknown()),
  layout: z.array(z.array(ReportTableCell)),
  /** Named figures of the table the cross-report checks compare (e.g. 表三 `received:total`), decision 0037. */
  figures: z.record(z.string(), z.number()).optional(),
});

export const AnnualReport = z.object({
  report: z.enum(REPORT_KINDS),
  year: z.number(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  template: z.object({ id: z.string(), basis: z.string() }),
  /** The table format of the year (disclosure: '2021' or '2019'); null for the 法治政府建设 report. */
  format: z.string().nullable(),
  title: z.string(),
  opening: z.string(),
  sections: z.array(ReportSection),
  closing: z.array(z.string()),
  tables: z.record(z.string(), ReportTable),
  signature: z.object({ organs: z.array(z.string()), dateOn: z.string().nullable() }),
  checks: z.array(ReportCheck),
});
export type AnnualReport = z.infer<typeof AnnualReport>;
