import { seededRandom } from '../../../../common/random.js';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import type {
  ProactiveCategory,
  PublicationChannel,
  Table2Kind,
} from '../../../../common/contracts/disclosure/proactive.js';
import { ensureCalendarSeeded, loadCalendar } from '../../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import {
  demoOrgData,
  findOrgUnits,
  findUsersOfDistrict,
  getOrgUnit,
  getOrgUnitByCode,
  type OrgUnit,
} from '../../../platform/org/index.js';
import { enforcement } from '../../enforcement/index.js';
import { disclosureProactiveItems } from '../schema/proactive.js';
import { insertEntries, type NewEntry, putGuide } from '../service/proactive/index.js';

type Progress = (label: string, done: number, total: number) => void;

/** 一(六)三 "全年主动公开信息5604条". */
export const SEED_PROACTIVE_ITEMS = 5604;
export const SEED_DEPARTMENTS = 35;
/** About one item in forty published after its 20 working days: a plausible, not a perfect, register. */
const LATE_SHARE = 0.025;

/** Splits `total` over the weights exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const deficit = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < deficit; k++) counts[order[k]![1]]! += 1;
  return counts;
}

/** How often each category occurs in a district register (licensing results and penalties dominate). */
const CATEGORY_WEIGHTS: [ProactiveCategory, number][] = [
  ['laws_and_documents', 4],
  ['functions', 2],
  ['plans', 2],
  ['statistics', 3],
  ['licensing_results', 24],
  ['penalty_coercion', 14],
  ['budgets', 3],
  ['fee_items', 1],
  ['procurement', 5],
  ['major_projects', 3],
  ['livelihood', 12],
  ['emergencies', 4],
  ['inspections', 10],
  ['civil_service', 1],
  ['other_statutory', 4],
  ['municipal_construction', 2],
  ['public_services', 2],
  ['public_welfare', 1],
  ['land_expropriation', 1],
  ['housing_expropriation', 1],
  ['public_security', 1],
  ['social_assistance', 2],
];

const TITLES: Record<ProactiveCategory, readonly string[]> = {
  laws_and_documents: ['关于印发《{topic}管理办法》的通知', '关于进一步加强{topic}工作的实施意见'],
  functions: ['{unit}机构职能及领导分工', '{unit}内设机构调整情况'],
  plans: ['{unit}2020年{topic}工作计划', '于洪区“十四五”{topic}专项规划编制情况'],
  statistics: ['{month}月份{topic}统计数据', '2020年{month}月{topic}运行情况'],
  licensing_results: ['{unit}行政许可决定公示（2020年第{n}期）', '{topic}许可办理结果公示（第{n}批）'],
  penalty_coercion: ['{unit}行政处罚决定公示（2020年第{n}期）', '{unit}行政强制措施决定公示（第{n}期）'],
  budgets: ['{unit}2020年部门预算公开', '{unit}2019年部门决算公开'],
  fee_items: ['{unit}行政事业性收费项目及标准', '{topic}收费依据及标准公示'],
  procurement: ['{topic}采购项目中标结果公告', '{topic}政府采购意向公开（第{n}批）'],
  major_projects: ['{topic}项目批准和实施情况（第{n}期）', '重点建设项目{topic}进展情况'],
  livelihood: ['{topic}政策解读', '2020年{month}月{topic}发放情况公示'],
  emergencies: ['{topic}应急预案', '关于做好{topic}防范应对工作的预警信息'],
  inspections: ['{month}月份{topic}监督检查情况通报', '2020年{topic}专项检查结果公示'],
  civil_service: ['2020年考试录用公务员拟录用人员公示', '{unit}2020年公开招聘工作人员公告'],
  other_statutory: ['{unit}2019年政府信息公开工作年度报告', '{unit}{topic}工作动态（第{n}期）'],
  municipal_construction: ['{topic}改造工程建设情况', '{topic}道路建设工程公示'],
  public_services: ['{topic}服务事项办事指南', '{unit}公共服务事项清单'],
  public_welfare: ['{topic}公益项目实施情况', '慈善捐赠款物使用情况公示（第{n}期）'],
  land_expropriation: ['{topic}地块征收土地预公告', '{topic}地块征地补偿安置方案公告'],
  housing_expropriation: ['{topic}片区国有土地上房屋征收决定', '{topic}片区房屋征收补偿方案公示'],
  public_security: ['{month}月份社会治安状况通报', '关于开展{topic}专项整治行动的通告'],
  social_assistance: ['2020年{month}月城乡低保对象公示', '{topic}临时救助情况公示'],
};

