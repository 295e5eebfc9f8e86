/**
 * The demo's normative documents (pure): 于洪区 — 38 government documents in force when 2020 began, reviewed in
 * the 2020 cleanup (seed 一(二)三 "审查相关文件38份": 33 继续有效, 2 修改, 2 废止, 1 失效), six documents made in
 * 2020 through the whole procedure (so 现行有效 at the end of 2020 = 38 − 3 + 6 = 41), and this year's documents in
 * every state. Titles, numbers, reasons and dates are INVENTED; only the 38 is the seed's.
 */
import type { DocLedgerRow } from './ledger.js';

export const SEED_CLEANUP_REVIEWED = 38;
/** The government's documents are kept by 区政府办公室 (its 三统一 and its ledger; the district's own unit holds no work). */
export const GOVERNMENT = '区政府办公室';
export const GOVERNMENT_OFFICE = '210114-D01';

/** The law register of the demo: title, issuer, version. */
export const LAWS = [
  { title: '中华人民共和国行政许可法', issuer: '全国人民代表大会常务委员会', versionLabel: '2019年修正' },
  { title: '中华人民共和国行政处罚法', issuer: '全国人民代表大会常务委员会', versionLabel: '2017年修正' },
  { title: '优化营商环境条例', issuer: '国务院', versionLabel: '2019年' },
  { title: '辽宁省优化营商环境条例', issuer: '辽宁省人民代表大会常务委员会', versionLabel: '2016年' },
  { title: '物业管理条例', issuer: '国务院', versionLabel: '2018年修订' },
  { title: '中华人民共和国食品安全法', issuer: '全国人民代表大会常务委员会', versionLabel: '2018年修正' },
  { title: '中华人民共和国城乡规划法', issuer: '全国人民代表大会常务委员会', versionLabel: '2019年修正' },
  { title: '中华人民共和国就业促进法', issuer: '全国人民代表大会常务委员会', versionLabel: '2015年修正' },
] as const;
/** 行政处罚法 was revised on 2021-01-22: recorded amended, so its citers are listed (legal-rules §5). */
export const AMENDED_LAW = {
  title: '中华人民共和国行政处罚法',
  changedOn: '2021-01-22',
  note: '2021年1月22日修订，2021年7月15日起施行',
};

