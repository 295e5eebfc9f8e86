/** The mediation module's API shapes (server/modules/mediation; zh-CN messages name the field). */
import { z } from './zod-setup.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';
import { ActionOut, ClockOut, StepOut } from './procedure.js';

export const MEDIATION_CASE_STATES = [
  'registered',
  'mediating',
  'agreed',
  'failed',
  'ended',
  'revisited',
  'closed',
] as const;
export const MEDIATION_CASE_STEPS = [
  'start',
  'agree',
  'fail',
  'end',
  'apply_confirmation',
  'confirm',
  'revisit',
  'confirm_revisited',
  'close',
] as const;
export const MEDIATION_LOG_KINDS = ['appeal', 'dispute', 'consultation', 'suggestion'] as const;
export const MEDIATION_LOG_HANDLINGS = ['answered', 'mediated', 'committee', 'street', 'department'] as const;

export const MediationIdParams = z.object({ id: z.uuid({ message: '记录编号格式不正确' }) });

export const CoverageQuery = z.object({ asOf: IsoDate.optional() });
export const Coverage = z.object({
  asOf: z.string(),
  units: z.number().int(),
  covered: z.number().int(),
  rate: z.number(),
  streets: z.array(
    z.object({ code: z.string(), name: z.string(), units: z.number().int(), covered: z.number().int() }),
  ),
});

export const CaseListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(MEDIATION_CASE_STATES, { message: '状态不正确' }).optional(),
});
export const MEDIATION_WARNINGS = ['atRisk', 'repeated', 'manyPeople'] as const;

/** A case in the list: codes (state, category, result), which the screens put in the reader's language. */
export const CaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  unit: z.string(),
  category: z.string(),
  registeredOn: z.string(),
  state: z.string(),
  result: z.string().nullable(),
  /** Parties with the given names masked (王**): personal data stays in the case itself. */
  parties: z.string(),
});
export const CasePage = Page(CaseSummary);
export const CaseDetail = CaseSummary.extend({
  version: z.number().int(),
  summary: z.string(),
  source: z.string(),
  mediators: z.array(z.string()),
  agreementForm: z.string().nullable(),
  agreementTerms: z.string().nullable(),
  responsibility: z.string().nullable(),
  performanceManner: z.string().nullable(),
  performanceDueOn: z.string().nullable(),
  agreementEffectiveOn: z.string().nullable(),
  confirmationDueOn: z.string().nullable(),
  confirmationAppliedOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  revisitedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  amountYuan: z.number(),
  peopleInvolved: z.number().int(),
  courtTransfer: z.string().nullable(),
  courtTransferOn: z.string().nullable(),
  courtName: z.string().nullable(),
  courtResult: z.string().nullable(),
  courtResultOn: z.string().nullable(),
  /** MEDIATION_WARNINGS codes. */
  warnings: z.array(z.string()),
  actions: z.array(ActionOut),
  clocks: z.array(ClockOut),
  history: z.array(StepOut),
});

const on = IsoDate;
/** 开始调解 (第十七、十九条): the mediators, and what the mediator sees of the risk (第二十五条). */
export const StartCaseInput = z.object({
  on,
  mediators: z.array(required(40, '调解员姓名')).max(9).optional(),
  atRisk: z.boolean().optional(),
  peopleInvolved: z.number().int().min(1, { message: '涉及人数：至少一人' }).max(100000).optional(),
});
/** 达成调解协议 (第二十八、二十九条): a written agreement states the content, the manner and term of performance. */
export const AgreeCaseInput = z
  .object({
    on,
    agreementForm: z.enum(['written', 'oral'], { message: '协议形式：请选择书面或口头协议' }),
    agreementTerms: optionalText(4000),
    responsibility: optionalText(4000),
    performanceManner: optionalText(1000),
    performanceDueOn: IsoDate.optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.agreementForm === 'written' && !v.agreementTerms?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['agreementTerms'],
        message: '协议内容：书面调解协议应载明调解事项和履行方式、时限（人民调解法第二十九条）',
      });
  });
/** A dated step with an optional note (fail, end, apply, confirm, revisit, close). */
export const DatedCaseInput = z.object({ on, note: optionalText(1000) });

