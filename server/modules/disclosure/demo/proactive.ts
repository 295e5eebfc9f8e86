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
import { type Ctx, makeCtx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import {
  actingUser,
  demoOrgData,
  findOrgUnits,
  getOrgUnitByCode,
  type OrgUnit,
} from '../../../platform/org/index.js';
import { enforcement } from '../../enforcement/index.js';
import { disclosureProactiveItems } from '../schema/proactive.js';
import { COMMON_CATEGORIES, fieldOf } from './proactive-fields.js';
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
  plans: ['{unit}{year}年{topic}工作计划', '{unit}{topic}工作要点（{year}年）'],
  statistics: ['{month}月份{topic}统计数据', '{year}年{month}月{topic}运行情况'],
  licensing_results: ['{unit}行政许可决定公示（{year}年第{n}期）', '{topic}许可办理结果公示（第{n}批）'],
  penalty_coercion: ['{unit}行政处罚决定公示（{year}年第{n}期）', '{unit}行政强制措施决定公示（第{n}期）'],
  budgets: ['{unit}{year}年部门预算公开', '{unit}{prev}年部门决算公开'],
  fee_items: ['{unit}行政事业性收费项目及标准', '{topic}收费依据及标准公示'],
  procurement: ['{unit}{topic}服务采购项目中标结果公告', '{unit}政府采购意向公开（第{n}批）'],
  major_projects: ['{topic}项目批准和实施情况（第{n}期）', '重点建设项目{topic}进展情况'],
  livelihood: ['{topic}政策解读', '{year}年{month}月{topic}资金发放情况公示'],
  emergencies: ['{topic}应急预案', '关于做好{topic}防范应对工作的预警信息'],
  inspections: [
    '{month}月份{topic}监督检查情况通报',
    '{topic}“双随机、一公开”抽查结果公示（{year}年第{n}期）',
  ],
  civil_service: ['{year}年考试录用公务员拟录用人员公示', '{unit}{year}年公开招聘工作人员公告'],
  other_statutory: ['{unit}{topic}工作动态（第{n}期）', '{unit}{topic}工作情况通报（第{n}期）'],
  municipal_construction: ['{place}片区{topic}工程建设情况', '{place}片区{topic}建设项目公示'],
  public_services: ['{topic}服务事项办事指南', '{unit}公共服务事项清单'],
  public_welfare: ['{topic}公益项目实施情况', '慈善捐赠款物使用情况公示（第{n}期）'],
  land_expropriation: ['{place}村地块征收土地预公告', '{place}村地块征地补偿安置方案公告'],
  housing_expropriation: ['{place}片区国有土地上房屋征收决定', '{place}片区房屋征收补偿方案公示'],
  public_security: ['{month}月份社会治安状况通报', '关于开展{topic}专项整治行动的通告'],
  social_assistance: ['{year}年{month}月城乡低保对象公示', '{topic}临时救助情况公示'],
};

/** Invented place names for expropriation and construction notices. */
const PLACES = ['示例', '样本', '新华', '东岗', '西沟', '南台', '北屯', '光明'];

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

/** The working days of a year up to `through` (default its end), in order; make-up days included. */
export function workingDaysOf(
  cal: WorkCalendar,
  year: number,
  through: IsoDate = `${year}-12-31`,
): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = `${year - 1}-12-31`; ; ) {
    d = addWorkingDays(cal, d, 1);
    if (d > through || d > `${year}-12-31`) return days;
    days.push(d);
  }
}

/** The 2020 working days, in order (the calendar as loaded; make-up Saturdays and Sundays included). */
export const workingDays2020 = (cal: WorkCalendar): IsoDate[] => workingDaysOf(cal, 2020);

/**
 * The unit's report on the previous year (政府信息公开工作年度报告), formed and published in January by the
 * 31st (Basis: 政府信息公开条例 第五十条); null when the days given end before two January working days.
 */
function annualReport(unit: OrgUnit, name: string, days: readonly IsoDate[], seed: number): NewEntry | null {
  const year = Number(days[0]?.slice(0, 4));
  const january = days.filter((d) => d <= `${year}-01-31`);
  if (january.length < 2) return null;
  // Published in the last working days of January, formed a few working days before.
  const at = Math.max(1, january.length - 1 - (seed % 6));
  return {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    content: {
      category: 'other_statutory',
      table2Kind: null,
      title: `${name}${year - 1}年政府信息公开工作年度报告`,
      documentNumber: null,
      formedOn: january[Math.max(0, at - 3)]!,
      publishedOn: january[at]!,
      channels: ['portal'],
      url: null,
      summary: null,
    },
  };
}

