import { z } from '../zod-setup.js';
import { IsoDate, text, optionalText } from '../fields.js';
import { codesOf } from '../dictionary.js';
import { ImportResult, ListQuery, Page } from '../kit.js';

/**
 * What a proactively disclosed item is about (主动公开信息类别): the fifteen items of 条例 第二十条 and the
 * county-level extras of 第二十一条. `short` is the catalogue's short name; `text` the article's wording.
 * Basis: 政府信息公开条例 第二十条、第二十一条 (legal-rules §1.1). The short names are the ones usual in
 * 公开目录 (docs/decisions: see the PRO report); the article wording is kept in `text`.
 */
export const PROACTIVE_CATEGORIES = [
  {
    code: 'laws_and_documents',
    article: '第二十条第（一）项',
    short: '规范性文件',
    text: '行政法规、规章和规范性文件',
  },
  {
    code: 'functions',
    article: '第二十条第（二）项',
    short: '机构职能',
    text: '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
  },
  {
    code: 'plans',
    article: '第二十条第（三）项',
    short: '规划',
    text: '国民经济和社会发展规划、专项规划、区域规划及相关政策',
  },
  {
    code: 'statistics',
    article: '第二十条第（四）项',
    short: '统计信息',
    text: '国民经济和社会发展统计信息',
  },
  {
    code: 'licensing_results',
    article: '第二十条第（五）项',
    short: '行政许可办理结果',
    text: '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
  },
  {
    code: 'penalty_coercion',
    article: '第二十条第（六）项',
    short: '行政处罚和行政强制',
    text: '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
  },
  { code: 'budgets', article: '第二十条第（七）项', short: '财政预算决算', text: '财政预算、决算信息' },
  {
    code: 'fee_items',
    article: '第二十条第（八）项',
    short: '行政事业性收费',
    text: '行政事业性收费项目及其依据、标准',
  },
  {
    code: 'procurement',
    article: '第二十条第（九）项',
    short: '政府集中采购',
    text: '政府集中采购项目的目录、标准及实施情况',
  },
  {
    code: 'major_projects',
    article: '第二十条第（十）项',
    short: '重大建设项目',
    text: '重大建设项目的批准和实施情况',
  },
  {
    code: 'livelihood',
    article: '第二十条第（十一）项',
    short: '扶贫教育医疗社保就业',
    text: '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
  },
  {
    code: 'emergencies',
    article: '第二十条第（十二）项',
    short: '突发公共事件',
    text: '突发公共事件的应急预案、预警信息及应对情况',
  },
  {
    code: 'inspections',
    article: '第二十条第（十三）项',
    short: '监督检查',
    text: '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  },
  {
    code: 'civil_service',
    article: '第二十条第（十四）项',
    short: '公务员招考',
    text: '公务员招考的职位、名额、报考条件等事项以及录用结果',
  },
  {
    code: 'other_statutory',
    article: '第二十条第（十五）项',
    short: '其他法定公开信息',
    text: '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
  },
  { code: 'municipal_construction', article: '第二十一条', short: '市政建设', text: '市政建设' },
  { code: 'public_services', article: '第二十一条', short: '公共服务', text: '公共服务' },
  { code: 'public_welfare', article: '第二十一条', short: '公益事业', text: '公益事业' },
  { code: 'land_expropriation', article: '第二十一条', short: '土地征收', text: '土地征收' },
  { code: 'housing_expropriation', article: '第二十一条', short: '房屋征收', text: '房屋征收' },
  { code: 'public_security', article: '第二十一条', short: '治安管理', text: '治安管理' },
  { code: 'social_assistance', article: '第二十一条', short: '社会救助', text: '社会救助' },
] as const;
export type ProactiveCategory = (typeof PROACTIVE_CATEGORIES)[number]['code'];
export const PROACTIVE_CATEGORY_CODES = codesOf(PROACTIVE_CATEGORIES);
export const PROACTIVE_CATEGORY_LABELS = Object.fromEntries(
  PROACTIVE_CATEGORIES.map((c) => [c.code, c.short]),
) as Record<ProactiveCategory, string>;

/**
 * The kinds counted in table 二 of the annual report, each inside one 第二十条 category
 * (legal-rules §2.2: table 二 counts only Art 20 (一)(五)(六)(八)). An item has at most one.
 */
export const TABLE2_KINDS = [
  { code: 'rules', label: '规章', category: 'laws_and_documents' },
  { code: 'normative_docs', label: '行政规范性文件', category: 'laws_and_documents' },
  { code: 'licensing', label: '行政许可', category: 'licensing_results' },
  { code: 'penalty', label: '行政处罚', category: 'penalty_coercion' },
  { code: 'coercion', label: '行政强制', category: 'penalty_coercion' },
  { code: 'fees', label: '行政事业性收费', category: 'fee_items' },
] as const satisfies readonly { code: string; label: string; category: ProactiveCategory }[];
export type Table2Kind = (typeof TABLE2_KINDS)[number]['code'];
export const TABLE2_KIND_CODES = codesOf(TABLE2_KINDS);
export const TABLE2_KIND_LABELS = Object.fromEntries(TABLE2_KINDS.map((k) => [k.code, k.label])) as Record<
  Table2Kind,
  string
>;

/** The category a table 二 kind belongs to (规章 → 第二十条第（一）项 …). */
export function categoryOfTable2Kind(kind: Table2Kind): ProactiveCategory {
  return TABLE2_KINDS.find((k) => k.code === kind)!.category;
}

/** Where an item was published (公开方式). Basis: 政府信息公开条例 第二十三条、第二十四条. */
export const PUBLICATION_CHANNELS = [
  { code: 'portal', label: '政府网站' },
  { code: 'gazette', label: '政府公报' },
  { code: 'newspaper', label: '报刊广播电视' },
  { code: 'bulletin_board', label: '公开栏' },
  { code: 'wechat', label: '政务新媒体' },
  { code: 'other', label: '其他' },
] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number]['code'];
export const PUBLICATION_CHANNEL_CODES = codesOf(PUBLICATION_CHANNELS);
export const PUBLICATION_CHANNEL_LABELS = Object.fromEntries(
  PUBLICATION_CHANNELS.map((c) => [c.code, c.label]),
) as Record<PublicationChannel, string>;