const TOPICS = [
  '食品安全',
  '安全生产',
  '城乡低保',
  '环境保护',
  '建筑施工',
  '道路交通',
  '校园安全',
  '疫情防控',
  '农村人居环境',
  '老旧小区',
  '营商环境',
  '就业创业',
  '医疗保障',
  '养老服务',
  '消防安全',
  '燃气安全',
  '河道治理',
  '市容环境',
  '物价监督',
  '特种设备',
  '高标准农田',
  '森林防火',
  '退役军人优抚',
  '文化市场',
  '药品安全',
  '城市供热',
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function weighted<T>(rand: () => number, entries: readonly [T, number][]): T {
  let r = rand() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

function table2KindFor(rand: () => number, category: ProactiveCategory): Table2Kind | null {
  // A district government makes no 规章 (立法法 第八十二条); its documents are 行政规范性文件 or not in table 二.
  if (category === 'laws_and_documents') return rand() < 0.6 ? 'normative_docs' : null;
  if (category === 'licensing_results') return rand() < 0.85 ? 'licensing' : null;
  if (category === 'penalty_coercion') return rand() < 0.85 ? 'penalty' : 'coercion';
  if (category === 'fee_items') return 'fees';
  return null;
}

function channelsFor(rand: () => number, category: ProactiveCategory): PublicationChannel[] {
  const channels: PublicationChannel[] = rand() < 0.95 ? ['portal'] : ['bulletin_board'];
  if (category === 'laws_and_documents' && rand() < 0.7) channels.push('gazette');
  if (rand() < 0.3) channels.push('wechat');
  if (channels[0] !== 'bulletin_board' && rand() < 0.05) channels.push('bulletin_board');
  if (rand() < 0.02) channels.push('newspaper');
  return channels;
}

/** The 2020 working days, in order (the calendar as loaded; make-up Saturdays and Sundays included). */
export function workingDays2020(cal: WorkCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = '2019-12-31'; ; ) {
    d = addWorkingDays(cal, d, 1);
    if (d > '2020-12-31') return days;
    days.push(d);
  }
}

/** One department's entries: categories, titles and dates drawn from the PRNG; formation and publication both in 2020. */
export function planDepartment(
  unit: OrgUnit,
  count: number,
  days: readonly IsoDate[],
  seed: number,
): NewEntry[] {
  const rand = seededRandom(seed);
  const name = unit.shortName ?? unit.name;
  const entries: NewEntry[] = [];
  for (let i = 0; i < count; i++) {
    const category = weighted(rand, CATEGORY_WEIGHTS);
    // Working days between formation and publication: 0–15 usually, 21–35 for the late ones.
    const lag = rand() < LATE_SHARE ? 21 + Math.floor(rand() * 15) : Math.floor(rand() * 16);
    const at = lag + Math.floor(rand() * (days.length - lag));
    const publishedOn = days[at]!;
    const title = pick(rand, TITLES[category])
      .replace('{unit}', name)
      .replace('{topic}', pick(rand, TOPICS))
      .replace('{month}', String(Number(publishedOn.slice(5, 7))))
      .replace('{n}', String(i + 1));
    const isDocument = category === 'laws_and_documents';
    entries.push({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      content: {
        category,
        table2Kind: table2KindFor(rand, category),
        title,
        documentNumber: isDocument ? `${name.replace(/^区/, '于')}发〔2020〕${i + 1}号` : null,
        formedOn: days[at - lag]!,
        publishedOn,
        channels: channelsFor(rand, category),
        url: null,
        summary: null,
      },
    });
  }
  return entries;
}

async function coordinatorOf(ctx: Ctx, districtId: string): Promise<Actor> {
  const user = (await findUsersOfDistrict(ctx.db, districtId)).find(
    (u) => u.isActive && u.role === 'coordinator',
  );
  if (!user) throw new Error('proactive demo: no coordinator account in the demo org');
  const unit = await getOrgUnit(ctx.db, user.orgUnitId);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgPath: unit.path,
    districtId: user.districtId,
  };
}

/**
 * 于洪区's 2020 proactive register: exactly 5604 items (seed 一(六)三) across the 35 departments, mostly
 * published within 20 working days, a few late; and a 公开指南 per department. Bulk-inserted through the
 * register's writer with one batch of audit events per department, so it loads in seconds.
 */
export async function loadProactiveDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, demoOrgData().district.code);
  if (!district) throw new Error('proactive demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: disclosureProactiveItems.id })
    .from(disclosureProactiveItems)
    .where(eq(disclosureProactiveItems.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const departments = await findOrgUnits(ctx.db, { districtId: district.id, type: 'department' });
  if (departments.length !== SEED_DEPARTMENTS) {
    throw new Error(`proactive demo: ${departments.length} departments, expected ${SEED_DEPARTMENTS}`);
  }
  const coordinator = await coordinatorOf(ctx, district.id);
  const yearEnd = makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, new Date('2020-12-31T17:00:00+08:00'));
  const days = workingDays2020(await loadCalendar(ctx.db));
  const rand = seededRandom(2020);
  // Enforcement bodies publish more (decisions, inspections); the demo's 23 bodies are enforcement's.
  const bodies = enforcement.demoBodyCodes();
  const counts = apportion(
    SEED_PROACTIVE_ITEMS,
    departments.map((d) => (bodies.has(d.code) ? 1.5 : 0.6) + rand()),
  );
  const total = departments.length * 2;
  for (const [i, unit] of departments.entries()) {
    const entries = planDepartment(unit, counts[i]!, days, 2020 * 100 + i);
    await inTransaction(ctx.db, (tx) => insertEntries(tx, yearEnd, entries, 'demo'));
    progress('主动公开台账', i + 1, total);
  }
  for (const [i, unit] of departments.entries()) {
    await putGuide(
      makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, new Date('2020-03-02T09:00:00+08:00')),
      unit.id,
      guideText(unit),
    );
    progress('政府信息公开指南', departments.length + i + 1, total);
  }
}

function guideText(unit: OrgUnit) {
  const name = unit.name;
  return {
    text: [
      `一、主动公开：${name}主动公开的政府信息，自信息形成或者变更之日起20个工作日内通过于洪区人民政府网站“政府信息公开”专栏公开，并视情况通过政府公报、政务新媒体、公开栏等方式公开。`,
      '二、依申请公开：公民、法人或者其他组织可以通过当面提交、信函、网上申请等方式提出政府信息公开申请，申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径。',
      '三、办理时限：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复，需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日。',
      '四、监督和救济：认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向区政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
    ].join('\n'),
    contact: `${unit.shortName ?? name}办公室 024-2560${String(1000 + unit.sortOrder).slice(-4)}`,
    address: '沈阳市于洪区（地址以单位公布为准）',
    officeHours: '法定工作日 8:30—11:30，13:00—17:00',
  };
}