/**
 * One department's entries over the given working days of one year: its annual report on the year before
 * (January), then categories of its own field (proactive-fields.ts), titles and dates drawn from the PRNG.
 */
export function planDepartment(
  unit: OrgUnit,
  count: number,
  days: readonly IsoDate[],
  seed: number,
): NewEntry[] {
  if (count === 0 || days.length === 0) return [];
  const rand = seededRandom(seed);
  const name = unit.shortName ?? unit.name;
  const year = Number(days[0]!.slice(0, 4));
  const field = fieldOf(unit.code);
  const allowed = new Set([...COMMON_CATEGORIES, ...field.categories]);
  const weights = CATEGORY_WEIGHTS.filter(([c]) => allowed.has(c));
  const report = annualReport(unit, name, days, seed);
  const entries: NewEntry[] = report ? [report] : [];
  // The ledger refuses two identical entries (same title and dates): a repeated draw gets its batch number.
  const seen = new Set<string>();
  for (let i = entries.length; i < count; i++) {
    const category = weighted(rand, weights);
    // Working days between formation and publication: 0–15 usually, 21–35 for the late ones.
    const drawn = rand() < LATE_SHARE ? 21 + Math.floor(rand() * 15) : Math.floor(rand() * 16);
    const lag = Math.min(drawn, days.length - 1);
    const at = lag + Math.floor(rand() * (days.length - lag));
    const publishedOn = days[at]!;
    const title = pick(rand, TITLES[category])
      .replace('{unit}', name)
      .replace('{topic}', pick(rand, field.topics))
      .replace('{place}', pick(rand, PLACES))
      .replace('{year}', String(year))
      .replace('{prev}', String(year - 1))
      .replace('{month}', String(Number(publishedOn.slice(5, 7))))
      .replace('{n}', String(i + 1));
    const formedOn = days[at - lag]!;
    const key = `${title}|${formedOn}|${publishedOn}`;
    const uniqueTitle = seen.has(key) ? `${title}（第${i + 1}批）` : title;
    seen.add(key);
    const isDocument = category === 'laws_and_documents';
    entries.push({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      content: {
        category,
        table2Kind: table2KindFor(rand, category),
        title: uniqueTitle,
        documentNumber: isDocument ? `${name.replace(/^区/, '于')}发〔${year}〕${i + 1}号` : null,
        formedOn,
        publishedOn,
        channels: channelsFor(rand, category),
        url: null,
        summary: null,
      },
    });
  }
  return entries;
}

/**
 * 于洪区's 2020 proactive register: exactly 5604 items (seed 一(六)三) across the 35 departments, mostly
 * published within 20 working days, a few late; this year's items to the day the demo loads, at the same
 * pace; and a 公开指南 per department. Bulk-inserted through the
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
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const cal = await loadCalendar(ctx.db);
  const rand = seededRandom(2020);
  // Enforcement bodies publish more (decisions, inspections); the demo's 23 bodies are enforcement's.
  const bodies = enforcement.demoBodyCodes();
  const weights = departments.map((d) => (bodies.has(d.code) ? 1.5 : 0.6) + rand());
  const total = departments.length * 3;
  const at2020 = makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, new Date('2020-12-31T17:00:00+08:00'));
  const days2020 = workingDays2020(cal);
  const counts = apportion(SEED_PROACTIVE_ITEMS, weights);
  for (const [i, unit] of departments.entries()) {
    const entries = planDepartment(unit, counts[i]!, days2020, 2020 * 100 + i);
    await inTransaction(ctx.db, (tx) => insertEntries(tx, at2020, entries, 'demo'));
    progress('主动公开台账', i + 1, total);
  }
  // This year to date, at the 2020 pace: registered as of the day the demo loads (its clock).
  const year = Number(ctx.today.slice(0, 4));
  const days = year > 2020 ? workingDaysOf(cal, year, ctx.today) : [];
  const thisYear = apportion(Math.round((SEED_PROACTIVE_ITEMS * days.length) / days2020.length), weights);
  const now = makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, ctx.now);
  for (const [i, unit] of departments.entries()) {
    const entries = planDepartment(unit, thisYear[i]!, days, year * 100 + i);
    if (entries.length > 0) await inTransaction(ctx.db, (tx) => insertEntries(tx, now, entries, 'demo'));
    progress('主动公开台账', departments.length + i + 1, total);
  }
  for (const [i, unit] of departments.entries()) {
    await putGuide(
      makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, new Date('2020-03-02T09:00:00+08:00')),
      unit.id,
      guideText(unit),
    );
    progress('政府信息公开指南', 2 * departments.length + i + 1, total);
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
