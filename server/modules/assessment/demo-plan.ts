/**
 * The assessment's demo (decision 0051 §9): the trees of data/indicators loaded through the indicator ledger,
 * and the hand scores the 依法治区办 gave for 2020 (2019 version) and for the current year (2021 version),
 * each with its evidence. One hand indicator of the current year is left to score (work in every state).
 */
import type { HandScoreBody } from '../../../common/contracts/assessment.js';
import type { IndicatorLedgerRow } from './ledger.js';
import { versionFiles } from './service/versions.js';

/** Every version file's indicators as ledger rows (parents before children, as the files list them). */
export function treeRows(): IndicatorLedgerRow[] {
  return versionFiles().flatMap((f) =>
    f.indicators.map((i) => ({
      version: f.version,
      code: i.code,
      name: i.name,
      weight: i.weight ?? null,
      method: i.method ?? null,
      metric: i.metric ?? null,
      target: i.target ?? null,
      direction: i.direction ?? null,
      perItem: i.perItem ?? null,
      unitScope: i.unitScope,
      confirmed: i.confirmed,
    })),
  );
}

export interface PlannedHandScore {
  version: string;
  code: string;
  /** 'seed' = 2020; 'current' = the year the demo loads in. */
  year: 'seed' | 'current';
  /** Scored on this day of its year ('MM-DD'); the current year's on the load day itself. */
  on: string;
  body: HandScoreBody;
}

export const HAND_SCORES: readonly PlannedHandScore[] = [
  {
    version: 'demonstration-2019',
    code: '1.1.2',
    year: 'seed',
    on: '12-28',
    body: {
      score: 5,
      note: '推行“一网通办”，政务服务事项网上可办；“一次办”事项清单尚未覆盖全部部门，扣 1 分。',
      evidence: [
        {
          kind: 'document',
          ref: '于政办发〔2020〕12号',
          label: '关于深化“放管服”改革优化营商环境的实施方案',
        },
      ],
    },
  },
  {
    version: 'demonstration-2019',
    code: '3.1.1',
    year: 'seed',
    on: '12-28',
    body: {
      score: 8,
      note: '年度重大行政决策均经司法局合法性审查后提交区政府常务会议审议。',
      evidence: [
        {
          kind: 'meeting_minutes',
          ref: '区政府常务会议纪要〔2020〕第15期',
          label: '常务会议纪要（重大行政决策审议）',
        },
      ],
    },
  },
  {
    version: 'demonstration-2019',
    code: '7.1.1',
    year: 'seed',
    on: '12-28',
    body: {
      score: 8,
      note: '区政府常务会议会前学法常态化，领导干部通过讲座、报告会等形式学法（报告一(一)）。',
      evidence: [
        {
          kind: 'meeting_minutes',
          ref: '区政府常务会议纪要〔2020〕第3期',
          label: '会前学法：《民法典》专题',
        },
        { kind: 'document', ref: '于法委办〔2020〕5号', label: '2020年领导干部学法计划' },
      ],
    },
  },
  {
    version: 'demonstration-2019',
    code: '8.1.1',
    year: 'seed',
    on: '12-28',
    body: {
      score: 5,
      note: '2019 年度法治政府建设情况报告于 3 月底前报送并在区政府网站公开。',
      evidence: [
        {
          kind: 'document',
          ref: 'https://www.shenyang.gov.cn/yhq/',
          label: '于洪区2019年法治政府建设情况报告（网站公开）',
        },
      ],
    },
  },
  {
    version: 'demonstration-2021',
    code: '1.1.1',
    year: 'current',
    on: '',
    body: {
      score: 5,
      note: '“马上办、网上办、就近办、一次办、自助办”清单已公布；自助办终端尚未覆盖全部街道，扣 1 分。',
      evidence: [{ kind: 'document', ref: '于政办发〔2026〕3号', label: '政务服务“五办”事项清单' }],
    },
  },
  {
    version: 'demonstration-2021',
    code: '3.1.1',
    year: 'current',
    on: '',
    body: {
      score: 6,
      note: '本年度重大行政决策事项目录内事项均经合法性审查。',
      evidence: [
        {
          kind: 'meeting_minutes',
          ref: '区政府常务会议纪要〔2026〕第8期',
          label: '常务会议纪要（重大行政决策审议）',
        },
      ],
    },
  },
  {
    version: 'demonstration-2021',
    code: '5.1.1',
    year: 'current',
    on: '',
    body: {
      score: 2,
      note: '区级总体应急预案已修订；防汛、森林防火专项预案修订未完成，扣 2 分。',
      evidence: [{ kind: 'document', ref: '于政发〔2026〕9号', label: '于洪区突发事件总体应急预案（修订）' }],
    },
  },
  {
    version: 'demonstration-2021',
    code: '9.1.1',
    year: 'current',
    on: '',
    body: {
      score: 5,
      note: '上一年度法治政府建设情况报告于 4 月 1 日前在区政府网站公开。',
      evidence: [{ kind: 'document', ref: '于政〔2026〕6号', label: '于洪区2025年法治政府建设情况报告' }],
    },
  },
];
