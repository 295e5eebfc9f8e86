import { IsoDate, optionalText, required } from '../fields.js';
import { ImportResult, ListQuery, Page } from '../kit.js';
import { z } from '../zod-setup.js';
import { INSPECTION_FREQUENCY_CODES, INSPECTION_RESULT_CODES } from './dictionaries.js';

/**
 * 行政检查计划 and the inspections carried out (于洪区行政检查计划管理办法): the forms and the API shapes.
 * Paths: docs/decisions/0011-enforcement.md §7.
 */

const BoolParam = z
  .enum(['true', 'false', '1', '0'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true' || v === '1');
const Year = z.coerce
  .number({ message: '年度应为四位数字' })
  .int({ message: '年度应为四位数字' })
  .min(2000, { message: '年度不能早于 2000 年' })
  .max(2100, { message: '年度不能晚于 2100 年' });
const Ref = z.object({ id: z.string(), name: z.string(), code: z.string() });
const ExportFormat = {
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
};

// ── 行政检查计划 (plans) ──────────────────────────────────────────────────────────────────────────────

/** A body's plan for a year, created as a draft (one per body and year). */
export const CreateInspectionPlanBody = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  year: Year,
  note: optionalText(1000),
});
export type CreateInspectionPlanBody = z.input<typeof CreateInspectionPlanBody>;

/** One line of a plan; `plannedCount` defaults to the frequency's times per year. */
export const InspectionPlanItemInput = z.object({
  powerItemId: z.uuid({ message: '请选择检查事项（权责清单中的行政检查事项）' }),
  frequency: z.enum(INSPECTION_FREQUENCY_CODES, { message: '请选择检查频次' }),
  targets: required(1000, '检查对象'),
  plannedCount: z.coerce
    .number({ message: '计划检查次数应为整数' })
    .int({ message: '计划检查次数应为整数' })
    .min(1, { message: '计划检查次数至少为 1' })
    .max(100_000, { message: '计划检查次数过大' })
    .nullish(),
});
export type InspectionPlanItemInput = z.input<typeof InspectionPlanItemInput>;

/** Replaces every line of a draft plan. */
export const ReplacePlanItemsBody = z.object({
  items: z.array(InspectionPlanItemInput).max(200, { message: '一份计划最多 200 个检查事项' }),
});
export type ReplacePlanItemsBody = z.input<typeof ReplacePlanItemsBody>;

/** 备案: the plan is filed on this day (default today, never later); its items are frozen from then on. */
export const FileInspectionPlanBody = z.object({ filedOn: IsoDate.optional() });
export type FileInspectionPlanBody = z.input<typeof FileInspectionPlanBody>;

export const InspectionPlanIdParams = z.object({ id: z.uuid({ message: '检查计划编号格式不正确' }) });

export const InspectionPlanListQuery = ListQuery.extend({
  year: Year.optional(),
  orgUnitId: z.uuid({ message: '执法主体编号格式不正确' }).optional(),
});
export type InspectionPlanListQuery = z.input<typeof InspectionPlanListQuery>;

export const InspectionPlanItemOut = z.object({
  id: z.string(),
  powerItem: Ref,
  frequency: z.enum(INSPECTION_FREQUENCY_CODES),
  targets: z.string(),
  plannedCount: z.number().int(),
  /** Inspections recorded against this line. */
  doneCount: z.number().int(),
});
export type InspectionPlanItemOut = z.infer<typeof InspectionPlanItemOut>;

