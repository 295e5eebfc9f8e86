/**
 * The engine's drafting and consistency checks on a small seeded world (decision 0037): a reply rate that fell
 * drafts a section 二 sentence citing its figures; a figure typed differently in the two reports fires the
 * cross-report check; each figure carries its change; a past year renders with its own template version.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveRepliedRequest } from '../../../test/replied-requests.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { ensureCalendarSeeded } from '../../calendar/index.js';
import { makeCtx } from '../../context.js';
import { getOrgUnitByCode, loadDemoOrg, type OrgUnit } from '../../org/index.js';
import { assembleReport } from './assemble.js';
import { statementsOf } from './define-statement.js';
import { generateDraft, type ReportDraft } from './draft.js';
import { suggestParagraphs } from './suggest.js';
import { templateFor } from './template.js';

let t: TestDatabase;
let market: OrgUnit;

/** A request replied (granted) on `concludedOn`, its reply due on `dueOn`. */
const replied = (receivedOn: string, concludedOn: string, dueOn: string) =>
  giveRepliedRequest(t.db, market, { receivedOn, concludedOn, dueOn });

beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoOrg(makeCtx(t.db, null, `test-${randomUUID()}`));
  await ensureCalendarSeeded(t.db);
  market = (await getOrgUnitByCode(t.db, '210114-D22')) as OrgUnit;
  // 2019: both on time. 2020: one on time, one 3 weeks late → 50%, down from 100%.
  await replied('2019-03-01', '2019-03-12', '2019-03-29');
  await replied('2019-06-03', '2019-06-14', '2019-07-01');
  await replied('2020-03-02', '2020-03-10', '2020-03-30');
  await replied('2020-04-01', '2020-05-20', '2020-04-29');
});

afterAll(async () => {
  await t?.drop();
});

describe('section 二 drafted from a shortfall', () => {
  it('suggests the fallen reply rate, citing this year and last, with drill-down', async () => {
    const out = await suggestParagraphs(t.db, 'system', { report: 'rule_of_law_annual', year: 2020 });
    const reply = out.suggestions.find((s) => s.paragraph.suggestedBy === 'disclosure.reply_on_time_rate');
    expect(reply?.paragraph).toMatchObject({ section: 2, statement: null, origin: 'suggested' });
    expect(reply?.rendered.text).toBe('政府信息公开申请按期答复率为50%，低于上年（100%），逾期答复1件。');
    expect(reply?.rendered.figures[0]).toMatchObject({
      key: 'disclosure.reply_on_time_rate',
      value: 0.5,
      previous: 1,
      change: { absolute: -0.5, percent: -0.5 },
      href: '/api/v1/metrics/disclosure.reply_on_time_rate/records?from=2020-01-01&to=2020-12-31',
    });
    // No module keeps a work plan yet: 四 is left to the drafter, and said so.
    expect(out.checks.map((c) => [c.level, c.message])).toEqual([
      ['info', '尚无下一年度工作计划，第四部分未起草建议段落'],
    ]);
  });

  it('suggests nothing for a year with nothing short', async () => {
    const out = await suggestParagraphs(t.db, 'system', { report: 'disclosure_annual', year: 2019 });
    expect(out.suggestions.map((s) => s.paragraph.suggestedBy)).not.toContain(
      'disclosure.reply_on_time_rate',
    );
  });

  it('drafts into the disclosure report its own problems section (五)', async () => {
    const out = await suggestParagraphs(t.db, 'system', { report: 'disclosure_annual', year: 2020 });
    const reply = out.suggestions.find((s) => s.paragraph.suggestedBy === 'disclosure.reply_on_time_rate');
    expect(reply?.paragraph.section).toBe(5);
  });
});

/** The 法治政府建设 report's draft with 受理 typed by hand as `typed`. */
function ruleOfLawDraftTyping(typed: string): ReportDraft {
  const template = templateFor('rule_of_law_annual', 2020);
  if (!template) throw new Error('no 2020 template');
  const paragraphs = generateDraft(template, statementsOf('rule_of_law_annual', 2020)).map((p) =>
    p.id === 'disclosure.open_government'
      ? {
          ...p,
          text: p.text.replace('{disclosure.requests_received}', typed),
          overrides: [{ figure: 'disclosure.requests_received', text: typed, reason: '按收文登记簿' }],
        }
      : p,
  );
  return { paragraphs };
}

const agreementErrors = (checks: { level: string; message: string }[]) =>
  checks.filter((c) => c.message.startsWith('本年新收政府信息公开申请数量不一致'));

describe('the two reports of one year agree', () => {
  it('is silent when both state the records', async () => {
    const report = await assembleReport(t.db, 'system', { report: 'rule_of_law_annual', year: 2020 });
    expect(agreementErrors(report.checks)).toEqual([]);
  });

  it('fires in the 法治政府建设 report when it states another number than the disclosure report', async () => {
    const draft = ruleOfLawDraftTyping('3');
    const report = await assembleReport(t.db, 'system', { report: 'rule_of_law_annual', year: 2020, draft });
    expect(agreementErrors(report.checks)).toEqual([
      {
        level: 'error',
        message:
          '本年新收政府信息公开申请数量不一致：2020年法治政府建设年度报告 disclosure.requests_received 为 3，' +
          '2020年政府信息公开工作年度报告 disclosure.requests_received 为 2',
        keys: ['disclosure.requests_received'],
      },
    ]);
  });

  it('fires in the disclosure report too, given the stored draft of the other report', async () => {
    const companions = { rule_of_law_annual: ruleOfLawDraftTyping('3') };
    const report = await assembleReport(t.db, 'system', {
      report: 'disclosure_annual',
      year: 2020,
      companions,
    });
    expect(agreementErrors(report.checks)).toHaveLength(1);
  });
});

describe('year over year and old formats', () => {
  it('gives every figure last year and the change', async () => {
    const report = await assembleReport(t.db, 'system', { report: 'disclosure_annual', year: 2020 });
    const figures = report.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.figures));
    expect(figures.find((f) => f.key === 'disclosure.requests_received')).toMatchObject({
      value: 2,
      previous: 2,
      change: { absolute: 0, percent: 0 },
    });
  });

  it('renders 2020 in the 2019 trial format and 2021 in the national format', async () => {
    const y2020 = await assembleReport(t.db, 'system', { report: 'disclosure_annual', year: 2020 });
    const y2021 = await assembleReport(t.db, 'system', { report: 'disclosure_annual', year: 2021 });
    expect([y2020.template.id, y2020.format]).toEqual(['trial-2019', '2019']);
    expect([y2021.template.id, y2021.format]).toEqual(['national-2021', '2021']);
    expect(y2020.opening).toContain('第五十条规定编制');
    expect(y2021.opening).toContain('国办公开办函〔2021〕30号');
  });

  it('states a sentence limited to years only in its years (三项制度 from 2021)', async () => {
    const ids = async (year: number) =>
      (await assembleReport(t.db, 'system', { report: 'rule_of_law_annual', year })).sections.flatMap((s) =>
        s.paragraphs.map((p) => p.id),
      );
    expect(await ids(2020)).not.toContain('enforcement.three_systems');
    expect(await ids(2021)).toContain('enforcement.three_systems');
  });
});