export const LogBody = z.object({
  unitId: z.uuid({ message: '村（社区）：请选择' }),
  occurredOn: IsoDate,
  kind: z.enum(MEDIATION_LOG_KINDS, { message: '事项类型：请选择' }),
  raisedBy: required(40, '反映人'),
  summary: required(1000, '事项内容'),
  handling: z.enum(MEDIATION_LOG_HANDLINGS, { message: '处理方式：请选择' }),
  /** When handed to the committee: the dispute's category (rules.ts CASE_CATEGORIES). */
  category: optionalText(40),
  result: optionalText(1000),
  /** The mediator's reading of the risk (第二十五条): raises an early warning to the street and the bureau. */
  atRisk: z.boolean().optional(),
  peopleInvolved: z.number().int().min(1, { message: '涉及人数：至少一人' }).max(100000).optional(),
});
export const LogOut = z.object({ id: z.string(), number: z.string(), caseId: z.string().nullable() });

/** 纠纷类型: the provincial statistical categories (server rules.ts reads them from here; decision 0045 §5). */
export const MEDIATION_CATEGORIES = {
  marriage_family: { zh: '婚姻家庭', en: 'Marriage and family' },
  neighbourhood: { zh: '邻里纠纷', en: 'Neighbours' },
  housing_homestead: { zh: '房屋宅基地', en: 'Housing and homestead' },
  contract: { zh: '合同纠纷', en: 'Contract' },
  business: { zh: '生产经营', en: 'Business' },
  damages: { zh: '损害赔偿', en: 'Damages' },
  labour: { zh: '劳动争议', en: 'Labour' },
  land_contract: { zh: '土地承包', en: 'Land contracting' },
  village_affairs: { zh: '村务管理', en: 'Village affairs' },
  land_acquisition: { zh: '征地拆迁', en: 'Land acquisition' },
  environment: { zh: '环境污染', en: 'Environment' },
  property_management: { zh: '物业纠纷', en: 'Property management' },
  medical: { zh: '医疗纠纷', en: 'Medical' },
  traffic: { zh: '道路交通', en: 'Road traffic' },
  other: { zh: '其他', en: 'Other' },
} as const;

export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** 诉调对接: transfers from and to the court with their dates and results. */
export const CourtTransfers = z.object({
  items: z.array(
    CaseSummary.extend({
      direction: z.string(),
      court: z.string().nullable(),
      transferredOn: z.string().nullable(),
      courtResult: z.string().nullable(),
      courtResultOn: z.string().nullable(),
    }),
  ),
});

export const Committees = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      name: z.string(),
      unit: z.string(),
      level: z.string(),
      members: z.number().int(),
      women: z.number().int(),
      head: z.string().nullable(),
      termStartOn: z.string(),
      termEndOn: z.string(),
      endsSoon: z.boolean(),
    }),
  ),
});

export const MediationStats = z.object({
  year: z.number().int(),
  byCategory: z.array(z.object({ key: z.string(), n: z.number().int() })),
  byMonth: z.array(z.object({ month: z.number().int(), n: z.number().int() })),
  byStreet: z.array(
    z.object({
      street: z.string(),
      cases: z.number().int(),
      successRate: z.number(),
      warningsOpen: z.number().int(),
    }),
  ),
  coverage: Coverage,
});

const DemoVillage = z.object({ level: z.string(), label: z.string(), year: z.number().int() }).nullable();
export const VillageRosterItem = z.object({
  orgUnitId: z.string(),
  code: z.string(),
  name: z.string(),
  street: z.string(),
  lawUnderstanders: z.array(z.string()),
  ruleOfLawLeaders: z.array(z.string()),
  adviser: z.string().nullable(),
  gridWorkers: z.array(z.string()),
  demoVillage: DemoVillage,
});
export const VillageRosterList = z.object({ items: z.array(VillageRosterItem) });

const RosterPerson = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  role: z.string().nullable(),
});
export const VillagePage = VillageRosterItem.extend({
  year: z.number().int(),
  people: z.object({
    lawUnderstanders: z.array(RosterPerson),
    ruleOfLawLeaders: z.array(RosterPerson),
    gridWorkers: z.array(RosterPerson),
  }),
  point: z
    .object({
      establishedOn: z.string(),
      head: z.string().nullable(),
      speakers: z.array(z.string()),
      lawyer: z.string().nullable(),
    })
    .nullable(),
  committee: z
    .object({
      name: z.string(),
      members: z.number().int(),
      termStartOn: z.string(),
      termEndOn: z.string(),
    })
    .nullable(),
  cases: z.object({ total: z.number().int(), success: z.number().int(), open: z.number().int() }),
});
