import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { DecisionDetail } from '../../../common/contracts/decisions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { expectAudit } from '../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { legalAffairsModule } from '../legal-affairs/index.js';
import { decisionsModule } from './index.js';
import { DECISION_METRICS } from './metrics.js';
import { buildDecisionArchive } from './service/archive.js';
import { commentStatus, publicDecision, publicDecisions, submitComment } from './service/public.js';
import { decisionsCitingLaw, getDecision } from './service/queries.js';
import { launchDecision } from './service/register.js';
import { assignLegalityReview, fireDecisionTransition } from './service/transitions.js';

// One world: the issue's journey through the services on its own days, the review through legal-affairs' API,
// the portal, the archive, scope and the figures.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let housing: TestSession;
let adviserId: string;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [legalAffairsModule, decisionsModule] });
  [coord, housing] = await Promise.all([w.login(app, 'coordinator'), w.login(app, 'housingOfficer')]);
  const res = await coord.post('/api/v1/legal-affairs/advisers', {
    orgUnitId: w.district.id,
    name: '陈志远',
    kind: 'retained',
    firm: '辽宁正则律师事务所',
    licenceNumber: 'L-001',
  });
  expect(res.statusCode, res.body).toBe(201);
  adviserId = res.json().id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const fire = (
  day: string,
  transition: Parameters<typeof fireDecisionTransition>[2],
  body: object,
  who = w.coordinator,
) => fireDecisionTransition(w.as(who, day), id, transition, { on: day, ...body });
const refused = async (p: Promise<unknown>, code: string) => {
  await expect(p).rejects.toMatchObject({ code });
};
let id: string;
let code: string;
const matter = (path: string, body: object) => coord.post(`/api/v1/legal-affairs/matters/${path}`, body);

