/**
 * The decisions demo (decision 0047 §9). 于洪区 2020: the year's 重大行政决策事项目录 — the seed 一(二)一 says the
 * district ran its decisions by 公众参与、专家论证、合法性审查、风险评估、常务会议讨论决定 but names none, so the
 * five items below are INVENTED, believable for 于洪区 in 2020, one of them withdrawn with its reason. This year:
 * the catalogue and six decisions in every stage, each step on its own day relative to the load day (none after
 * today), the legality reviews through legal-affairs' matters. Names and texts are INVENTED.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import { legalAffairs, legalAffairsModule } from '../legal-affairs/index.js';
import type { DecisionTransition } from './procedure.js';
import { decisionCatalogueItems, decisionClauses, decisionComments } from './schema.js';
import {
  addCatalogueItem,
  adjustCatalogueItem,
  advanceCatalogue,
  launchDecision,
} from './service/register.js';
import { assignLegalityReview, fireDecisionTransition } from './service/transitions.js';
import { submitComment } from './service/public.js';
import { and } from 'drizzle-orm';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor | null, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));
const plus = (day: IsoDate, n: number) => fromDayNumber(toDayNumber(day) + n);
const max = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

interface CatalogueItemPlan {
  title: string;
  category: string;
  unit: string;
  plannedOn: string;
  withdrawn?: string;
}

// INVENTED for the demo: plausible 2020 items for 于洪区 (no item is named in the seed).
const CATALOGUE_2020: CatalogueItemPlan[] = [
  {
    title: '于洪区国土空间分区规划（2020—2035年）',
    category: 'plan',
    unit: '210114-D11',
    plannedOn: '2020年第四季度',
  },
  {
    title: '于洪区老旧小区改造三年行动方案（2020—2022年）',
    category: 'policy',
    unit: '210114-D13',
    plannedOn: '2020年第三季度',
  },
  {
    title: '于洪区生活垃圾分类工作实施方案',
    category: 'policy',
    unit: '210114-D25',
    plannedOn: '2020年第二季度',
  },
  {
    title: '于洪区农村人居环境整治提升实施方案',
    category: 'policy',
    unit: '210114-D15',
    plannedOn: '2020年第三季度',
  },
  {
    title: '于洪区进一步优化营商环境若干措施',
    category: 'policy',
    unit: '210114-D26',
    plannedOn: '2020年第二季度',
    withdrawn: '市政府统一出台优化营商环境配套措施，本区执行市级措施，不再单独作出决策',
  },
];

interface DecisionPlan {
  title: string;
  category: string;
  unit: string;
  stage: 'drafting' | 'commenting' | 'closing_today' | 'consulted' | 'reviewing' | 'published';
  /** Days before the load day the decision was launched. */
  launched: number;
  technical?: boolean;
  riskRelevant?: boolean;
  source?: 'department' | 'cppcc' | 'leader';
  sourceText?: string;
  comments: {
    name: string;
    clause: number | null;
    text: string;
    disposition?: 'adopted' | 'partly_adopted' | 'not_adopted';
    reason?: string;
    change?: string;
  }[];
}

