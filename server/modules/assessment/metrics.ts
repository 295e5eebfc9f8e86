/**
 * The assessment's figures (decision 0051 §8): the district's score against the 示范指标体系 of the year's
 * version, by 一级 area, and its rate of the points that could be scored. The year is the period's first year.
 */
import { defineMetric, type MetricArgs, type RecordPage } from '../../platform/reports/index.js';
import { versionForYear } from './rules.js';
import { scoreTree } from './service/scoring.js';
import { versionFiles } from './service/versions.js';

const STATUS_LABELS: Record<string, string> = {
  scored: '已评分',
  unscored: '待人工评分',
  unavailable: '不可用（模块未安装）',
  no_data: '无数据',
};

async function scored(args: MetricArgs) {
  const year = Number(args.period.from.slice(0, 4));
  const file = versionForYear(versionFiles(), year);
  if (!file) return null;
  return scoreTree(args.db, args.scope.districtId, file.version, year, args.scope);
}

/** The area labels of every version (1 … 10): a breakdown cell is an area code. */
const AREA_LABELS = Object.fromEntries(
  versionFiles()
    .flatMap((f) => f.indicators.filter((i) => !i.code.includes('.')))
    .map((i) => [i.code, `${i.code}. ${i.name}`]),
);
for (let n = 1; n <= 10; n++) AREA_LABELS[String(n)] ??= `第${n}项一级指标`;

/** The 三级 indicators behind a score (or behind one area's), with how each was scored. */
async function records(
  args: MetricArgs & { cell?: string; limit: number; offset: number },
): Promise<RecordPage> {
  const tree = await scored(args);
  const leaves = (tree?.nodes ?? []).filter(
    (n) => n.level === 3 && (!args.cell || n.code.split('.')[0] === args.cell),
  );
  return {
    columns: [
      { key: 'code', label: '指标编号' },
      { key: 'name', label: '三级指标' },
      { key: 'formula', label: '评分方法' },
      { key: 'value', label: '指标值' },
      { key: 'weight', label: '分值' },
      { key: 'score', label: '得分' },
      { key: 'status', label: '状态' },
    ],
    rows: leaves.slice(args.offset, args.offset + args.limit).map((n) => ({
      code: n.code,
      name: n.name,
      formula: n.formula,
      value: n.value ?? null,
      weight: n.weight,
      score: n.score ?? null,
      status: STATUS_LABELS[n.status ?? 'no_data'],
    })),
    total: leaves.length,
  };
}

export const districtScore = defineMetric({
  key: 'assessment.district_score',
  label: '法治政府建设示范指标考评得分',
  unit: 'count',
  breakdown: { by: 'area', labels: AREA_LABELS },
  isPublic: false,
  compute: async (args) => {
    const tree = await scored(args);
    if (!tree) return { value: 0, breakdown: {} };
    const areas = tree.nodes.filter((n) => n.level === 1);
    return { value: tree.score, breakdown: Object.fromEntries(areas.map((a) => [a.code, a.score ?? 0])) };
  },
  records,
});

export const scoreRate = defineMetric({
  key: 'assessment.score_rate',
  label: '示范指标得分率（已评分指标）',
  unit: 'rate',
  breakdown: { by: 'area', labels: AREA_LABELS },
  isPublic: false,
  compute: async (args) => {
    const tree = await scored(args);
    if (!tree) return { value: 0, breakdown: {} };
    const areas = tree.nodes.filter((n) => n.level === 1 && n.value != null);
    return { value: tree.rate ?? 0, breakdown: Object.fromEntries(areas.map((a) => [a.code, a.value ?? 0])) };
  },
  records,
});

export const assessmentMetrics = [districtScore, scoreRate];