export const InspectionPlanOut = z.object({
  id: z.string(),
  orgUnit: Ref,
  year: z.number().int(),
  filedOn: z.string().nullable(),
  isFiled: z.boolean(),
  note: z.string().nullable(),
  items: z.array(InspectionPlanItemOut),
  plannedCount: z.number().int(),
  doneCount: z.number().int(),
  /** Done against plan, each line counted up to its planned number, ÷ planned; null without a plan. */
  completionRate: z.number().nullable(),
  /** The body's inspections of the year outside any plan line (计划外检查). */
  unplannedCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type InspectionPlanOut = z.infer<typeof InspectionPlanOut>;
export const InspectionPlanPage = Page(InspectionPlanOut);
export type InspectionPlanPage = z.infer<typeof InspectionPlanPage>;

// ── 计划执行情况 (progress) ──────────────────────────────────────────────────────────────────────────

export const InspectionProgressQuery = z.object({ year: Year });

/** One body's line in the plan-versus-done table. */
export const InspectionProgressRow = z.object({
  orgUnit: Ref,
  planId: z.string().nullable(),
  filedOn: z.string().nullable(),
  isFiled: z.boolean(),
  plannedCount: z.number().int(),
  /** Inspections recorded against the plan's lines. */
  doneCount: z.number().int(),
  /** The same, each line counted up to its planned number (the numerator of the completion rate). */
  doneWithinPlanCount: z.number().int(),
  completionRate: z.number().nullable(),
  unplannedCount: z.number().int(),
});
export type InspectionProgressRow = z.infer<typeof InspectionProgressRow>;

export const InspectionProgressOut = z.object({
  year: z.number().int(),
  rows: z.array(InspectionProgressRow),
});
export type InspectionProgressOut = z.infer<typeof InspectionProgressOut>;

// ── 行政检查 (inspections) ───────────────────────────────────────────────────────────────────────────

/** One inspection carried out by at least two officers of the body (行政处罚法 第四十二条、第五十五条). */
export const CreateInspectionBody = z.object({
  orgUnitId: z.uuid({ message: '请选择执法主体' }),
  powerItemId: z.uuid({ message: '请选择检查事项（权责清单中的行政检查事项）' }),
  inspectedOn: IsoDate,
  targetName: required(200, '检查对象'),
  officerIds: z
    .array(z.uuid({ message: '执法人员格式不正确' }))
    .min(2, { message: '执法人员不得少于两人' })
    .max(10, { message: '执法人员最多 10 人' }),
  result: z.enum(INSPECTION_RESULT_CODES, { message: '请选择检查结果' }),
  note: optionalText(2000),
});
export type CreateInspectionBody = z.input<typeof CreateInspectionBody>;

export const InspectionFilters = z.object({
  year: Year.optional(),
  orgUnitId: z.uuid({ message: '执法主体编号格式不正确' }).optional(),
  powerItemId: z.uuid({ message: '检查事项编号格式不正确' }).optional(),
  /** Only inspections outside any plan line (计划外检查). */
  unplanned: BoolParam.optional(),
});
export const InspectionListQuery = InspectionFilters.extend(ListQuery.shape);
export type InspectionListQuery = z.input<typeof InspectionListQuery>;
export const InspectionExportQuery = InspectionFilters.extend(ExportFormat);

export const InspectionOut = z.object({
  id: z.string(),
  orgUnit: Ref,
  powerItem: Ref,
  planItemId: z.string().nullable(),
  inspectedOn: z.string(),
  targetName: z.string(),
  officers: z.array(z.object({ id: z.string(), name: z.string(), certificateNumber: z.string() })),
  result: z.enum(INSPECTION_RESULT_CODES),
  note: z.string().nullable(),
  /** No plan line: 计划外检查. */
  isUnplanned: z.boolean(),
  createdAt: z.string(),
});
export type InspectionOut = z.infer<typeof InspectionOut>;
export const InspectionPage = Page(InspectionOut);
export type InspectionPage = z.infer<typeof InspectionPage>;

/** The answer of an all-or-nothing import of the inspections ledger. */
export const InspectionImportResult = ImportResult.extend({
  /** Of the new ones, inspections without a line in a filed plan (计划外检查). */
  unplanned: z.number().int(),
});
export type InspectionImportResult = z.infer<typeof InspectionImportResult>;