const SUBJECTS = [
  ['关于进一步优化营商环境的若干措施', '区营商环境建设局', 2],
  ['关于规范行政审批中介服务的实施意见', '区营商环境建设局', 0],
  ['关于加强老旧小区物业管理的实施意见', '区住房和城乡建设局', 4],
  ['关于促进高校毕业生就业创业的若干措施', '区人力资源和社会保障局', 7],
  ['关于加强食品生产经营监管的实施意见', '区市场监督管理局', 5],
  ['关于规范城乡规划管理的若干规定', '区自然资源分局', 6],
  ['关于推行行政执法公示制度的实施办法', '区司法局', 1],
  ['关于加强农村集体资产管理的意见', '区农业农村局', -1],
  ['关于规范行政事业性收费管理的通知', '区财政局', -1],
  ['关于加强城市道路挖掘管理的规定', '区城市管理和综合行政执法局', 6],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The 38 documents of 2016–2019 as the 区政府 ledger keeps them (all filed, all in force at the cleanup). */
export function oldDocs(): (DocLedgerRow & { lawIndex: number })[] {
  return Array.from({ length: SEED_CLEANUP_REVIEWED }, (_, i) => {
    const year = 2016 + (i % 4);
    const month = 3 + ((i * 5) % 9);
    const day = 5 + ((i * 7) % 20);
    const published = `${year}-${pad(month)}-${pad(day)}`;
    const [subject, unit, lawIndex] = SUBJECTS[i % SUBJECTS.length]!;
    const n = Math.floor(i / 4) + 1;
    const effective = `${year}-${pad(month)}-${pad(Math.min(day + 3, 28))}`;
    return {
      issuer: GOVERNMENT,
      issuerLevel: 'government',
      title: `${subject}${i >= SUBJECTS.length ? `（${['二', '三', '四'][Math.floor(i / SUBJECTS.length) - 1]}）` : ''}`,
      draftingUnit: unit,
      documentNumber: `于政${i % 3 === 0 ? '办' : ''}发〔${year}〕${n + (i % 3) * 20}号`,
      registrationNumber: `YHGS-${year}-${String(100 + i).slice(1)}`,
      reviewConclusion: 'lawful',
      reviewedOn: `${year}-${pad(month - 1)}-${pad(day)}`,
      meeting: `区政府第${n + 3}次常务会议`,
      meetingOn: `${year}-${pad(month - 1)}-${pad(Math.min(day + 10, 28))}`,
      signer: '区长',
      publishedOn: published,
      effectiveOn: effective,
      validUntil: `${year + 5}-${pad(month)}-${pad(Math.min(day + 2, 27))}`,
      filedOn: `${year}-${pad(month)}-${pad(Math.min(day + 10, 28))}`,
      endedOn: null,
      ending: null,
      endReason: null,
      state: null,
      lawIndex,
    };
  });
}

/** The 2020 cleanup's results, by the documents' position in `oldDocs()` (the rest 继续有效). */
export const CLEANUP_2020 = {
  title: '2020年与现行开放政策不符的规范性文件清理',
  reason: '按照省、市部署，开展与现行开放政策不符的地方性法规、政府规章和行政规范性文件清理工作',
  startedOn: '2020-09-01',
  reviewedFrom: '2020-09-14',
  publishedOn: '2020-11-20',
  results: new Map<number, { result: string; reason: string }>([
    [1, { result: 'revise', reason: '部分中介服务事项已取消，需相应修改' }],
    [4, { result: 'revise', reason: '与新修订的《食品安全法实施条例》不一致，需修改' }],
    [8, { result: 'repeal', reason: '收费项目已按国家规定取消，文件予以废止' }],
    [17, { result: 'repeal', reason: '与现行外商投资准入政策不符，予以废止' }],
    [27, { result: 'expire', reason: '规定的工作任务已完成，文件自然失效' }],
  ]),
};

/** The six documents of 2020, each taken from draft to its filing review: [title, drafting unit, day0, law]. */
export const DOCS_2020 = [
  ['于洪区优化营商环境十条措施', '区营商环境建设局', '2020-02-17', 2],
  ['于洪区老旧小区改造实施办法（试行）', '区住房和城乡建设局', '2020-03-09', 4],
  ['于洪区稳就业促就业若干措施', '区人力资源和社会保障局', '2020-04-13', 7],
  ['于洪区行政执法全过程记录实施办法', '区司法局', '2020-05-11', 1],
  ['于洪区农村人居环境整治管理办法', '区农业农村局', '2020-06-08', -1],
  ['于洪区城市道路挖掘修复管理规定', '区城市管理和综合行政执法局', '2020-07-06', 6],
] as const;

/** How far this year's documents go (the last step of the full path they take), one per state. */
export const CURRENT = [
  { title: '于洪区公共停车设施管理办法（征求意见稿）', unit: '区交通运输局', code: null, upTo: 'drafting' },
  { title: '于洪区养老服务设施建设管理规定', unit: '区民政局', code: null, upTo: 'evaluate' },
  {
    title: '于洪区居民生活垃圾分类管理办法',
    unit: '区城市管理和综合行政执法局',
    code: null,
    upTo: 'open_comment',
  },
  { title: '于洪区科技型中小企业扶持办法', unit: '区科学技术局', code: null, upTo: 'submit_review' },
  { title: '于洪区政府投资项目管理办法', unit: '区发展和改革局', code: null, upTo: 'review_amend' },
  { title: '于洪区农贸市场管理规定', unit: '区市场监督管理局', code: '210114-D22', upTo: 'respond' },
  { title: '于洪区校外培训机构监管办法', unit: '区教育局', code: null, upTo: 'deliberate' },
  { title: '于洪区城市供热管理办法', unit: '区住房和城乡建设局', code: null, upTo: 'register' },
  { title: '于洪区防汛应急管理规定', unit: '区应急管理局', code: null, upTo: 'publish' },
  { title: '于洪区市场主体住所登记管理办法', unit: '区市场监督管理局', code: '210114-D22', upTo: 'file' },
  { title: '于洪区数字政府建设管理办法', unit: '区营商环境建设局', code: null, upTo: 'filing_result' },
] as const;
export type CurrentStep = (typeof CURRENT)[number]['upTo'];
