/**
 * The demo's committee and plans (decision 0049 §Demo). 2020 follows the seed: 一(一) "专题召开法治建设委员会会议,
 * 听取区直依法治区工作要点落实情况及省级法治政府建设示范创建工作进展,研究部署省级法治政府示范创建工作"; 三 "出台
 * 《沈阳市于洪区2020年法治政府建设工作要点》"; the 2020 tasks are the measures 一 reports done. The 2021 plan is
 * the seed's 四, in its words. Members' names, meeting dates and document numbers are INVENTED BUT PLAUSIBLE.
 */
import type { TaskLedgerRow } from './ledger.js';

export const MEMBERS = [
  { name: '刘志强', post: 'director', position: '区委书记', unit: '于洪区' },
  { name: '孙建国', post: 'deputy', position: '区委副书记、区长', unit: '于洪区' },
  { name: '周文博', post: 'deputy', position: '区委常委、政法委书记', unit: '于洪区' },
  { name: '陈立新', post: 'office_head', position: '区司法局局长', unit: '区司法局' },
  { name: '高云峰', post: 'member', position: '区政府办公室主任', unit: '区政府办公室' },
  { name: '马俊杰', post: 'member', position: '区市场监督管理局局长', unit: '区市场监督管理局' },
  {
    name: '吴海涛',
    post: 'member',
    position: '区城市管理和综合行政执法局局长',
    unit: '区城市管理和综合行政执法局',
  },
  { name: '郑丽华', post: 'member', position: '区营商环境建设局局长', unit: '区营商环境建设局' },
] as const;

type PlanTask = Pick<TaskLedgerRow, 'title' | 'area' | 'indicators' | 'unit' | 'coUnits' | 'dueOn'> & {
  body?: string;
  /** The completion report's day and words (past years: every task done). */
  doneOn: string;
  report: string;
};

export const PLAN_2020 = {
  year: 2020,
  title: '沈阳市于洪区2020年法治政府建设工作要点',
  assignedOn: '2020-03-16',
  tasks: [
    {
      title: '开展省级法治政府建设示范创建活动，制定创建工作方案，明确工作目标和责任分工',
      area: 'leadership',
      indicators: '9.1.1',
      unit: '区司法局',
      coUnits: '区政府办公室',
      dueOn: '2020-12-15',
      doneOn: '2020-12-10',
      report: '已制定省级法治政府建设示范创建工作方案，明确工作目标、细化责任分工，创建材料按期报送。',
    },
    {
      title:
        '落实重大行政决策合法性审查，按照公众参与、专家论证、合法性审查、风险评估、常务会议讨论决定等履行决策程序',
      area: 'decisions',
      indicators: '3.2.1',
      unit: '区司法局',
      coUnits: null,
      dueOn: '2020-12-15',
      doneOn: '2020-11-30',
      report: '重大行政决策均履行法定程序，合法性审查全覆盖。',
    },
    {
      title: '执行《于洪区法律顾问团管理办法（试行）》，组建法律顾问团，统筹协调法律事务工作',
      area: 'decisions',
      indicators: '3.3.1',
      unit: '区司法局',
      coUnits: null,
      dueOn: '2020-06-30',
      doneOn: '2020-06-20',
      report: '法律顾问团已组建，由区司法局负责日常管理。',
    },
    {
      title: '开展与现行开放政策不符的地方性法规、政府规章和行政规范性文件清理工作',
      area: 'rules',
      indicators: '2.2.3',
      unit: '区司法局',
      coUnits: '区政府办公室',
      dueOn: '2020-10-31',
      doneOn: '2020-10-20',
      report: '清理工作已完成，审查相关文件38份。',
    },
    {
      title: '加快建成村（居）民评理说事点，实现行政村及社区全覆盖',
      area: 'disputes',
      indicators: '6.3.1',
      unit: '区司法局',
      coUnits: '区民政局',
      dueOn: '2020-04-30',
      doneOn: '2020-04-28',
      report: '截至4月底，186个行政村及社区评理说事点建成率达100%。',
    },
    {
      title: '梳理并公示部门行政职权，建立权责清单',
      area: 'functions',
      indicators: '1.2.1',
      unit: '区营商环境建设局',
      coUnits: '区司法局',
      dueOn: '2020-09-30',
      doneOn: '2020-09-25',
      report: '已在网站公示35个部门行政职权，共计1590项。',
    },
    {
      title: '全面落实行政执法三项制度，确认行政执法主体，推行重大执法决定法制审核制度试点',
      area: 'enforcement',
      indicators: '4.2.1、4.2.2',
      unit: '区司法局',
      coUnits: '区市场监督管理局、区城市管理和综合行政执法局',
      dueOn: '2020-11-30',
      doneOn: '2020-11-20',
      report: '确认行政执法主体23家，出台重大执法决定法制审核制度试点实施方案。',
    },
    {
      title: '完成“七五”普法规划验收，健全普法责任清单',
      area: 'leadership',
      indicators: '9.3.2',
      unit: '区司法局',
      coUnits: null,
      dueOn: '2020-12-15',
      doneOn: '2020-12-08',
      report: '“七五”普法验收工作圆满完成，普法责任清单已健全。',
    },
    {
      title: '全面推进政务公开，依法办理政府信息公开申请',
      area: 'oversight',
      indicators: '7.4.1',
      unit: '区政府办公室',
      coUnits: null,
      dueOn: '2020-12-31',
      doneOn: '2020-12-28',
      report: '全年主动公开信息5604条，受理信息公开申请43件，现已全部办结。',
    },
    {
      title: '规范行政复议工作，制定《于洪区行政复议案件办理程序性规定》',
      area: 'disputes',
      indicators: '6.2.1',
      unit: '区司法局',
      coUnits: null,
      dueOn: '2020-09-30',
      doneOn: '2020-09-18',
      report: '已制定《于洪区行政复议案件办理程序性规定》。',
    },
  ] satisfies PlanTask[],
};

