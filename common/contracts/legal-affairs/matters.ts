import { IsoDate, optionalMoney, optionalText, required } from '../fields.js';
import { ListQuery, Page } from '../kit.js';
import { ActionOut, ClockOut, StepOut } from '../procedure.js';
import { z } from '../zod-setup.js';
import {
  ADVISER_FIELD_CODES,
  ADVISER_KIND_CODES,
  EVALUATION_GRADE_CODES,
  MATTER_CATEGORY_CODES,
  MATTER_KIND_CODES,
  MATTER_OUTCOME_CODES,
  MATTER_STATE_CODES,
  PARTY_ROLE_CODES,
} from './dictionaries.js';

/** The API of legal advisers and legal matters (server/modules/legal-affairs). */

export const IdParams = z.object({ id: z.uuid({ message: '编号格式不正确' }) });
const Year = z.coerce
  .number()
  .int()
  .min(2000, { message: '年份不正确' })
  .max(2100, { message: '年份不正确' });

// ——— Matters ———

/** A unit asks the 法律顾问团 for help (or the 司法局 registers the request for it). */
export const CreateMatterBody = z.object({
  orgUnitId: z.uuid({ message: '请选择申请单位' }),
  kind: z.enum(MATTER_KIND_CODES, { message: '请选择事项类型' }),
  category: z.enum(MATTER_CATEGORY_CODES, { message: '请选择事项类别' }),
  subject: required(300, '事项名称'),
  keyProject: optionalText(100),
  counterparty: optionalText(200),
  partyRole: z.enum(PARTY_ROLE_CODES, { message: '诉讼地位不正确' }).nullish(),
  amountAtStake: optionalMoney('涉案金额（合同金额）'),
  requestedOn: IsoDate,
});
export type CreateMatterBody = z.infer<typeof CreateMatterBody>;

/** 分派: the advisers (the first is the lead, 承办). */
export const AssignInput = z.object({
  adviserIds: z
    .array(z.uuid({ message: '法律顾问编号格式不正确' }))
    .min(1, { message: '请至少选择一名法律顾问' })
    .max(5, { message: '一个事项最多分派 5 名法律顾问' }),
});

/** 出具法律意见书: a document with its number, date and signer. */
export const IssueOpinionInput = z.object({
  opinionNumber: required(60, '意见书编号'),
  issuedOn: IsoDate,
  signerAdviserId: z.uuid({ message: '请选择签署人' }),
  title: required(200, '意见书标题'),
  body: required(20000, '意见内容'),
});
export type IssueOpinionInput = z.infer<typeof IssueOpinionInput>;

/** 办结: the outcome, and for a lawsuit the loss avoided with how it was reckoned. */
export const ConcludeInput = z
  .object({
    concludedOn: IsoDate,
    outcome: z.enum(MATTER_OUTCOME_CODES, { message: '请选择办理结果' }),
    outcomeNote: optionalText(2000),
    amountAtStake: optionalMoney('涉案金额'),
    lossAvoidedYuan: optionalMoney('减损金额'),
    lossReckoning: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if ((v.lossAvoidedYuan ?? 0) > 0 && !v.lossReckoning)
      ctx.addIssue({ code: 'custom', path: ['lossReckoning'], message: '填写减损金额的，须说明计算方法' });
  });
export type ConcludeInput = z.infer<typeof ConcludeInput>;

export const ReasonInput = z.object({ reason: required(1000, '理由') });

export const MATTER_TRANSITIONS = [
  'assign',
  'start',
  'issue_opinion',
  'conclude',
  'return',
  'withdraw',
] as const;
export type MatterTransition = (typeof MATTER_TRANSITIONS)[number];

export const MatterListQuery = ListQuery.extend({
  kind: z.enum(MATTER_KIND_CODES).optional(),
  state: z.enum(MATTER_STATE_CODES).optional(),
  year: Year.optional(),
  adviserId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  q: optionalText(100).optional(),
});
export type MatterListQuery = z.infer<typeof MatterListQuery>;

const Unit = z.object({ id: z.string(), name: z.string() });
const AdviserRef = z.object({ id: z.string(), name: z.string(), role: z.enum(['lead', 'assist']) });

export const MatterSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  matterNumber: z.string(),
  kind: z.enum(MATTER_KIND_CODES),
  category: z.enum(MATTER_CATEGORY_CODES),
  subject: z.string(),
  keyProject: z.string().nullable(),
  orgUnit: Unit,
  state: z.enum(MATTER_STATE_CODES),
  requestedOn: IsoDate,
  concludedOn: IsoDate.nullable(),
  outcome: z.enum(MATTER_OUTCOME_CODES).nullable(),
  amountAtStake: z.number().nullable(),
  lossAvoidedYuan: z.number().nullable(),
  advisers: z.array(AdviserRef),
  opinions: z.number().int(),
});
export type MatterSummary = z.infer<typeof MatterSummary>;
export const MatterPage = Page(MatterSummary);
export type MatterPage = z.infer<typeof MatterPage>;

