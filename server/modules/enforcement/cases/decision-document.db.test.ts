import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { docxParagraphs } from '../../../test/docx.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { enforcementModule } from '../index.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';
import { inTransaction } from '../../../platform/db/index.js';
import { noteImportedDecisionNumber } from './service/decision-number.js';
import { fireCaseTransition } from './service/index.js';
import { addTestEvidence, openTestCase } from './service/test-support.js';

// Rule 9 of issue #9: the 行政处罚决定书 with what 处罚法 第五十九条 (2017: 第三十九条) requires, numbered from
// the body's own sequence (rule 16), remedies as in force on the decision date. Decision 0019.
let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let officer: TestSession;
let housing: TestSession;
const BASE = '/api/v1/enforcement/cases';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db, { modules: [enforcementModule] });
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const fire = (day: string, id: string, step: string, body = {}) =>
  fireCaseTransition(w.as(w.marketOfficer, day), id, step as never, { on: day, ...body });

/**
 * A 3,000-yuan fine: opened, evidence, a notice without a hearing right served the same day, reviewed (every
 * decision was reviewed under the 2017 text: decision 0015), decided when the 陈述、申辩 window has run.
 */
async function decideFine(openedOn: string, notifiedOn: string, decidedOn: string) {
  const k = await openTestCase(w, openedOn, { openedOn, partyAddress: '沈阳市于洪区示例街8号' });
  await addTestEvidence(w, k.id, openedOn, '现场检查笔录：经营场所未悬挂食品经营许可证');
  await fire(notifiedOn, k.id, 'notify', {
    intendedPenalty: '罚款三千元',
    intendedKinds: ['fine'],
    intendedFineAmount: 3000,
  });
  await fire(notifiedOn, k.id, 'serve_notice', { method: 'direct' });
  await fire(decidedOn, k.id, 'submit_review', { note: '提交法制审核' });
  await fireCaseTransition(w.as(w.reviewer, decidedOn), k.id, 'approve_review' as never, {
    on: decidedOn,
    opinion: '同意',
  });
  return fire(decidedOn, k.id, 'decide', {
    outcome: 'fine',
    fineAmount: 3000,
    decisionText: '依据《中华人民共和国食品安全法》第一百二十二条，决定对当事人处以罚款3000元。',
  });
}

const paragraphs = async (id: string) => {
  const res = await officer.get(`${BASE}/${id}/decision.docx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('wordprocessingml');
  return docxParagraphs(res.rawPayload);
};

describe(`GET ${BASE}/:id/decision.docx`, () => {
  it('numbers a 2020 decision from the body’s sequence and writes the 2017 texts’ remedies', async () => {
    const decided = await decideFine('2020-05-06', '2020-05-20', '2020-06-02');
    expect(decided.decisionNumber).toBe('于市监罚〔2020〕1号');
    const text = await paragraphs(decided.id);
    expect(text.slice(0, 3)).toEqual(['区市场监督管理局', '于市监罚〔2020〕1号', '行政处罚决定书']);
    const all = text.join('\n');
    expect(all).toContain('当事人：沈阳市于洪区某某餐饮有限公司');
    expect(all).toContain('住所（地址）：沈阳市于洪区示例街8号');
    expect(all).toContain('现场检查笔录：经营场所未悬挂食品经营许可证');
    expect(all).toContain('处罚种类：罚款3,000元。');
    expect(all).toContain('第一百二十二条');
    expect(all).toContain('十五日内');
    expect(all).toContain('《中华人民共和国行政处罚法》（2017年修正）第四十六条');
    expect(all).toContain(
      '六十日内向于洪区人民政府或者上一级主管部门申请行政复议（《中华人民共和国行政复议法》（2017年修正）',
    );
    expect(all).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(text.slice(-3)).toEqual(['区市场监督管理局', '2020年6月2日', '（印章）']);
  });

  it('writes the 2023 复议法 remedies for a 2024 decision, on its own year’s sequence', async () => {
    const decided = await decideFine('2024-03-01', '2024-03-11', '2024-03-25');
    expect(decided.decisionNumber).toBe('于市监罚〔2024〕1号');
    const all = (await paragraphs(decided.id)).join('\n');
    expect(all).toContain('于市监罚〔2024〕1号');
    expect(all).toContain('《中华人民共和国行政处罚法》（2021年修订）第六十七条');
    expect(all).toContain(
      '六十日内向于洪区人民政府申请行政复议（《中华人民共和国行政复议法》（2023年修订）第二十条、第二十四条）',
    );
    expect(all).not.toContain('上一级主管部门');
    expect(all).toContain('2024年3月25日');
  });

  it('continues after a decision number imported in the body’s form, ignoring other forms', async () => {
    await inTransaction(t.db, async (tx) => {
      await noteImportedDecisionNumber(tx, w.market.id, 'penalty', '于市监罚〔2025〕7号');
      await noteImportedDecisionNumber(tx, w.market.id, 'penalty', '于市监罚决〔2025〕30号');
    });
    const decided = await decideFine('2025-03-03', '2025-03-10', '2025-03-24');
    expect(decided.decisionNumber).toBe('于市监罚〔2025〕8号');
  });

  it('is scoped like the case and refuses a case not yet decided', async () => {
    const open = await openTestCase(w, '2020-06-01', { openedOn: '2020-06-01' });
    const refused = await officer.get(`${BASE}/${open.id}/decision.docx`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'CASE_NOT_DECIDED' });
    expect((await housing.get(`${BASE}/${open.id}/decision.docx`)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${BASE}/${open.id}/decision.docx` })).statusCode).toBe(
      401,
    );
  });
});