/** The committee's 2020 meeting (seed 一(一)); its decision is the creation plan, done in 2020. */
export const MEETING_2020 = {
  kind: 'committee' as const,
  number: 'WYH2020-1',
  title: '于洪区法治建设委员会2020年第一次会议',
  heldOn: '2020-07-15',
  agenda:
    '一、听取区直各部门依法治区工作要点落实情况汇报\n二、听取省级法治政府建设示范创建工作进展情况汇报\n三、研究部署省级法治政府示范创建工作',
  attendees: ['刘志强', '孙建国', '周文博', '陈立新', '高云峰', '马俊杰', '吴海涛', '郑丽华'],
  absent: [] as string[],
  minutes:
    '会议听取了区直依法治区工作要点落实情况及省级法治政府建设示范创建工作进展，研究部署省级法治政府示范创建工作，明确工作目标、细化责任分工，统筹推进行政执法体制改革，全面提升依法行政水平。',
  decisions: [
    {
      text: '细化省级法治政府示范创建责任分工，形成任务清单报委员会办公室',
      unit: '区司法局',
      dueOn: '2020-08-31',
      doneOn: '2020-08-25',
    },
  ],
};

/** Seed 四, the 2021 plan: each point's lead phrase as the task, its text as the body. */
export const PLAN_2021 = {
  year: 2021,
  title: '沈阳市于洪区2021年法治政府建设工作要点',
  assignedOn: '2021-01-29',
  tasks: [
    {
      title: '建立健全依法決策机制，进一步提高决策水平',
      body: '完善公众参与和专家论证机制，探索建立重大行政决策全过程记录和立卷归档制度，督促党政机关全面建立法律顾问制度，为重大决策、重大行政行为等提供法律意见。',
      area: 'decisions',
      indicators: '3.1.1、3.3.1',
      unit: '区司法局',
      coUnits: '区政府办公室',
      dueOn: '2021-12-15',
      doneOn: '2021-12-06',
      report: '重大行政决策全过程记录和立卷归档制度已建立，党政机关法律顾问制度全覆盖。',
    },
    {
      title: '深化行政执法体制改革，严格规范公正文明执法',
      body: '深化行政执法体制改革，全面落实行政执法责任制。深入推进综合执法，建立健全行政裁量权基准制度，深化执法信息化建设，严格落实执法责任制，坚决查处粗暴执法等行为。',
      area: 'enforcement',
      indicators: '4.1.1、4.3.1',
      unit: '区司法局',
      coUnits: '区城市管理和综合行政执法局、区市场监督管理局',
      dueOn: '2021-12-15',
      doneOn: '2021-12-10',
      report: '行政裁量权基准制度已建立，综合执法改革按期推进。',
    },
    {
      title: '进一步加强诚信政府建设，增强全社会法治意识',
      body: '全面推进政务公开，建立健全政务诚信管理运行机制，加强政府采购等重点领域信用监管。持续开展政府失信问题专项整治，以整治成效全面检验诚信政府建设成果。',
      area: 'oversight',
      indicators: '7.4.1',
      unit: '区政府办公室',
      coUnits: '区发展和改革局',
      dueOn: '2021-12-15',
      doneOn: '2021-11-30',
      report: '政务诚信管理运行机制已建立，政府失信问题专项整治完成。',
    },
    {
      title: '全面履行政府职能，不断提升履职效能',
      body: '持续深化“放管服”改革，不断优化营商环境建设。积极推动大数据监管等新型监管方式，优化公共服务体系，建设人民满意的服务型政府。',
      area: 'functions',
      indicators: '1.1.1',
      unit: '区营商环境建设局',
      coUnits: '区大数据管理局',
      dueOn: '2021-12-15',
      doneOn: '2021-12-09',
      report: '“放管服”改革任务按期完成，大数据监管平台上线运行。',
    },
    {
      title: '强化制度保障，深入开展法治政府建设工作',
      body: '压紧压实工作责任，将法治政府建设示范创建活动纳入绩效考核内容，强化督查，确保工作落实落地落细。',
      area: 'leadership',
      indicators: '9.1.1、9.2.1',
      unit: '区司法局',
      coUnits: null,
      dueOn: '2021-12-15',
      doneOn: '2021-12-13',
      report: '示范创建已纳入绩效考核，全年开展督查两轮。',
    },
  ] satisfies PlanTask[],
};

