import type { ProactiveCategory } from '../../../../common/contracts/disclosure/proactive.js';

/**
 * What each demo department publishes beyond what every organ publishes (its documents, functions, plans,
 * budget, procurement, recruitment, services and its annual report): the categories of its own field and
 * the topics its notices are about. So 低保 notices come from 民政, road works from 交通/住建/城管, 抽查结果
 * from 市场监管 — never a 低保 or 道路 notice from the justice bureau. Invented demo content.
 */
export interface DepartmentField {
  topics: readonly string[];
  categories: readonly ProactiveCategory[];
}

/** Categories every organ publishes (条例 第二十条: 机构职能、规范性文件、规划计划、预决算、采购、招录…). */
export const COMMON_CATEGORIES: readonly ProactiveCategory[] = [
  'laws_and_documents',
  'functions',
  'plans',
  'budgets',
  'procurement',
  'civil_service',
  'other_statutory',
  'public_services',
];

const ENFORCING: readonly ProactiveCategory[] = ['licensing_results', 'penalty_coercion', 'inspections'];

/** By the department's org code (data/demo/org-yuhong.yaml). */
export const DEPARTMENT_FIELDS: Record<string, DepartmentField> = {
  '210114-D01': {
    topics: ['政务公开', '政务服务', '营商环境'],
    categories: ['statistics', 'major_projects', 'emergencies'],
  },
  '210114-D02': {
    topics: ['价格监测', '粮食安全', '节能降耗', '项目建设'],
    categories: [...ENFORCING, 'statistics', 'major_projects', 'fee_items'],
  },
  '210114-D03': {
    topics: ['校园安全', '义务教育招生', '学生资助', '校外培训机构'],
    categories: [...ENFORCING, 'livelihood', 'public_welfare'],
  },
  '210114-D04': { topics: ['科技成果转化', '高新技术企业培育', '科学技术普及'], categories: ['statistics'] },
  '210114-D05': {
    topics: ['工业经济运行', '工业节能', '民用爆炸物品'],
    categories: [...ENFORCING, 'statistics'],
  },
  '210114-D06': {
    topics: ['社会治安', '道路交通安全', '消防安全', '户籍管理'],
    categories: ['public_security', 'penalty_coercion', 'licensing_results', 'emergencies'],
  },
  '210114-D07': {
    topics: ['城乡低保', '特困人员供养', '养老服务', '临时救助', '殡葬管理'],
    categories: ['social_assistance', 'livelihood', 'public_welfare', 'licensing_results', 'inspections'],
  },
  '210114-D08': {
    topics: ['法律援助', '人民调解', '普法宣传', '公共法律服务'],
    categories: ['inspections', 'licensing_results'],
  },
  '210114-D09': {
    topics: ['预算管理', '政府采购监管', '财政资金使用'],
    categories: ['statistics', 'fee_items', 'inspections'],
  },
  '210114-D10': {
    topics: ['就业创业', '社会保险', '劳动保障监察', '农民工工资支付'],
    categories: [...ENFORCING, 'livelihood', 'statistics'],
  },
  '210114-D11': {
    topics: ['土地供应', '不动产登记', '耕地保护', '国土空间规划'],
    categories: [...ENFORCING, 'land_expropriation', 'major_projects'],
  },
  '210114-D12': {
    topics: ['大气污染防治', '水污染防治', '排污许可', '环境影响评价'],
    categories: [...ENFORCING, 'statistics', 'emergencies'],
  },
  '210114-D13': {
    topics: ['老旧小区改造', '建筑施工安全', '物业管理', '城市供热', '燃气安全'],
    categories: [...ENFORCING, 'housing_expropriation', 'municipal_construction', 'major_projects'],
  },
  '210114-D14': {
    topics: ['道路运输', '农村公路', '出租汽车', '公交客运'],
    categories: [...ENFORCING, 'municipal_construction', 'fee_items'],
  },
  '210114-D15': {
    topics: ['农产品质量安全', '动物防疫', '高标准农田', '农村人居环境'],
    categories: [...ENFORCING, 'livelihood', 'emergencies'],
  },
  '210114-D16': {
    topics: ['商贸流通', '单用途商业预付卡', '成品油市场'],
    categories: [...ENFORCING, 'statistics'],
  },
  '210114-D17': {
    topics: ['文化市场', '旅游市场', '文物保护', '公共文化服务'],
    categories: [...ENFORCING, 'public_welfare'],
  },
  '210114-D18': {
    topics: ['疫情防控', '医疗机构管理', '公共场所卫生', '职业病防治'],
    categories: [...ENFORCING, 'emergencies', 'statistics'],
  },
  '210114-D19': {
    topics: ['退役军人优抚', '双拥工作', '烈士褒扬'],
    categories: ['livelihood', 'public_welfare'],
  },
  '210114-D20': {
    topics: ['安全生产', '森林防火', '防汛抗旱', '危险化学品'],
    categories: [...ENFORCING, 'emergencies'],
  },
  '210114-D21': { topics: ['审计整改', '经济责任审计'], categories: ['inspections'] },
  '210114-D22': {
    topics: ['食品安全', '药品安全', '特种设备', '产品质量', '市场主体登记'],
    categories: [...ENFORCING, 'statistics', 'fee_items'],
  },
  '210114-D23': { topics: ['经济运行', '人口普查', '统计调查'], categories: ['statistics', 'inspections'] },
  '210114-D24': {
    topics: ['医疗保障', '医保基金监管', '医疗救助'],
    categories: ['livelihood', 'social_assistance', 'inspections', 'penalty_coercion'],
  },
  '210114-D25': {
    topics: ['市容环境', '城市道路', '生活垃圾分类', '违法建设治理'],
    categories: [...ENFORCING, 'municipal_construction'],
  },
  '210114-D26': { topics: ['营商环境', '政务服务'], categories: ['statistics'] },
  '210114-D27': { topics: ['信访工作'], categories: [] },
  '210114-D28': {
    topics: ['人民防空', '防空警报试鸣'],
    categories: [...ENFORCING, 'fee_items', 'emergencies'],
  },
  '210114-D29': {
    topics: ['河道治理', '森林防火', '水土保持', '防汛'],
    categories: [...ENFORCING, 'emergencies', 'major_projects'],
  },
  '210114-D30': { topics: ['公共机构节能', '办公用房管理'], categories: [] },
  '210114-D31': { topics: ['招商引资', '外商投资'], categories: ['major_projects', 'statistics'] },
  '210114-D32': { topics: ['国有资产监管', '国有企业改革'], categories: ['statistics'] },
  '210114-D33': { topics: ['政务数据共享', '数字政府'], categories: ['statistics'] },
  '210114-D34': { topics: ['地方金融监管', '防范非法集资'], categories: ['inspections'] },
  '210114-D35': { topics: ['重点项目建设'], categories: ['major_projects'] },
};

/** The field of a department; an unknown unit publishes only what every organ publishes. */
export function fieldOf(code: string): DepartmentField {
  return DEPARTMENT_FIELDS[code] ?? { topics: ['政务公开'], categories: [] };
}
