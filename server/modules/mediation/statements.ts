/** What the annual reports say of grassroots mediation (decision 0031): the seed's 一(三)一 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * 一(三)一 "……依托微信群搭建群众交流平台。截止4月底,186个行政村及社区建成率达100%。" The 2020 report keeps the
 * seed's "截止4月底" (the points were all established by 2020-04-30, so the year-end figure is the same);
 * a generated year states the figure at the year's end (0045 §4).
 */
export const pointsCoverage = defineStatement({
  key: 'mediation.points_coverage',
  place: { report: 'rule_of_law_annual', section: 1, area: 'grassroots' },
  order: 10,
  lead: '加快建成村(居)民评理说事点',
  text:
    '制定《村(居)民评理说事点建设工作台账》，并配备“村民评理说事点”标识牌、公示板，依托微信群搭建群众交流平台。' +
    '{mediation.points_established}个行政村及社区建成率达{mediation.point_coverage_rate}。',
});

export const mediationStatements = [pointsCoverage];