/**
 * This year's tasks, each in the state its spec names, relative to the load day (day offsets: negative = before
 * today). `path`: done (on time or late), reported, open (with or without progress), and the 督办 ladder's steps.
 */
export interface CurrentTask {
  title: string;
  area: string;
  indicators: string | null;
  unit: string;
  coUnits: string | null;
  due: number;
  progress?: number;
  submit?: number;
  accept?: number;
  remind?: number;
  notice?: number;
  interview?: number;
  refer?: number;
  /** A report after the 督办 (the unit's answer to the notice). */
  answer?: number;
}

export const CURRENT_TASKS: readonly CurrentTask[] = [
  {
    title: '修订重大行政决策事项目录并向社会公布',
    area: 'decisions',
    indicators: '3.1.1',
    unit: '区司法局',
    coUnits: '区政府办公室',
    due: -30,
    submit: -40,
    accept: -38,
  },
  {
    title: '完成行政规范性文件全面清理并公布继续有效目录',
    area: 'rules',
    indicators: '2.2.3',
    unit: '区司法局',
    coUnits: null,
    due: -60,
    submit: -50,
    accept: -48,
  },
  {
    title: '推行涉企行政检查“双随机、一公开”全覆盖',
    area: 'enforcement',
    indicators: '4.2.3',
    unit: '区市场监督管理局',
    coUnits: null,
    due: 20,
    progress: -40,
    submit: -3,
  },
  {
    title: '建设行政执法综合管理监督信息平台',
    area: 'digital',
    indicators: '8.1.1',
    unit: '区大数据管理局',
    coUnits: '区司法局',
    due: 60,
    progress: -10,
  },
  {
    title: '开展政府信息公开工作年度考核',
    area: 'oversight',
    indicators: '7.4.1',
    unit: '区政府办公室',
    coUnits: null,
    due: 7,
    progress: -20,
  },
  {
    title: '制定行政执法裁量权基准并公开',
    area: 'enforcement',
    indicators: '4.3.1',
    unit: '区城市管理和综合行政执法局',
    coUnits: '区司法局',
    due: -10,
    progress: -25,
  },
  {
    title: '开展食品安全领域执法案卷评查',
    area: 'enforcement',
    indicators: '4.4.2',
    unit: '区市场监督管理局',
    coUnits: '区司法局',
    due: 40,
  },
  {
    title: '落实“谁执法谁普法”责任清单，开展民法典进企业宣传',
    area: 'leadership',
    indicators: '9.3.2',
    unit: '区市场监督管理局',
    coUnits: null,
    due: 30,
    progress: -5,
  },
  {
    title: '规范行政复议被申请人答复和举证工作',
    area: 'disputes',
    indicators: '6.2.1',
    unit: '区住房和城乡建设局',
    coUnits: null,
    due: -20,
    progress: -45,
    remind: -15,
  },
  {
    title: '完成行政应诉负责人出庭应诉率年度目标',
    area: 'disputes',
    indicators: '6.4.1',
    unit: '区人力资源和社会保障局',
    coUnits: null,
    due: -35,
    progress: -70,
    remind: -30,
    notice: -25,
  },
  {
    title: '推进集体土地征收补偿程序规范化',
    area: 'functions',
    indicators: '1.3.2',
    unit: '区自然资源分局',
    coUnits: '区司法局',
    due: -50,
    progress: -90,
    remind: -45,
    notice: -40,
    interview: -30,
    answer: -20,
  },
  {
    title: '完成突发事件应急预案修订和演练',
    area: 'emergencies',
    indicators: '5.1.1',
    unit: '区应急管理局',
    coUnits: null,
    due: -70,
    progress: -100,
    remind: -60,
    notice: -55,
    interview: -45,
    refer: -12,
  },
];

/** This year's committee meeting: it hears the referred task; its decision is a follow-up task, open. */
export const CURRENT_MEETING = {
  held: -7,
  decisionDue: 30,
  decision: '区应急管理局于30日内完成应急预案修订和演练，向委员会办公室书面报告',
};
