import { z } from './zod-setup.js';
import { IsoDate, text, optionalText } from './fields.js';
import { codesOf } from './dictionary.js';
import { ImportResult, ListQuery, Page } from './kit.js';
import { ActionOut, StepOut } from './procedure.js';

/**
 * The ten categories of administrative power (职权类别), in the order of the national guideline.
 * Basis: 中办发〔2015〕21号《关于推行地方各级政府工作部门权力清单制度的指导意见》 (legal-rules §11).
 * `abbrev` is the segment used in item codes (<dept>-<abbrev>-<nnn>).
 */
export const POWER_CATEGORIES = [
  { code: 'licensing', label: '行政许可', en: 'Licensing', abbrev: 'XK' },
  { code: 'penalty', label: '行政处罚', en: 'Penalty', abbrev: 'CF' },
  { code: 'coercion', label: '行政强制', en: 'Coercion', abbrev: 'QZ' },
  { code: 'levy', label: '行政征收', en: 'Levy', abbrev: 'ZS' },
  { code: 'benefit', label: '行政给付', en: 'Benefit', abbrev: 'JF' },
  { code: 'inspection', label: '行政检查', en: 'Inspection', abbrev: 'JC' },
  { code: 'confirmation', label: '行政确认', en: 'Confirmation', abbrev: 'QR' },
  { code: 'reward', label: '行政奖励', en: 'Reward', abbrev: 'JL' },
  { code: 'adjudication', label: '行政裁决', en: 'Adjudication', abbrev: 'CJ' },
  { code: 'other', label: '其他行政权力', en: 'Other powers', abbrev: 'QT' },
] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number]['code'];
export const POWER_CATEGORY_CODES = codesOf(POWER_CATEGORIES);

/** 行使层级 (the level of government exercising the power). */
export const EXERCISE_LEVELS = [
  { code: 'province', label: '省级' },
  { code: 'city', label: '市级' },
  { code: 'county', label: '县级' },
  { code: 'township', label: '乡级' },
] as const;
export type ExerciseLevel = (typeof EXERCISE_LEVELS)[number]['code'];
const EXERCISE_LEVEL_CODES = codesOf(EXERCISE_LEVELS);

/** An item's status: 草稿, 已发布 (现行, possibly with a revision in preparation), 已取消, 已作废 (a draft dropped). */
export const POWER_ITEM_STATUSES = [
  { code: 'draft', label: '草稿' },
  { code: 'published', label: '已发布' },
  { code: 'repealed', label: '已取消' },
  { code: 'discarded', label: '已作废' },
] as const;
export type PowerItemStatus = (typeof POWER_ITEM_STATUSES)[number]['code'];
const STATUS_CODES = codesOf(POWER_ITEM_STATUSES);

/** A published version's status: 现行 (in force), 已调整 (superseded by a revision), 已取消 (repealed). */
export const POWER_VERSION_STATUSES = [
  { code: 'in_force', label: '现行' },
  { code: 'revised', label: '已调整' },
  { code: 'repealed', label: '已取消' },
] as const;
export type PowerVersionStatus = (typeof POWER_VERSION_STATUSES)[number]['code'];

/** Field labels (zh-CN), shared by the forms, the ledger columns and the gate messages. */
export const POWER_FIELD_LABELS = {
  code: '事项编码',
  name: '事项名称',
  subItemName: '子项名称',
  category: '职权类别',
  orgUnitId: '实施主体',
  legalBasis: '实施依据',
  handlingUnit: '承办机构',
  exerciseLevel: '行使层级',
  process: '运行流程',
  responsibility: '责任事项',
  accountability: '追责情形',
  timeLimit: '办理时限',
  feeBasis: '收费依据及标准',
  supervisionPhone: '监督电话',
  remarks: '备注',
} as const;

export const PowerItemCode = z
  .string()
  .trim()
  .min(1, { message: '请填写事项编码' })
  .max(64, { message: '事项编码不能超过 64 个字符' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: '事项编码只能包含字母、数字、点、连字符和下划线' });

/** The editable content of an item; what a draft or a revision holds. */
export const PowerItemContent = z.object({
  name: text(200).min(1, { message: '请填写事项名称' }),
  subItemName: optionalText(200),
  category: z.enum(POWER_CATEGORY_CODES, { message: '请选择十类职权类别之一' }),
  legalBasis: optionalText(5000),
  handlingUnit: optionalText(200),
  exerciseLevel: z.enum(EXERCISE_LEVEL_CODES, { message: '行使层级应为省级、市级、县级或乡级' }).nullish(),
  process: optionalText(5000),
  responsibility: optionalText(5000),
  accountability: optionalText(5000),
  timeLimit: optionalText(200),
  feeBasis: optionalText(1000),
  supervisionPhone: optionalText(50),
  remarks: optionalText(1000),
});
export type PowerItemContent = z.output<typeof PowerItemContent>;

export const CreatePowerItemBody = PowerItemContent.extend({
  code: PowerItemCode,
  orgUnitId: z.uuid({ message: '请选择实施主体' }),
});
export type CreatePowerItemBody = z.input<typeof CreatePowerItemBody>;

/** Edits a draft (every field) or the open revision of a published item (content only: code and unit stay). */
export const UpdatePowerItemBody = PowerItemContent.partial().extend({
  code: PowerItemCode.optional(),
  orgUnitId: z.uuid({ message: '请选择实施主体' }).optional(),
});
export type UpdatePowerItemBody = z.input<typeof UpdatePowerItemBody>;