export const PROACTIVE_STATUSES = [
  { code: 'published', label: '已公开' },
  { code: 'withdrawn', label: '已撤回' },
] as const;
export type ProactiveStatus = (typeof PROACTIVE_STATUSES)[number]['code'];
const STATUS_CODES = codesOf(PROACTIVE_STATUSES);

/** Field labels (zh-CN) shared by forms, ledger columns and messages. */
export const PROACTIVE_FIELD_LABELS = {
  orgUnitId: '公开单位',
  category: '信息类别',
  table2Kind: '年报表二类别',
  title: '信息名称',
  documentNumber: '文号',
  formedOn: '形成或变更日期',
  publishedOn: '公开日期',
  channels: '公开方式',
  url: '网址',
  summary: '内容概述',
} as const;

/** Working days from formation to publication. Basis: 政府信息公开条例 第二十六条. */
export const PROACTIVE_DEADLINE_WORKING_DAYS = 20;

/** The editable fields of a register entry. */
export const ProactiveItemFields = z.object({
  orgUnitId: z.uuid({ message: '请选择公开单位' }),
  category: z.enum(PROACTIVE_CATEGORY_CODES, { message: '请选择信息类别' }),
  table2Kind: z.enum(TABLE2_KIND_CODES, { message: '未知的年报表二类别' }).nullish(),
  title: text(300).min(1, { message: '请填写信息名称' }),
  documentNumber: optionalText(100),
  formedOn: IsoDate,
  publishedOn: IsoDate,
  channels: z
    .array(z.enum(PUBLICATION_CHANNEL_CODES, { message: '未知的公开方式' }))
    .min(1, { message: '请至少选择一种公开方式' })
    .max(PUBLICATION_CHANNELS.length),
  url: z
    .union([z.url({ message: '网址格式不正确' }).max(500), z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  summary: optionalText(2000),
});
export type ProactiveItemFields = z.output<typeof ProactiveItemFields>;

export const CreateProactiveItemBody = ProactiveItemFields;
export type CreateProactiveItemBody = z.input<typeof CreateProactiveItemBody>;
/** A correction of the entry; the date order and the table 二 kind are checked on the merged record. */
export const UpdateProactiveItemBody = ProactiveItemFields.partial();
export type UpdateProactiveItemBody = z.input<typeof UpdateProactiveItemBody>;

export const WithdrawProactiveItemBody = z.object({
  withdrawnOn: IsoDate,
  reason: text(1000).min(1, { message: '撤回须说明理由' }),
});
export type WithdrawProactiveItemBody = z.output<typeof WithdrawProactiveItemBody>;

export const ProactiveIdParams = z.object({ id: z.uuid({ message: '记录编号格式不正确' }) });
export const OrgUnitIdParams = z.object({ orgUnitId: z.uuid({ message: '单位编号格式不正确' }) });

const BoolParam = z
  .enum(['true', 'false', '1', '0'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true' || v === '1');

export const ProactiveItemFilters = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.enum(PROACTIVE_CATEGORY_CODES, { message: '未知的信息类别' }).optional(),
  table2Kind: z.enum(TABLE2_KIND_CODES, { message: '未知的年报表二类别' }).optional(),
  orgUnitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  status: z.enum(STATUS_CODES, { message: '未知的状态' }).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  lateOnly: BoolParam.optional(),
});
export type ProactiveItemFilters = z.output<typeof ProactiveItemFilters>;
export const ProactiveItemListQuery = ProactiveItemFilters.extend(ListQuery.shape);
export type ProactiveItemListQuery = z.output<typeof ProactiveItemListQuery>;
export const ProactiveExportQuery = ProactiveItemFilters.extend({
  format: z.enum(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' }).default('xlsx'),
});

const OrgRef = z.object({ id: z.string(), name: z.string(), code: z.string() });

export const ProactiveItemSummary = z.object({
  id: z.string(),
  /** Row version, sent back in If-Match by an edit or a step (decision 0022). */
  version: z.number().int(),
  orgUnit: OrgRef,
  category: z.enum(PROACTIVE_CATEGORY_CODES),
  table2Kind: z.enum(TABLE2_KIND_CODES).nullable(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  formedOn: IsoDate,
  publishedOn: IsoDate,
  /** 信息形成或者变更之日起20个工作日 (条例 第二十六条). */
  dueOn: IsoDate,
  isLate: z.boolean(),
  channels: z.array(z.enum(PUBLICATION_CHANNEL_CODES)),
  isOnPortal: z.boolean(),
  status: z.enum(STATUS_CODES),
  withdrawnOn: IsoDate.nullable(),
  updatedAt: z.string(),
});
export type ProactiveItemSummary = z.infer<typeof ProactiveItemSummary>;

export const ProactiveItemPage = Page(ProactiveItemSummary);
export type ProactiveItemPage = z.infer<typeof ProactiveItemPage>;

export const ProactiveItemDetail = ProactiveItemSummary.extend({
  url: z.string().nullable(),
  summary: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  deadline: z.object({
    dueOn: IsoDate,
    isLate: z.boolean(),
    provisional: z.boolean(),
    /** zh-CN, one line: how the due date was counted, the basis, and the verdict. */
    explanation: z.string(),
  }),
});
export type ProactiveItemDetail = z.infer<typeof ProactiveItemDetail>;

export const ProactiveImportResult = ImportResult.extend({ late: z.number() });
export type ProactiveImportResult = z.infer<typeof ProactiveImportResult>;

/** 政府信息公开指南 of one unit (条例 第二十二条): how to get its information. */
export const PutDisclosureGuideBody = z.object({
  text: text(20000).min(1, { message: '请填写公开指南正文' }),
  contact: optionalText(200),
  address: optionalText(300),
  officeHours: optionalText(200),
});
export type PutDisclosureGuideBody = z.output<typeof PutDisclosureGuideBody>;

export const DisclosureGuide = z.object({
  orgUnit: OrgRef,
  text: z.string().nullable(),
  contact: z.string().nullable(),
  address: z.string().nullable(),
  officeHours: z.string().nullable(),
  updatedOn: IsoDate.nullable(),
  /** Row version (0 before the unit's first guide), sent back in If-Match (decision 0022). */
  version: z.number().int(),
});
export type DisclosureGuide = z.infer<typeof DisclosureGuide>;

export const PortalCatalogueQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional(),
  department: z.uuid({ message: '部门编号格式不正确' }).optional(),
  category: z.enum(PROACTIVE_CATEGORY_CODES, { message: '未知的信息类别' }).optional(),
});
export type PortalCatalogueQuery = z.output<typeof PortalCatalogueQuery>;

/** What the public sees: items published on the portal and not withdrawn; nothing internal. */
export const PublicProactiveItem = z.object({
  id: z.string(),
  department: OrgRef,
  category: z.enum(PROACTIVE_CATEGORY_CODES),
  title: z.string(),
  documentNumber: z.string().nullable(),
  publishedOn: IsoDate,
  url: z.string().nullable(),
  summary: z.string().nullable(),
});
export type PublicProactiveItem = z.infer<typeof PublicProactiveItem>;

export const PublicCataloguePage = Page(PublicProactiveItem).extend({
  byCategory: z.record(z.string(), z.number()),
});
export type PublicCataloguePage = z.infer<typeof PublicCataloguePage>;

export const PublicGuides = z.object({
  guides: z.array(DisclosureGuide.extend({ items: z.number() })),
});
export type PublicGuides = z.infer<typeof PublicGuides>;

export function proactiveCategoryLabel(code: string): string {
  return PROACTIVE_CATEGORY_LABELS[code as ProactiveCategory] ?? code;
}
