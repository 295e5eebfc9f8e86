import { z } from './zod-setup.js';
import { codesOf } from './dictionary.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, StepOut } from './procedure.js';

/**
 * 纠错整改 (the defeat → fix loop, issue #14 B7): a reconsideration decision or a court judgment that corrects
 * an act opens a corrective task for the unit that acted (docs/decisions/0043-litigation-and-corrections.md).
 */

/** Who reviewed the act: the 复议机关 (reconsideration) or a court (litigation). */
export const REVIEW_SOURCES = [
  { code: 'reconsideration', label: '行政复议', en: 'Reconsideration' },
  { code: 'litigation', label: '行政诉讼', en: 'Litigation' },
] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number]['code'];
export const REVIEW_SOURCE_CODES = codesOf(REVIEW_SOURCES);

/**
 * The outcomes that correct an act (结果纠正, legal-rules §2.4 and §6.3/6.4): each source module maps its own
 * decision or judgment codes onto these five. Anything else is "not corrected" for the 纠错率.
 */
export const CORRECTIVE_OUTCOMES = [
  { code: 'revoke', label: '撤销', en: 'Revoked' },
  { code: 'change', label: '变更', en: 'Changed' },
  { code: 'confirm_illegal', label: '确认违法', en: 'Confirmed unlawful' },
  { code: 'confirm_invalid', label: '确认无效', en: 'Confirmed void' },
  { code: 'order_performance', label: '责令履行', en: 'Ordered to perform' },
] as const;
export type CorrectiveOutcome = (typeof CORRECTIVE_OUTCOMES)[number]['code'];
export const CORRECTIVE_OUTCOME_CODES = codesOf(CORRECTIVE_OUTCOMES);

/** What was corrected: typed links, resolved for display through the owning module where it exists. */
export const CORRECTION_TARGETS = [
  { code: 'power', label: '权责事项', en: 'Power' },
  { code: 'enforcement_case', label: '执法案件', en: 'Enforcement case' },
  { code: 'disclosure_request', label: '信息公开申请', en: 'Disclosure request' },
  { code: 'decision', label: '行政决定', en: 'Decision' },
  { code: 'other', label: '其他', en: 'Other' },
] as const;
export type CorrectionTarget = (typeof CORRECTION_TARGETS)[number]['code'];
export const CORRECTION_TARGET_CODES = codesOf(CORRECTION_TARGETS);

/** 待整改 → 已提交整改报告 → 已验收（办结）, or 退回 and written again. */
export const CORRECTIVE_TASK_STATES = [
  { code: 'open', label: '待整改', en: 'Open' },
  { code: 'submitted', label: '待验收', en: 'Rectification submitted' },
  { code: 'returned', label: '已退回', en: 'Returned' },
  { code: 'closed', label: '已办结', en: 'Closed' },
] as const;
export type CorrectiveTaskState = (typeof CORRECTIVE_TASK_STATES)[number]['code'];
export const CORRECTIVE_TASK_STATE_CODES = codesOf(CORRECTIVE_TASK_STATES);

export const CORRECTIVE_TRANSITIONS = ['submit', 'accept', 'return'] as const;
export type CorrectiveTransition = (typeof CORRECTIVE_TRANSITIONS)[number];

/** 提交整改报告: what the unit changed, and the day the rectification was done. */
export const SubmitRectificationInput = z.object({
  rectification: required(5000, '整改情况'),
  rectifiedOn: IsoDate,
});
/** 验收: the coordinator's note (optional). */
export const AcceptRectificationInput = z.object({ note: optionalText(1000) });
/** 退回: why the rectification is not enough (required, the unit reads it). */
export const ReturnRectificationInput = z.object({ reason: required(1000, '退回理由') });

export const CorrectiveTaskListQuery = ListQuery.extend({
  state: z.enum(CORRECTIVE_TASK_STATE_CODES, { message: '未知的状态' }).optional(),
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  source: z.enum(REVIEW_SOURCE_CODES, { message: '未知的纠错来源' }).optional(),
  overdue: z
    .enum(['true', 'false'], { message: '逾期筛选应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
});
export type CorrectiveTaskListQuery = z.output<typeof CorrectiveTaskListQuery>;

export const CorrectiveIdParams = z.object({ id: z.uuid({ message: '整改任务编号格式不正确' }) });

const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });

export const CorrectiveTaskSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  number: z.string(),
  state: z.enum(CORRECTIVE_TASK_STATE_CODES),
  orgUnit: OrgRef,
  source: z.object({
    kind: z.enum(REVIEW_SOURCE_CODES),
    id: z.string().nullable(),
    number: z.string(),
    outcome: z.enum(CORRECTIVE_OUTCOME_CODES),
    decidedOn: IsoDate,
  }),
  target: z.object({
    kind: z.enum(CORRECTION_TARGET_CODES),
    id: z.string().nullable(),
    label: z.string(),
  }),
  power: z.object({ id: z.string(), name: z.string() }).nullable(),
  defect: z.string(),
  dueOn: IsoDate,
  overdue: z.boolean(),
  /** Earlier corrected acts of the same power within the look-back window (0 = not a repeat). */
  repeatCount: z.number().int(),
  closedOn: IsoDate.nullable(),
});
export type CorrectiveTaskSummary = z.infer<typeof CorrectiveTaskSummary>;

export const CorrectiveTaskPage = Page(CorrectiveTaskSummary);
export type CorrectiveTaskPage = z.infer<typeof CorrectiveTaskPage>;

export const CorrectiveTaskDetail = CorrectiveTaskSummary.extend({
  rectification: z.string().nullable(),
  rectifiedOn: IsoDate.nullable(),
  returnReason: z.string().nullable(),
  dueBasis: z.string(),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
});
export type CorrectiveTaskDetail = z.infer<typeof CorrectiveTaskDetail>;

/** The 纠错率 table: reviewed acts and corrected acts per unit or per power. */
export const CorrectionRatesQuery = z.object({
  by: z.enum(['unit', 'power'], { message: '统计口径应为 unit 或 power' }).default('unit'),
  year: z.coerce.number().int().min(2000).max(2100, { message: '年份不正确' }).optional(),
});
export type CorrectionRatesQuery = z.output<typeof CorrectionRatesQuery>;

export const CorrectionRateRow = z.object({
  id: z.string(),
  name: z.string(),
  reviewed: z.number().int(),
  corrected: z.number().int(),
  rate: z.number().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
  repeated: z.boolean(),
});
export const CorrectionRates = z.object({
  by: z.enum(['unit', 'power']),
  year: z.number().int(),
  total: CorrectionRateRow.omit({ id: true, name: true, repeated: true }),
  rows: z.array(CorrectionRateRow),
});
export type CorrectionRates = z.infer<typeof CorrectionRates>;