describe('a decision from launch to publication (the issue’s journey)', () => {
  it('is launched for the housing bureau, drafted with its laws and clauses', async () => {
    const row = await launchDecision(w.as(w.coordinator, '2026-03-02'), {
      title: '于洪区城市更新行动实施方案',
      category: 'policy',
      unitId: w.housing.id,
      source: 'cppcc',
      sourceText: '政协委员提案：关于推进城市更新的提案',
      launchedOn: '2026-03-02',
      technical: false,
      riskRelevant: true,
    });
    id = row.id;
    expect(row).toMatchObject({ state: 'drafting', number: '重大决策〔2026〕1号' });
    await fire('2026-03-03', 'draft', {
      explanation: '起草说明',
      laws: [{ title: '中华人民共和国城乡规划法', article: '第二十六条' }],
      clauses: [
        { number: '第一条', text: '原第一条' },
        { number: '第二条', text: '原第二条' },
      ],
    });
    await expectAudit(t.db, { action: 'decisions.decision.drafted', subjectId: id, count: 1 });
  });

  it('opens for comment for 30 days at least, unless the notice explains a shorter period (第十五条)', async () => {
    await refused(fire('2026-03-05', 'open_comment', { closesOn: '2026-03-20' }), 'COMMENT_PERIOD_TOO_SHORT');
    const d = await fire('2026-03-05', 'open_comment', { closesOn: '2026-04-03' });
    expect(d.state).toBe('commenting');
    const detail = await getDecision(w.as(w.coordinator, '2026-03-06'), id);
    expect(detail.clocks[0]).toMatchObject({ key: 'decisions.comment_period', dueOn: '2026-04-07' });
  });

  it('takes a citizen’s comment on a clause, with a 查询码, while the period runs', async () => {
    const detail = await getDecision(w.as(w.coordinator, '2026-03-10'), id);
    const clause = detail.clauses[1]!;
    const open = await publicDecisions(w.as(null, '2026-03-10'), 'open');
    expect(open.items).toEqual([expect.objectContaining({ id, daysLeft: 24 })]);
    const receipt = await submitComment(w.as(null, '2026-03-10'), id, {
      clauseId: clause.id,
      name: '张卫东',
      contact: '13800000000',
      text: '建议增加加装电梯的内容。',
    });
    code = receipt.code;
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    await refused(
      submitComment(w.as(null, '2026-04-04'), id, {
        clauseId: null,
        name: '李',
        contact: null,
        text: '晚了',
      }),
      'VALIDATION_FAILED',
    );
    await expectAudit(t.db, { action: 'decisions.comment.submitted', count: 1 });
  });

  it('closes the period only when it has run, and disposes of the comment with the clause it changed', async () => {
    await refused(fire('2026-04-01', 'close_comment', {}), 'COMMENT_PERIOD_RUNNING');
    await fire('2026-04-03', 'close_comment', {});
    await refused(fire('2026-04-07', 'submit_review', { proceduresNote: '说明' }), 'COMMENTS_UNDISPOSED');
    const detail = await getDecision(w.as(w.coordinator, '2026-04-07'), id);
    const comment = detail.comments[0]!;
    await refused(
      fire('2026-04-07', 'dispose', {
        commentId: comment.id,
        disposition: 'adopted',
        reason: '采纳',
        changes: [],
      }),
      'VALIDATION_FAILED',
    );
    await fire('2026-04-07', 'dispose', {
      commentId: comment.id,
      disposition: 'adopted',
      reason: '意见合理，已增加加装电梯内容。',
      changes: [{ clauseId: comment.clauseId, text: '新第二条：含加装电梯。' }],
    });
    const after = await getDecision(w.as(w.coordinator, '2026-04-07'), id);
    expect(after.clauses[1]).toMatchObject({ text: '新第二条：含加装电梯。', originalText: '原第二条' });
    expect(after.comments[0]).toMatchObject({ disposition: 'adopted', changedClauses: ['第二条'] });
  });

  it('needs the risk assessment before the review (第二十二条)', async () => {
    await refused(
      fire('2026-04-08', 'submit_review', { proceduresNote: '说明' }),
      'RISK_ASSESSMENT_REQUIRED',
    );
    await fire('2026-04-08', 'risk', {
      assessor: '第三方评估中心',
      riskPoints: '出资',
      measures: '协商',
      plan: '预案',
      level: 'medium',
    });
    const d = await fire('2026-04-09', 'submit_review', { proceduresNote: '已履行各项程序' });
    expect(d.state).toBe('reviewing');
  });

  it('blocks the meeting until the legality review, a legal-affairs matter, is found lawful (第二十五条)', async () => {
    const meeting = {
      meeting: '区政府第12次常务会议',
      minutes: '纪要',
      headSpokeLast: true,
      majorityView: 'approve',
      outcome: 'approved',
      dissent: [{ name: '刘副区长', view: '资金分年度安排' }],
    };
    await refused(fire('2026-04-10', 'decide', meeting), 'LEGALITY_REVIEW_REQUIRED');
    // Only the review office sends it to advisers.
    await refused(
      assignLegalityReview(w.as(w.coordinator, '2026-04-10'), id, { adviserIds: [adviserId] }),
      'FORBIDDEN',
    );
    await assignLegalityReview(w.as(w.reviewer, '2026-04-10'), id, { adviserIds: [adviserId] });
    const detail = await getDecision(w.as(w.reviewer, '2026-04-10'), id);
    expect(detail.review).toMatchObject({ state: 'assigned', opinions: [] });
    const matterId = detail.review!.matterId;
    await refused(
      fire('2026-04-11', 'record_review', { conclusion: 'lawful', opinionNumber: 'X' }, w.reviewer),
      'REVIEW_NOT_CONCLUDED',
    );
    expect((await matter(`${matterId}/transitions/start`, {})).statusCode).toBe(200);
    const issued = await matter(`${matterId}/transitions/issue_opinion`, {
      opinionNumber: '于司法审〔2026〕1号',
      issuedOn: '2026-04-20',
      signerAdviserId: adviserId,
      title: '合法性审查意见',
      body: '合法。',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const concluded = await matter(`${matterId}/transitions/conclude`, {
      concludedOn: '2026-04-20',
      outcome: 'opinion_given',
    });
    expect(concluded.statusCode, concluded.body).toBe(200);
    await refused(fire('2026-04-21', 'decide', meeting), 'LEGALITY_REVIEW_REQUIRED');
    await refused(
      fire(
        '2026-04-21',
        'record_review',
        { conclusion: 'lawful', opinionNumber: '于司法审〔2026〕9号' },
        w.reviewer,
      ),
      'OPINION_NOT_IN_REVIEW',
    );
    await fire(
      '2026-04-21',
      'record_review',
      { conclusion: 'lawful', opinionNumber: '于司法审〔2026〕1号' },
      w.reviewer,
    );
    await refused(fire('2026-04-22', 'decide', { ...meeting, headSpokeLast: false }), 'VALIDATION_FAILED');
    await refused(fire('2026-04-22', 'decide', { ...meeting, majorityView: 'reject' }), 'VALIDATION_FAILED');
    const decided = await fire('2026-04-22', 'decide', meeting);
    expect(decided).toMatchObject({ state: 'decided', decidedOn: '2026-04-22', reviewPassedFirst: true });
  });

  it('is published only after the report to the Party committee, with the feedback report', async () => {
    const publish = { documentNumber: '于政发〔2026〕8号', channels: '区政府网站', interpretation: '解读' };
    await refused(fire('2026-04-24', 'publish', publish), 'PARTY_REPORT_REQUIRED');
    await fire('2026-04-24', 'report_party', { reference: '于政请〔2026〕3号' });
    await fire('2026-04-27', 'publish', publish);
    const pub = await publicDecision(w.as(null, '2026-04-28'), id);
    expect(pub.feedback).toEqual([
      expect.objectContaining({ author: '张**', disposition: 'adopted', changedClauses: ['第二条'] }),
    ]);
    expect(JSON.stringify(pub)).not.toContain('13800000000');
    expect(await commentStatus(w.as(null, '2026-04-28'), code)).toMatchObject({
      disposition: 'adopted',
      reason: '意见合理，已增加加装电梯内容。',
      changedClauses: ['第二条'],
    });
  });

  it('is evaluated afterwards by another unit than the one that assessed (第三十六条)', async () => {
    const evaluation = { trigger: 'necessary', findings: '效果良好' };
    await refused(
      fire('2026-10-10', 'post_evaluate', { ...evaluation, evaluator: '第三方评估中心' }),
      'EVALUATOR_NOT_INDEPENDENT',
    );
    await fire('2026-10-10', 'post_evaluate', { ...evaluation, evaluator: '区审计局' });
  });

  it('answers a detail the contract accepts', async () => {
    const detail = await getDecision(w.as(w.housingOfficer, '2026-10-11'), id);
    const parsed = DecisionDetail.safeParse(detail);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('exports the whole record as a .zip with its index and hashes', async () => {
    const archive = await buildDecisionArchive(w.as(w.coordinator, '2026-10-11'), id);
    const zip = await JSZip.loadAsync(archive.buffer);
    const sums = (await zip.file('SHA256SUMS.txt')!.async('string')).trim().split('\n');
    expect(sums.length).toBe(8);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      const content = await zip.file(name!)!.async('nodebuffer');
      expect(createHash('sha256').update(content).digest('hex')).toBe(hash);
    }
    expect(await zip.file('README.txt')!.async('string')).toContain('03-公众意见及采纳情况.json');
  });

  it('lists the decisions citing a law, for the law register', async () => {
    expect(
      await decisionsCitingLaw(w.as(w.coordinator, '2026-10-11'), '《中华人民共和国城乡规划法》'),
    ).toEqual([
      expect.objectContaining({ id, title: '于洪区城市更新行动实施方案', path: `/decisions/${id}` }),
    ]);
    expect(await decisionsCitingLaw(w.as(w.coordinator, '2026-10-11'), '中华人民共和国行政处罚法')).toEqual(
      [],
    );
  });
});

describe('scope and figures', () => {
  it('shows a unit its own decisions only', async () => {
    const own = await housing.get(`/api/v1/decisions/items/${id}`);
    expect(own.statusCode, own.body).toBe(200);
    const market = await w.login(app, 'marketOfficer');
    expect((await market.get(`/api/v1/decisions/items/${id}`)).statusCode).toBe(404);
    expect((await market.get('/api/v1/decisions/items')).json().total).toBe(0);
  });

  it('counts the year’s decisions, comments, adoption and first-pass reviews', async () => {
    const args = {
      db: t.db,
      period: { from: '2026-01-01', to: '2026-12-31' },
      scope: { districtId: w.district.id },
    } as Parameters<(typeof DECISION_METRICS)[0]['compute']>[0];
    const values = Object.fromEntries(
      await Promise.all(DECISION_METRICS.map(async (m) => [m.key, (await m.compute(args)).value] as const)),
    );
    expect(values).toEqual({
      'decisions.by_stage': 1,
      'decisions.decided': 1,
      'decisions.comments_received': 1,
      'decisions.comment_adoption_rate': 1,
      'decisions.review_first_pass_rate': 1,
    });
  });
});
