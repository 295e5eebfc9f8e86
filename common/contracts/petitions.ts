import { z } from './zod-setup.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';
import { type Localized, pickText, type Text, tx } from '../text/localized.js';

/**
 * Petitions (信访): the dictionaries and the request/response contracts shared by the server, the admin
 * screens and the portal. Basis: 信访工作条例 (2022) 第十七条至第三十七条; before 2022-05-01 信访条例 (2005).
 */

/** The zh-CN names of a bilingual dictionary: what ledgers, metrics and audit events keep. */
const zhNames = <K extends string>(texts: Record<K, Text>): Record<K, string> =>
  Object.fromEntries(Object.entries<Text>(texts).map(([k, v]) => [k, pickText(v, 'zh-CN')])) as Record<
    K,
    string
  >;

// Basis: 信访工作条例 第十七条 — 信息网络、书信、电话、传真、走访 (2005 信访条例 第二条、第十七条: 书信、电子邮件、传真、电话、走访).
export const CHANNELS = ['online', 'letter', 'phone', 'fax', 'visit'] as const;
export type PetitionChannel = (typeof CHANNELS)[number];
/** The one source of the channels' names, both languages (screens, ledger, metrics). */
export const CHANNEL_TEXT: Record<PetitionChannel, Text> = {
  online: tx('网上信访', 'Online'),
  letter: tx('来信', 'Letter'),
  phone: tx('来电', 'Phone'),
  fax: tx('传真', 'Fax'),
  visit: tx('来访', 'Visit'),
};
export const CHANNEL_LABELS = zhNames(CHANNEL_TEXT);

// Basis: 信访工作条例 第二十九条至第三十一条 — 建议意见类、检举控告类、申诉求决类.
export const CATEGORIES = ['suggestion', 'accusation', 'appeal'] as const;
export type PetitionCategory = (typeof CATEGORIES)[number];
export const CATEGORY_TEXT: Record<PetitionCategory, Text> = {
  suggestion: tx('建议意见类', 'Suggestions'),
  accusation: tx('检举控告类', 'Reports and accusations'),
  appeal: tx('申诉求决类', 'Appeals and claims'),
};
export const CATEGORY_LABELS = zhNames(CATEGORY_TEXT);

// Basis: 信访工作条例 第三十二条 — 予以支持；解释说明；不予支持 (2005 信访条例 第三十二条 likewise).
export const OUTCOMES = ['support', 'explain', 'reject'] as const;
export type PetitionOutcome = (typeof OUTCOMES)[number];
export const OUTCOME_TEXT: Record<PetitionOutcome, Text> = {
  support: tx('予以支持', 'Supported'),
  explain: tx('解释说明', 'Explained'),
  reject: tx('不予支持', 'Not supported'),
};
export const OUTCOME_LABELS = zhNames(OUTCOME_TEXT);

// Basis: 信访工作条例 第三十一条（一）至（五）项 — 诉访分离: matters with a statutory route go there
// (2005 信访条例 第十四条第二款、第二十一条第一款第（一）项: 诉讼、仲裁、行政复议等法定途径).
export const DIVERSIONS = [
  'litigation',
  'reconsideration',
  'arbitration',
  'administrative',
  'other',
] as const;
export type PetitionDiversion = (typeof DIVERSIONS)[number];
export const DIVERSION_TEXT: Record<PetitionDiversion, Text> = {
  litigation: tx('诉讼', 'Litigation'),
  reconsideration: tx('行政复议', 'Administrative reconsideration'),
  arbitration: tx('仲裁', 'Arbitration'),
  administrative: tx(
    '行政程序（裁决、确认、许可、处罚等）',
    'Administrative procedure (ruling, confirmation, licence, penalty…)',
  ),
  other: tx('党员申诉等其他法定途径', 'Other statutory route (e.g. Party member appeal)'),
};
export const DIVERSION_LABELS = zhNames(DIVERSION_TEXT);