export const POWER_TRANSITIONS = [
  'publish',
  'discard',
  'revise',
  'publish_revision',
  'discard_revision',
  'repeal',
] as const;
export type PowerTransition = (typeof POWER_TRANSITIONS)[number];

export const RepealInput = z.object({ reason: text(1000).min(1, { message: '取消事项须说明理由' }) });
export const ReasonInput = z.object({ reason: text(1000).optional() });

export const IdParams = z.object({ id: z.uuid({ message: '事项编号格式不正确' }) });

export const PowerItemListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(POWER_CATEGORY_CODES, { message: '未知的职权类别' }).optional(),
  orgUnitId: z.uuid({ message: '实施主体编号格式不正确' }).optional(),
  status: z.enum(STATUS_CODES, { message: '未知的状态' }).optional(),
});
export type PowerItemListQuery = z.output<typeof PowerItemListQuery>;

export const PowerExportQuery = PowerItemListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
});

export const PortalPowerQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(POWER_CATEGORY_CODES, { message: '未知的职权类别' }).optional(),
  departmentId: z.uuid({ message: '部门编号格式不正确' }).optional(),
});
export type PortalPowerQuery = z.output<typeof PortalPowerQuery>;

const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });

export const PowerItemSummary = z.object({
  id: z.string(),
  /** Row version, sent back in If-Match by an edit or a step (decision 0022). */
  version: z.number().int(),
  code: z.string(),
  name: z.string(),
  subItemName: z.string().nullable(),
  category: z.enum(POWER_CATEGORY_CODES),
  orgUnit: OrgRef,
  status: z.enum(STATUS_CODES),
  currentVersion: z.number(),
  hasPendingRevision: z.boolean(),
  publishedOn: IsoDate.nullable(),
  repealedOn: IsoDate.nullable(),
  updatedAt: z.string(),
});
export type PowerItemSummary = z.infer<typeof PowerItemSummary>;

export const PowerItemPage = Page(PowerItemSummary);
export type PowerItemPage = z.infer<typeof PowerItemPage>;

const ContentOut = z.object({
  name: z.string(),
  subItemName: z.string().nullable(),
  category: z.enum(POWER_CATEGORY_CODES),
  legalBasis: z.string().nullable(),
  handlingUnit: z.string().nullable(),
  exerciseLevel: z.enum(EXERCISE_LEVEL_CODES).nullable(),
  process: z.string().nullable(),
  responsibility: z.string().nullable(),
  accountability: z.string().nullable(),
  timeLimit: z.string().nullable(),
  feeBasis: z.string().nullable(),
  supervisionPhone: z.string().nullable(),
  remarks: z.string().nullable(),
});
export type PowerItemContentOut = z.infer<typeof ContentOut>;

export const PowerItemVersionOut = z.object({
  version: z.number(),
  status: z.enum(['in_force', 'revised', 'repealed']),
  publishedOn: IsoDate,
  supersededOn: IsoDate.nullable(),
  repealedOn: IsoDate.nullable(),
  reason: z.string().nullable(),
  snapshot: ContentOut.extend({ code: z.string() }),
});

export const PowerItemAction = ActionOut.extend({
  /** The form's reason field: a repeal must give one (取消须说明理由), a revision may. */
  reasonInput: z.enum(['none', 'optional', 'required']),
});
export type PowerItemAction = z.infer<typeof PowerItemAction>;

export const PowerItemHistoryEntry = StepOut.extend({ reason: z.string().nullable() });

export const PowerItemDetail = PowerItemSummary.merge(ContentOut).extend({
  changeReason: z.string().nullable(),
  pendingRevision: ContentOut.nullable(),
  versions: z.array(PowerItemVersionOut),
  history: z.array(PowerItemHistoryEntry),
  actions: z.array(PowerItemAction),
});
export type PowerItemDetail = z.infer<typeof PowerItemDetail>;

const CategoryCounts = z.record(z.string(), z.number());
export const PowerStats = z.object({
  total: z.number(),
  byCategory: CategoryCounts,
  byDepartment: z.array(OrgRef.extend({ total: z.number(), byCategory: CategoryCounts })),
});
export type PowerStats = z.infer<typeof PowerStats>;

export const PowerStatsQuery = z.object({
  status: z.enum(STATUS_CODES, { message: '未知的状态' }).optional(),
});

/** `imported` items, of which `published` came in as published versions. */
export const PowerImportResult = ImportResult.extend({ published: z.number() });
export type PowerImportResult = z.infer<typeof PowerImportResult>;

/** What the public sees of an item: the in-force version only, never drafts or pending revisions. */
export const PublicPowerItem = ContentOut.extend({
  id: z.string(),
  code: z.string(),
  department: OrgRef,
  version: z.number(),
  publishedOn: IsoDate,
});
export type PublicPowerItem = z.infer<typeof PublicPowerItem>;

export const PublicPowerPage = Page(PublicPowerItem).extend({
  byCategory: CategoryCounts,
  /** `anyTerm` when the whole phrase found nothing and the items shown hold some of its `terms`. */
  matchedBy: z.enum(['phrase', 'anyTerm']).optional(),
  terms: z.array(z.string()).optional(),
});
export type PublicPowerPage = z.infer<typeof PublicPowerPage>;

export const PublicPowerDepartments = z.object({
  departments: z.array(OrgRef.extend({ total: z.number(), byCategory: CategoryCounts })),
});
export type PublicPowerDepartments = z.infer<typeof PublicPowerDepartments>;

export function powerCategoryLabel(code: string): string {
  return POWER_CATEGORIES.find((c) => c.code === code)?.label ?? code;
}