// INVENTED for the demo: this year's decisions, one in each stage.
const CURRENT: DecisionPlan[] = [
  {
    title: '于洪区城市更新行动实施方案（2026—2028年）',
    category: 'policy',
    unit: '210114-D13',
    stage: 'published',
    launched: 160,
    riskRelevant: true,
    comments: [
      {
        name: '张卫东',
        clause: 2,
        text: '建议将加装电梯纳入改造内容，并明确居民出资比例。',
        disposition: 'adopted',
        reason: '意见合理，已在第二条增加加装电梯内容。',
        change: '改造内容包括基础类、完善类和提升类，完善类含加装电梯，居民出资比例由各小区协商确定。',
      },
      {
        name: '李秀兰',
        clause: 3,
        text: '施工期间应保障居民出行，夜间不得施工。',
        disposition: 'partly_adopted',
        reason: '出行保障已补充；夜间施工按噪声污染防治法有关规定执行，不作一律禁止。',
        change: '施工单位应当制定居民出行保障方案；夜间施工应当依法办理手续并提前公告。',
      },
      {
        name: '王建军',
        clause: null,
        text: '建议取消社区居民议事环节，加快进度。',
        disposition: 'not_adopted',
        reason: '居民议事是改造项目征求居民意愿的法定环节，不宜取消。',
      },
    ],
  },
  {
    title: '于洪区公共停车设施建设专项规划（2026—2030年）',
    category: 'plan',
    unit: '210114-D14',
    stage: 'reviewing',
    launched: 75,
    technical: true,
    comments: [
      {
        name: '刘志强',
        clause: 1,
        text: '建议在医院和学校周边优先建设停车设施。',
        disposition: 'adopted',
        reason: '已在第一条明确优先区域。',
        change: '停车设施建设优先保障医院、学校、大型商业设施周边等停车矛盾突出区域。',
      },
    ],
  },
  {
    title: '于洪区养老服务设施布局专项规划',
    category: 'plan',
    unit: '210114-D07',
    stage: 'consulted',
    launched: 55,
    comments: [
      {
        name: '陈淑华',
        clause: 1,
        text: '每个街道至少建设一处综合养老服务中心。',
        disposition: 'adopted',
        reason: '已采纳。',
        change: '每个街道至少建设一处街道综合养老服务中心，社区养老服务设施覆盖率达到100%。',
      },
      { name: '赵国庆', clause: 2, text: '建议引入社会资本参与运营，并公开招标。' },
    ],
  },
  {
    title: '于洪区学前教育资源配置实施方案',
    category: 'policy',
    unit: '210114-D03',
    stage: 'commenting',
    launched: 25,
    comments: [
      { name: '孙丽', clause: 1, text: '新建小区应同步配建幼儿园并无偿移交。' },
      { name: '周明', clause: null, text: '希望增加普惠性幼儿园学位。' },
    ],
  },
  {
    title: '于洪区生活垃圾分类管理实施办法（修订）',
    category: 'policy',
    unit: '210114-D25',
    stage: 'closing_today',
    launched: 40,
    source: 'cppcc',
    sourceText: '政协委员提案：关于完善我区生活垃圾分类长效机制的提案',
    comments: [{ name: '吴海燕', clause: 2, text: '建议增加厨余垃圾就地处理设施的建设要求。' }],
  },
  {
    title: '于洪区农贸市场升级改造实施方案',
    category: 'project',
    unit: '210114-D22',
    stage: 'drafting',
    launched: 7,
    comments: [],
  },
];

const CLAUSES = (title: string) => [
  {
    number: '第一条',
    text: `为推进${title.replace(/^于洪区|（.*）$/g, '')}工作，结合本区实际，制定本方案。`,
  },
  { number: '第二条', text: '本方案适用于本区行政区域内的相关建设、管理和服务活动。' },
  { number: '第三条', text: '各街道、各有关部门按照职责分工抓好落实，区政府办公室负责督促检查。' },
];

/** Loads the decisions demo once (skips when the district already has a catalogue item). */
export async function loadDecisionsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('decisions demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: decisionCatalogueItems.id })
    .from(decisionCatalogueItems)
    .where(eq(decisionCatalogueItems.districtId, district.id))
    .limit(1);
  if (existing) return;
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const reviewer = await actingUser(ctx.db, { role: 'legal_reviewer', districtId: district.id });
  const unitId = async (code: string) => (await getOrgUnitByCode(ctx.db, code))!.id;

  await catalogue(ctx, coordinator, 2020, CATALOGUE_2020, '2020-03-10', '2020-03-20', unitId);
  progress('重大行政决策', 1, 3);

  const today = ctx.today;
  const year = Number(today.slice(0, 4));
  if (year <= 2020) return;
  const yearStart = `${year}-01-05`;
  const currentItems = CURRENT.map((p) => ({
    title: p.title,
    category: p.category,
    unit: p.unit,
    plannedOn: `${year}年第四季度`,
  }));
  const approvedOn = max(yearStart, plus(today, -170));
  await catalogue(ctx, coordinator, year, currentItems, approvedOn, plus(approvedOn, 5), unitId);
  progress('重大行政决策', 2, 3);
  const items = await ctx.db
    .select({ id: decisionCatalogueItems.id, title: decisionCatalogueItems.title })
    .from(decisionCatalogueItems)
    .where(and(eq(decisionCatalogueItems.districtId, district.id), eq(decisionCatalogueItems.year, year)));
  for (const [k, p] of CURRENT.entries())
    await runDecision(
      ctx,
      { coordinator, reviewer },
      p,
      k,
      items.find((i) => i.title === p.title)!.id,
      unitId,
      yearStart,
    );
  progress('重大行政决策', 3, 3);
}