/** 复查 / 复核 results: the opinion under review upheld or changed. */
export const REVIEW_RESULTS = ['upheld', 'changed'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_TEXT: Record<ReviewResult, Text> = {
  upheld: tx('维持', 'Upheld'),
  changed: tx('变更', 'Changed'),
};
export const REVIEW_RESULT_LABELS = zhNames(REVIEW_RESULT_TEXT);

/** How the petitions office passes a matter on (条例 第二十二条): 转送 (forward) or 交办 (assign, with a report). */
export const ROUTE_MODES = ['transfer', 'assign'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];
export const ROUTE_MODE_TEXT: Record<RouteMode, Text> = {
  transfer: tx('转送', 'Forward'),
  assign: tx('交办', 'Assign'),
};

/**
 * The names of the petition clocks, both languages, by clock (keys `petitions.<name>`, `_2005` for the 2005 text's):
 * the one source the server's clock definitions and the screens read.
 */
export const CLOCK_NAMES = [
  'routing',
  'notice',
  'objection',
  'handling',
  'review_request',
  'review',
  'reexam_request',
  'reexam',
] as const;
export type PetitionClockKind = (typeof CLOCK_NAMES)[number];
export const CLOCK_NAME_TEXT: Record<PetitionClockKind, Localized> = {
  routing: tx('信访事项转送交办期限', 'Period to route a petition'),
  notice: tx('书面告知信访人期限', 'Period to notify the petitioner'),
  objection: tx('对转送交办提出异议期限', 'Period to object to an assignment'),
  handling: tx('信访事项办理期限', 'Period to handle a petition'),
  review_request: tx('请求复查期限', 'Period to request a review'),
  review: tx('复查期限', 'Period to decide a review'),
  reexam_request: tx('请求复核期限', 'Period to request a re-examination'),
  reexam: tx('复核期限', 'Period to decide a re-examination'),
};
/** The 2005 text's clocks carry the same name, marked. */
export const CLOCK_2005_MARK: Localized = tx('（2005年条例）', ' (2005 Regulations)');

export const PETITION_STATES = [
  'registered',
  'routed',
  'handling',
  'answered',
  'review_requested',
  'reviewed',
  'reexam_requested',
  'closed',
  'not_accepted',
  'diverted',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];
export const STATE_LABELS: Record<PetitionState, Text> = {
  registered: tx('已登记', 'Registered'),
  routed: tx('已转送交办', 'Routed'),
  handling: tx('已受理（办理中）', 'Accepted (in progress)'),
  answered: tx('已出具处理意见', 'Opinion issued'),
  review_requested: tx('复查中', 'Under review'),
  reviewed: tx('已复查', 'Reviewed'),
  reexam_requested: tx('复核中', 'Under re-examination'),
  closed: tx('已办结', 'Closed'),
  not_accepted: tx('不予受理', 'Not accepted'),
  diverted: tx('已导入法定途径（诉访分离）', 'Directed to a statutory route'),
};

const Phone = z
  .string()
  .trim()
  .regex(/^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, {
    message: '联系电话格式不正确（手机号 11 位，或区号-座机号）',
  });

/** What a petitioner states (信访工作条例 第十九条: name, address, request, facts, reasons). */
const PetitionContent = {
  category: z.enum(CATEGORIES, { message: '请选择信访事项类别（建议意见、检举控告或申诉求决）' }),
  petitionerName: required(100, '信访人姓名'),
  petitionerPhone: Phone.nullish(),
  petitionerAddress: optionalText(300),
  subject: required(200, '信访事项标题'),
  content: required(4000, '信访请求、事实和理由'),
};

/** The public's form on the portal: online only, never a group visit. */
export const PortalPetitionBody = z.object(PetitionContent);
export type PortalPetitionBody = z.infer<typeof PortalPetitionBody>;

/** Staff registration of a petition from any channel (the 信访局 or an organ receiving it directly). */
export const RegisterPetitionBody = z.object({
  ...PetitionContent,
  number: optionalText(40),
  channel: z.enum(CHANNELS, { message: '请选择信访渠道' }),
  receivedOn: IsoDate,
  representatives: z.coerce.number().int().min(0).max(1000).default(0),
  peopleCount: z.coerce.number().int().min(1, { message: '来访人数至少 1 人' }).max(100000).default(1),
  keyCase: z.boolean().default(false),
  /** The organ that received it (default the registering user's own unit; district-wide staff may name another). */
  intakeUnitId: z.string().uuid({ message: '受理机关编号格式不正确' }).optional(),
});
export type RegisterPetitionBody = z.infer<typeof RegisterPetitionBody>;

export const ModuleLinkIn = z.object({
  module: z.enum(['reconsideration', 'legal_affairs', 'litigation', 'arbitration', 'other']),
  id: z.string().uuid().nullish(),
  number: optionalText(80),
  note: optionalText(500),
});

/** A link as the petition page shows it: the reference and, for the platform's own records, their state now. */
export const ModuleLinkOut = z.object({
  module: ModuleLinkIn.shape.module,
  id: z.string().nullable(),
  number: z.string().nullable(),
  note: z.string().nullable(),
  status: z.string().nullable(),
});

/** Asking the legal advisers for support on a key case: what they are to look at. */
export const LegalSupportRequestBody = z.object({ note: optionalText(500) });

/** The 诉访分离 link: the module follows from the route chosen; the number names the 复议 case or the court's 案号. */
const DiversionLinkIn = ModuleLinkIn.omit({ module: true });

const on = IsoDate.optional();

/** The forms of the petition procedure's steps; `on` is the day the step took effect (default today). */
export const PETITION_TRANSITION_INPUTS = {
  route: z.object({
    on,
    handlingUnitId: z.string().uuid({ message: '请选择承办机关' }),
    mode: z.enum(ROUTE_MODES, { message: '请选择转送或交办' }),
  }),
  object_assignment: z.object({ on, reason: required(1000, '异议理由（不属于本机关职权范围的理由）') }),
  accept: z.object({ on, noticeOn: IsoDate.optional() }),
  not_accept: z.object({ on, reason: required(1000, '不予受理的理由') }),
  divert: z.object({
    on,
    diversion: z.enum(DIVERSIONS, { message: '请选择应当通过的法定途径' }),
    link: DiversionLinkIn.optional(),
    note: optionalText(1000),
  }),
  extend: z.object({ on, reason: required(1000, '延长办理期限的理由') }),
  answer: z.object({
    on,
    outcome: z.enum(OUTCOMES, { message: '请选择处理意见（予以支持、解释说明或不予支持）' }),
    opinionNumber: optionalText(80),
    summary: required(2000, '处理意见要点'),
  }),
  request_review: z.object({ on }),
  decide_review: z.object({
    on,
    result: z.enum(REVIEW_RESULTS, { message: '请选择复查结论（维持或变更）' }),
    summary: optionalText(2000),
  }),
  request_reexam: z.object({ on }),
  decide_reexam: z.object({
    on,
    result: z.enum(REVIEW_RESULTS, { message: '请选择复核结论（维持或变更）' }),
    summary: optionalText(2000),
  }),
  close: z.object({ on, note: optionalText(1000) }),
} as const;
export type PetitionTransition = keyof typeof PETITION_TRANSITION_INPUTS;

export const PetitionListQuery = ListQuery.extend({
  status: z.enum(PETITION_STATES).optional(),
  category: z.enum(CATEGORIES).optional(),
  channel: z.enum(CHANNELS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: optionalText(100),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

export const PetitionSummary = z.object({
  id: z.string(),
  number: z.string(),
  trackingCode: z.string(),
  law: z.string(),
  channel: z.string(),
  category: z.string(),
  receivedOn: z.string(),
  petitionerName: z.string(),
  subject: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  handlingUnit: z.string(),
  outcome: z.string().nullable(),
  keyCase: z.boolean(),
  clock: ClockOut.nullable(),
});
export type PetitionSummary = z.infer<typeof PetitionSummary>;
export const PetitionPage = Page(PetitionSummary);
export type PetitionPage = z.infer<typeof PetitionPage>;

export const PetitionDetail = PetitionSummary.extend({
  version: z.number().int(),
  intakeUnit: z.string(),
  lawTitle: z.string(),
  petitionerPhone: z.string().nullable(),
  petitionerAddress: z.string().nullable(),
  representatives: z.number().int(),
  peopleCount: z.number().int(),
  content: z.string(),
  submittedOnline: z.boolean(),
  dates: z.record(z.string(), z.string().nullable()),
  routeMode: z.string().nullable(),
  diversion: z.string().nullable(),
  diversionLink: ModuleLinkOut.nullable(),
  legalSupport: ModuleLinkOut.nullable(),
  /** The actor may ask the legal advisers for support from the page (petitions.handle + legal_affairs.request). */
  legalSupportAllowed: z.boolean(),
  opinionNumber: z.string().nullable(),
  opinionSummary: z.string().nullable(),
  reviewResult: z.string().nullable(),
  reexamResult: z.string().nullable(),
  clocks: z.array(ClockOut),
  steps: z.array(StepOut),
  actions: z.array(ActionOut),
});
export type PetitionDetail = z.infer<typeof PetitionDetail>;

/** The organ's periods the petitions page reports on time: routing, notice, handling, 复查 and 复核 decisions. */
export const STAT_STAGES = ['routing', 'notice', 'handling', 'review', 'reexam'] as const;
export type StatStage = (typeof STAT_STAGES)[number];
export const PetitionStatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const Tally = z.array(z.object({ code: z.string(), count: z.number().int() }));
/** The charts of the petitions page: the year's petitions in the user's scope. */
export const PetitionStats = z.object({
  year: z.number().int(),
  total: z.number().int(),
  byCategory: Tally,
  byChannel: Tally,
  /** Received per month, January first. */
  byMonth: z.array(z.number().int()),
  onTime: z.array(
    z.object({
      stage: z.enum(STAT_STAGES),
      /** Periods that ended (the step was taken), within their due day or after it. */
      ended: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      /** Still running past their due day today. */
      overdueRunning: z.number().int(),
      /** onTime / ended, null when none ended. */
      rate: z.number().nullable(),
    }),
  ),
});
export type PetitionStats = z.infer<typeof PetitionStats>;

export const PetitionSubmission = z.object({ trackingCode: z.string(), receivedOn: z.string() });
export const PetitionTrackingParams = z.object({
  trackingCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{6,20}$/, { message: '查询码格式不正确' }),
});
/** What the public learns from a tracking code: procedural facts, nothing personal. */
export const PublicPetitionStatus = z.object({
  trackingCode: z.string(),
  receivedOn: z.string(),
  category: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  handlingUnit: z.string(),
  noticeOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  petitioner: z.string(),
});
export const PetitionIdParams = z.object({ id: z.string().uuid({ message: '信访事项编号格式不正确' }) });
