/** The assessment module's API shapes (server/modules/assessment; 考评 against the demonstration indicators). */
import { z } from './zod-setup.js';

/** How a 三级 indicator is scored (docs/decisions/0051-assessment.md §4). */
export const SCORING_METHODS = ['threshold', 'proportional', 'deduction', 'hand'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What an indicator's score is: computed, waiting for a hand score, or its metric's module is not installed. */
export const SCORE_STATUSES = ['scored', 'unscored', 'unavailable', 'no_data'] as const;
export type ScoreStatus = (typeof SCORE_STATUSES)[number];

/** The typed link of a hand score's evidence: a record of another module, a document, or other. */
export const EVIDENCE_KINDS = [
  'normative_document',
  'enforcement_case',
  'disclosure_request',
  'reconsideration_case',
  'proposal_item',
  'legal_matter',
  'meeting_minutes',
  'document',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const Year = z.coerce
  .number()
  .int()
  .min(2000, { message: '年份不正确' })
  .max(2100, { message: '年份不正确' });

export const VersionParams = z.object({
  version: z.string().regex(/^[a-z0-9-]{1,60}$/, { message: '指标体系版本代码不正确' }),
});
export const TreeQuery = z.object({ version: VersionParams.shape.version.optional(), year: Year.optional() });
export const ScoresQuery = z.object({
  year: Year.optional(),
  /** An org unit's id: its own scores (a department sees only its own). */
  unit: z.uuid({ message: '单位编号格式不正确' }).optional(),
});
export const TrendQuery = z.object({ from: Year.optional(), to: Year.optional() });
export const HandScoreParams = z.object({
  version: VersionParams.shape.version,
  code: z.string().regex(/^\d+(\.\d+){2}$/, { message: '三级指标编号不正确' }),
  year: Year,
});

export const Evidence = z.object({
  kind: z.enum(EVIDENCE_KINDS, { message: '佐证材料类型不正确' }),
  /** The linked record's id or number (文号, 案号), or a URL. */
  ref: z.string().trim().min(1, { message: '请填写佐证材料的编号或文号' }).max(200),
  label: z.string().trim().min(1, { message: '请填写佐证材料名称' }).max(200),
});
export type Evidence = z.infer<typeof Evidence>;

export const HandScoreBody = z.object({
  score: z.number({ message: '请填写得分' }).min(0, { message: '得分不能为负' }),
  evidence: z.array(Evidence).min(1, { message: '手工评分须附佐证材料' }).max(20),
  note: z.string().trim().min(1, { message: '请填写评分说明' }).max(2000),
});
export type HandScoreBody = z.infer<typeof HandScoreBody>;

export const Version = z.object({
  code: z.string(),
  name: z.string(),
  issuer: z.string(),
  appliesFrom: z.number().int().nullable(),
  appliesTo: z.number().int().nullable(),
  declared: z.object({ level1: z.number().int(), level2: z.number().int(), level3: z.number().int() }),
  loaded: z.object({ level1: z.number().int(), level2: z.number().int(), level3: z.number().int() }),
  source: z.string(),
});
export const VersionList = z.array(Version);

/** One indicator of a tree, flat (the screens nest them by `parent`), with its score when one was asked for. */
export const IndicatorNode = z.object({
  code: z.string(),
  parent: z.string().nullable(),
  level: z.number().int(),
  name: z.string(),
  confirmed: z.boolean(),
  weight: z.number(),
  method: z.enum(SCORING_METHODS).nullable(),
  metric: z.string().nullable(),
  metricLabel: z.string().nullable(),
  /** The metric's unit ('rate' | 'count' | 'yuan'); null when no metric or not installed. */
  metricUnit: z.string().nullable(),
  target: z.number().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  perItem: z.number().nullable(),
  unitScope: z.boolean(),
  /** The formula in words (zh-CN), e.g. "得分 = 10 × min(1, 值 ÷ 100%)". */
  formula: z.string(),
  status: z.enum(SCORE_STATUSES).optional(),
  value: z.number().nullable().optional(),
  score: z.number().nullable().optional(),
  meetsTarget: z.boolean().nullable().optional(),
  handScore: z
    .object({
      score: z.number(),
      note: z.string(),
      evidence: z.array(Evidence),
      version: z.number().int(),
      scoredOn: z.string(),
    })
    .nullable()
    .optional(),
});
export type IndicatorNode = z.infer<typeof IndicatorNode>;

export const Tree = z.object({ version: Version, indicators: z.array(IndicatorNode) });

export const Scoreboard = z.object({
  year: z.number().int(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: Version,
  /** Points earned over the weight of the indicators that could be scored. */
  score: z.number(),
  scoredWeight: z.number(),
  rate: z.number().nullable(),
  counts: z.object({
    scored: z.number().int(),
    unscored: z.number().int(),
    unavailable: z.number().int(),
    noData: z.number().int(),
    belowTarget: z.number().int(),
  }),
  indicators: z.array(IndicatorNode),
});

export const TrendPoint = z.object({
  year: z.number().int(),
  version: z.string().nullable(),
  score: z.number().nullable(),
  scoredWeight: z.number(),
  rate: z.number().nullable(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), rate: z.number().nullable() })),
});
export const Trend = z.array(TrendPoint);

export const RankingRow = z.object({
  unitId: z.string(),
  unit: z.string(),
  score: z.number(),
  scoredWeight: z.number(),
  rate: z.number().nullable(),
  indicators: z.number().int(),
});
export const Ranking = z.object({ year: z.number().int(), version: z.string(), rows: z.array(RankingRow) });

export const AddressingTask = z.object({
  module: z.string(),
  id: z.string(),
  title: z.string(),
  unit: z.string().nullable(),
  /** The task's state as its module names it, in Chinese and English. */
  status: z.string(),
  statusEn: z.string(),
  dueOn: z.string().nullable(),
  /** The task's page in the admin UI. */
  path: z.string().nullable(),
});
export type AddressingTask = z.infer<typeof AddressingTask>;
export const Gap = z.object({
  code: z.string(),
  name: z.string(),
  area: z.string(),
  metric: z.string().nullable(),
  metricUnit: z.string().nullable(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  score: z.number(),
  weight: z.number(),
  formula: z.string(),
  tasks: z.array(AddressingTask),
});
export const GapList = z.object({
  year: z.number().int(),
  version: z.string(),
  /** Whether a module that supplies addressing tasks (the work plan's 督办) is installed. */
  tasksAvailable: z.boolean(),
  gaps: z.array(Gap),
});
export const HandScoreSaved = z.object({
  code: z.string(),
  year: z.number().int(),
  version: z.number().int(),
});
