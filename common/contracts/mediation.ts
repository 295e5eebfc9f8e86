/** The mediation module's API shapes (server/modules/mediation; zh-CN messages name the field). */
import { z } from './zod-setup.js';
import { IsoDate, optionalText, required } from './fields.js';
import { ListQuery, Page } from './kit.js';

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
  'close',
] as const;
export const MEDIATION_LOG_KINDS = ['appeal', 'dispute', 'consultation', 'suggestion'] as const;
export const MEDIATION_LOG_HANDLINGS = ['answered', 'mediated', 'committee', 'street', 'department'] as const;

export const MediationIdParams = z.object({ id: z.uuid({ message: '记录编号格式不正确' }) });
export const MediationStepParams = MediationIdParams.extend({
  step: z.enum(MEDIATION_CASE_STEPS, { message: '不存在的办理步骤' }),
});

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
  summary: z.string(),
  source: z.string(),
  mediators: z.array(z.string()),
  agreementForm: z.string().nullable(),
  agreementTerms: z.string().nullable(),
  agreementEffectiveOn: z.string().nullable(),
  confirmationDueOn: z.string().nullable(),
  confirmationAppliedOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  revisitedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  warnings: z.array(z.string()),
});

export const StepBody = z.object({
  on: IsoDate,
  mediators: z.array(required(40, '调解员姓名')).optional(),
  agreementForm: z.enum(['written', 'oral'], { message: '协议形式：请选择书面或口头协议' }).optional(),
  agreementTerms: optionalText(4000),
  note: optionalText(1000),
});

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
