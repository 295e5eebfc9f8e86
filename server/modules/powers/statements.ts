/** What the annual reports say of the power list (decision 0031): the seed's 一(五)二 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

/** 一(五)二 "经全区相关执法部门梳理并确认，在网站公示35个部门行政职权，共计1590项。" */
export const powerListPublished = defineStatement({
  key: 'powers.list_published',
  place: { report: 'rule_of_law_annual', section: 1, area: 'enforcement' },
  order: 20,
  lead: '建立权责清单',
  text: '经相关执法部门梳理并确认，在网站公示{powers.departments_published}个部门行政职权，共计{powers.items_published}项。',
});

export const powerStatements = [powerListPublished];
