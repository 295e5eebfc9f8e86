/**
 * What the annual reports say of 学法、普法 and 第一责任人 (decision 0031; decision 0050 §8): the seed's 一(一)二、三 and
 * its section 三 in their own words, with the figures of this module's records.
 */
import { defineStatement } from '../../platform/reports/index.js';

const place1 = { report: 'rule_of_law_annual', section: 1, area: 'coordination' } as const;

/**
 * 一(一)二 "“七五”普法工作。积极贯彻落实“七五”普法规划,多措并举推进法律法规宣传教育,健全普法责任清单,提高全民法治意识,
 * 圆满完成“七五”普法验收工作。" The 2020 report (the plan's last year): "圆满完成" is true only while the final
 * acceptance passed in the year.
 */
export const popularisation2020 = defineStatement({
  key: 'legal_education.popularisation_qiwu',
  place: place1,
  order: 20,
  lead: '“七五”普法工作',
  text:
    '积极贯彻落实“七五”普法规划，多措并举推进法律法规宣传教育，开展普法活动{legal_education.activities}场、' +
    '覆盖群众{legal_education.activity_audience}人次，健全普法责任清单（{legal_education.units_with_duty_lists}个单位），' +
    '提高全民法治意识，圆满完成“七五”普法验收工作。',
  claims: [{ words: '圆满完成', figure: 'legal_education.final_acceptances_passed', equals: 1 }],
  years: { from: 2016, to: 2020 },
});

/** The 八五 years (2021–2025): the plan carried on, the lists kept, 法律明白人 trained. */
export const popularisationBawu = defineStatement({
  key: 'legal_education.popularisation_bawu',
  place: place1,
  order: 20,
  lead: '“八五”普法工作',
  text:
    '深入贯彻落实“八五”普法规划，落实“谁执法谁普法”普法责任制，{legal_education.units_with_duty_lists}个单位建立普法责任清单，' +
    '开展普法活动{legal_education.activities}场、覆盖群众{legal_education.activity_audience}人次，' +
    '培训法律明白人{legal_education.law_trained}人次。',
  years: { from: 2021, to: 2025 },
});

/** After 2025: the next plan's name is not in the rules (decision 0050 §3), so the sentence names none. */
export const popularisationLater = defineStatement({
  key: 'legal_education.popularisation',
  place: place1,
  order: 20,
  lead: '深入开展法治宣传教育',
  text:
    '落实“谁执法谁普法”普法责任制，{legal_education.units_with_duty_lists}个单位建立普法责任清单，' +
    '开展普法活动{legal_education.activities}场、覆盖群众{legal_education.activity_audience}人次，' +
    '培训法律明白人{legal_education.law_trained}人次。',
  years: { from: 2026 },
});

/** 一(一)三 "持续深化理论学习。以政府常务会议、法治讲座和报告会等多种形式开展领导干部学法活动,切实提升……". */
export const leadersStudy = defineStatement({
  key: 'legal_education.leaders_study',
  place: place1,
  order: 30,
  lead: '持续深化理论学习',
  text:
    '以政府常务会议、法治讲座和报告会等多种形式开展领导干部学法活动{legal_education.study_sessions}次，' +
    '领导干部参学率{legal_education.study_attendance_rate|%}，切实提升各级领导干部运用法治思维和法治方式深化改革、' +
    '推动发展的能力，构建职责明确、依法行政的政府治理体系，加快法治政府建设。',
});

/**
 * 三 "……认真履行第一责任人职责……积极推动行政机关工作人员尊法学法守法用法". The 述法 of the year: every
 * principal leader who reported was evaluated ("均已评议") — true only while the two figures agree.
 */
export const firstResponsibility = defineStatement({
  key: 'legal_education.first_responsibility',
  place: { report: 'rule_of_law_annual', section: 3 },
  order: 20,
  text:
    '高度重视法治政府建设工作，党政主要负责人认真履行推进法治建设第一责任人职责，对照职责清单逐项落实，' +
    '{legal_education.duty_reports_submitted}名党政主要负责人年终述法，均已评议，述法结果作为评价干部的重要依据；' +
    '积极推动行政机关工作人员尊法学法守法用法，不断提升依法行政水平。',
  claims: [
    {
      words: '均已评议',
      figure: 'legal_education.duty_reports_evaluated',
      equals: { figure: 'legal_education.duty_reports_submitted' },
    },
  ],
});

export const educationStatements = [
  popularisation2020,
  popularisationBawu,
  popularisationLater,
  leadersStudy,
  firstResponsibility,
];
