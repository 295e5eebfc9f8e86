/** What the annual reports say of the committee and the plan (decision 0031; seed 一(一) and 三). */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * 一(一) "专题召开法治建设委员会会议,听取区直依法治区工作要点落实情况…": the seed names the meetings without a
 * figure; the platform states the count and how the year's 工作要点 went, in the seed's words.
 */
export const committeeAndPlan = defineStatement({
  key: 'coordination.committee_and_plan',
  place: { report: 'rule_of_law_annual', section: 1, area: 'coordination' },
  order: 5,
  lead: '统筹推进工作要点落实',
  text:
    '召开法治建设委员会（办公室）会议{coordination.meetings_held}次,听取区直依法治区工作要点落实情况;' +
    '年度工作要点确定的{coordination.plan_tasks}项任务按期完成率{coordination.on_time_rate|%}。',
});

export const coordinationStatements = [committeeAndPlan];