export const OpinionOut = z.object({
  id: z.string(),
  opinionNumber: z.string(),
  issuedOn: IsoDate,
  signer: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  body: z.string(),
});
export type OpinionOut = z.infer<typeof OpinionOut>;

export const MatterDetail = MatterSummary.extend({
  counterparty: z.string().nullable(),
  partyRole: z.enum(PARTY_ROLE_CODES).nullable(),
  assignedOn: IsoDate.nullable(),
  /** When the request was registered (ISO time); an imported matter's request day at 09:00 China time. */
  requestedAt: z.string(),
  outcomeNote: z.string().nullable(),
  lossReckoning: z.string().nullable(),
  closingReason: z.string().nullable(),
  source: z.object({ module: z.string(), id: z.string() }).nullable(),
  opinionList: z.array(OpinionOut),
  history: z.array(StepOut),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
});
export type MatterDetail = z.infer<typeof MatterDetail>;

// ——— Roster ———

export const CreateAdviserBody = z.object({
  orgUnitId: z.uuid({ message: '请选择管理单位' }),
  name: required(50, '姓名'),
  kind: z.enum(ADVISER_KIND_CODES, { message: '请选择类别' }),
  firm: optionalText(100),
  licenceNumber: required(40, '执业证号'),
  phone: optionalText(30),
  fields: z.array(z.enum(ADVISER_FIELD_CODES, { message: '专业领域不正确' })).default([]),
  unitsServed: z.array(z.uuid({ message: '服务单位不正确' })).default([]),
});
export type CreateAdviserBody = z.infer<typeof CreateAdviserBody>;

export const ContractBody = z
  .object({
    contractNumber: required(60, '合同编号'),
    startsOn: IsoDate,
    endsOn: IsoDate,
    feeYuan: optionalMoney('顾问费'),
    scope: optionalText(1000),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: '合同终止日期不能早于起始日期' });
export type ContractBody = z.infer<typeof ContractBody>;

export const EvaluationBody = z.object({
  year: Year,
  grade: z.enum(EVALUATION_GRADE_CODES, { message: '请选择考评等次' }),
  score: z.coerce.number().int().min(0).max(100, { message: '分数应在 0–100 之间' }).nullish(),
  remarks: optionalText(1000),
  evaluatedOn: IsoDate,
});
export type EvaluationBody = z.infer<typeof EvaluationBody>;

/** 解聘: the member leaves the roster (their matters stay theirs; they are no longer assigned new ones). */
export const EndAdviserBody = z.object({ endedOn: IsoDate, reason: required(1000, '解聘理由') });
export type EndAdviserBody = z.infer<typeof EndAdviserBody>;

/** What one adviser did in a year: matters by kind, opinions signed, loss avoided in the lawsuits concluded. */
export const Workload = z.object({
  matters: z.number().int(),
  open: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  opinions: z.number().int(),
  lossAvoidedYuan: z.number(),
});
export type Workload = z.infer<typeof Workload>;

export const AdviserSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ADVISER_KIND_CODES),
  firm: z.string().nullable(),
  licenceNumber: z.string(),
  orgUnit: Unit,
  fields: z.array(z.string()),
  unitsServed: z.array(Unit),
  status: z.string(),
  contractEndsOn: IsoDate.nullable(),
  workload: Workload,
});
export type AdviserSummary = z.infer<typeof AdviserSummary>;

export const RosterQuery = z.object({ year: Year.optional() });
export const Roster = z.object({ year: z.number().int(), advisers: z.array(AdviserSummary) });
export type Roster = z.infer<typeof Roster>;

export const AdviserDetail = AdviserSummary.extend({
  phone: z.string().nullable(),
  contracts: z.array(
    z.object({
      id: z.string(),
      contractNumber: z.string(),
      startsOn: IsoDate,
      endsOn: IsoDate,
      feeYuan: z.number().nullable(),
      scope: z.string().nullable(),
    }),
  ),
  evaluations: z.array(
    z.object({
      year: z.number().int(),
      grade: z.enum(EVALUATION_GRADE_CODES),
      score: z.number().int().nullable(),
      remarks: z.string().nullable(),
      evaluatedOn: IsoDate,
    }),
  ),
  /** The workload of each year with records, newest first. */
  years: z.array(Workload.extend({ year: z.number().int() })),
});
export type AdviserDetail = z.infer<typeof AdviserDetail>;