async function catalogue(
  ctx: Ctx,
  actor: Actor,
  year: number,
  plan: CatalogueItemPlan[],
  approvedOn: IsoDate,
  publishedOn: IsoDate,
  unitId: (code: string) => Promise<string>,
) {
  const drafted = plus(approvedOn, -20);
  const ids: string[] = [];
  for (const item of plan)
    ids.push(
      (
        await addCatalogueItem(at(ctx, actor, drafted), {
          year,
          title: item.title,
          category: item.category as 'policy',
          unitId: await unitId(item.unit),
          plannedOn: item.plannedOn,
        })
      ).id,
    );
  await advanceCatalogue(at(ctx, actor, approvedOn), 'approve', { year, on: approvedOn });
  await advanceCatalogue(at(ctx, actor, publishedOn), 'publish', { year, on: publishedOn });
  for (const [k, item] of plan.entries())
    if (item.withdrawn)
      await adjustCatalogueItem(at(ctx, actor, plus(publishedOn, 60)), ids[k]!, {
        title: item.title,
        plannedOn: item.plannedOn,
        withdrawn: true,
        reason: item.withdrawn,
      });
}

/** One decision taken as far as its stage, each step on its own day. */
async function runDecision(
  ctx: Ctx,
  who: { coordinator: Actor; reviewer: Actor },
  p: DecisionPlan,
  k: number,
  catalogueItemId: string,
  unitId: (code: string) => Promise<string>,
  yearStart: IsoDate,
) {
  const today = ctx.today;
  const day0 = max(yearStart, plus(today, -p.launched));
  const d = (n: number) => {
    const day = plus(day0, n);
    return day > today ? today : day;
  };
  const { coordinator, reviewer } = who;
  const row = await launchDecision(at(ctx, coordinator, day0), {
    title: p.title,
    category: p.category as 'policy',
    unitId: await unitId(p.unit),
    catalogueItemId,
    source: p.source ?? 'department',
    sourceProposalId: null,
    sourceText: p.sourceText ?? null,
    launchedOn: day0,
    technical: p.technical ?? false,
    riskRelevant: p.riskRelevant ?? false,
  });
  const step = (actor: Actor, transition: DecisionTransition, on: IsoDate, body: object = {}) =>
    fireDecisionTransition(at(ctx, actor, on), row.id, transition, { on, ...body });
  await step(coordinator, 'draft', d(3), {
    explanation: `为贯彻落实上级部署、解决群众关切，${p.title.replace(/（.*）$/, '')}由承办单位起草，经调研论证形成草案。`,
    options: '形成两个备选方案，经比较推荐方案一。',
    costBenefit: '所需资金纳入区级财政预算，预期社会效益显著。',
    laws: [
      { title: '重大行政决策程序暂行条例', article: '第三条' },
      { title: '中华人民共和国城乡规划法', article: '第二十六条' },
    ],
    clauses: CLAUSES(p.title),
  });
  if (p.stage === 'drafting') return;
  // The comment window: 30 days through today for the one closing today, else 31 days.
  const opens =
    p.stage === 'closing_today' ? plus(today, -29) : p.stage === 'commenting' ? plus(today, -10) : d(8);
  const closes = p.stage === 'closing_today' ? today : plus(opens, 30);
  await step(coordinator, 'open_comment', opens, { closesOn: closes });
  const clauses = await ctx.db
    .select()
    .from(decisionClauses)
    .where(eq(decisionClauses.decisionId, row.id))
    .orderBy(decisionClauses.position);
  for (const [i, c] of p.comments.entries()) {
    const on = plus(opens, 2 + i * 3) > today ? today : plus(opens, 2 + i * 3);
    await submitComment(at(ctx, null, on), row.id, {
      clauseId: c.clause ? clauses[c.clause - 1]!.id : null,
      name: c.name,
      contact: null,
      text: c.text,
    });
  }
  if (p.stage === 'commenting' || p.stage === 'closing_today') return;
  await step(coordinator, 'close_comment', closes);
  const comments = await ctx.db
    .select()
    .from(decisionComments)
    .where(eq(decisionComments.decisionId, row.id));
  for (const c of p.comments) {
    if (!c.disposition) continue;
    const comment = comments.find((x) => x.text === c.text)!;
    await step(coordinator, 'dispose', plus(closes, 2), {
      commentId: comment.id,
      disposition: c.disposition,
      reason: c.reason,
      changes: c.change ? [{ clauseId: comment.clauseId, text: c.change }] : [],
    });
  }
  if (p.technical)
    await step(coordinator, 'expert', plus(closes, 4), {
      form: '论证会',
      experts: [
        { name: '高立新', field: '交通规划', opinion: '规划布局合理，建议分期实施。', dissent: false },
        { name: '马文静', field: '城市规划', opinion: '部分地块容积率偏高，建议调整。', dissent: true },
      ],
      signed: true,
    });
  if (p.riskRelevant)
    await step(coordinator, 'risk', plus(closes, 4), {
      assessor: '辽宁正衡社会稳定风险评估中心（受托）',
      riskPoints: '居民出资意愿不一；施工期间出行和噪声影响。',
      measures: '一楼一策征求意见；施工前公示并设置临时通道。',
      plan: '建立信访快速响应机制，出现群体性诉求时启动应急预案。',
      level: 'medium',
    });
  if (p.stage === 'consulted') return;
  const submitted = plus(closes, 6);
  await step(coordinator, 'submit_review', submitted, {
    proceduresNote: '已履行公众参与、专家论证、风险评估等程序。',
  });
  const assigned = p.stage === 'reviewing' ? plus(today, -3) : plus(submitted, 1);
  const advisers = (
    await legalAffairs.roster(at(ctx, reviewer, assigned), Number(assigned.slice(0, 4)))
  ).filter((a) => a.status === 'active');
  const adviser = advisers[k % advisers.length]!;
  await assignLegalityReview(at(ctx, reviewer, assigned), row.id, { adviserIds: [adviser.id] });
  const matterId = (await legalAffairs.legalityReviewOf(at(ctx, reviewer, assigned), 'decisions', row.id))!
    .matterId;
  const matter = legalAffairsModule.procedures[0]!;
  await matter.apply(at(ctx, coordinator, plus(assigned, 1)), matterId, 'start', {});
  if (p.stage === 'reviewing') return;
  const opinionOn = plus(assigned, 9);
  const opinionNumber = `于司法审〔${opinionOn.slice(0, 4)}〕决${k + 1}号`;
  await matter.apply(at(ctx, coordinator, opinionOn), matterId, 'issue_opinion', {
    opinionNumber,
    issuedOn: opinionOn,
    signerAdviserId: adviser.id,
    title: `关于《${p.title}》的合法性审查意见`,
    body: '经审查，该决策事项属于区政府法定权限，已履行法定程序，内容符合法律、法规、规章和国家政策规定。',
  });
  await matter.apply(at(ctx, coordinator, opinionOn), matterId, 'conclude', {
    concludedOn: opinionOn,
    outcome: 'opinion_given',
  });
  await step(reviewer, 'record_review', plus(opinionOn, 1), { conclusion: 'lawful', opinionNumber });
  const decided = plus(opinionOn, 6);
  await step(coordinator, 'decide', decided, {
    meeting: `区政府第${k + 10}次常务会议`,
    minutes: '会议听取了承办单位关于决策草案的汇报，与会人员充分讨论，区长最后发表意见，会议原则同意该方案。',
    headSpokeLast: true,
    majorityView: 'approve',
    outcome: 'approved_amended',
    dissent: [{ name: '刘副区长', view: '建议资金分年度安排，避免集中支出。' }],
  });
  await step(coordinator, 'report_party', plus(decided, 2), {
    reference: `于政请〔${decided.slice(0, 4)}〕${k + 3}号`,
  });
  const published = plus(decided, 5);
  await step(coordinator, 'publish', published, {
    documentNumber: `于政发〔${published.slice(0, 4)}〕${k + 8}号`,
    channels: '区政府网站、区政府公报',
    interpretation: '本方案明确了改造范围、内容和资金分担办法，并对公众意见的采纳情况作了说明。',
  });
  await step(coordinator, 'execution_report', plus(today, -20), {
    executingUnit: '区住房和城乡建设局',
    report: '已完成首批12个小区改造方案的居民议事，其中5个小区已开工。',
  });
}
