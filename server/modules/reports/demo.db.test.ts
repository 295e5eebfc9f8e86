import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AnnualReport } from '../../../common/contracts/reports/annual.js';
import type { Actor } from '../../platform/context.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import { getMetricDef, metricRecords } from '../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { WHOLE_DEMO } from '../../test/whole-demo.js';
import { reportsDemoData } from './demo.js';
import { reportDrafts } from './schema.js';
import { annualReport, sealOfRow } from './service/index.js';

/**
 * The demo's 2020 district report against the seed (the published 2020 Yuhong report, copied verbatim into
 * fixtures/): every paragraph in the seed's words, every installed figure the seed's value, each figure drilling
 * down to as many records as it states. Loads the whole demo: the embedded pass only (as the access matrix).
 */
const onEmbedded = inject('dbLabel').startsWith('embedded');
const SEED = readFileSync(fileURLToPath(new URL('./fixtures/yuhong-2020-seed.txt', import.meta.url)), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const PERIOD_2020 = { from: '2020-01-01', to: '2020-12-31' };
// The seed prints some headings with ASCII commas and brackets; the template prints them full-width.
const fullWidth = (s: string) => s.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）');

let t: TestDatabase;
let doc: AnnualReport;
let coordinator: Actor;

beforeAll(async () => {
  if (!onEmbedded) return;
  t = await createTestDatabase(WHOLE_DEMO);
  // What `fazhi report annual --year 2020 --json` prints (the CLI calls this with the trusted reader).
  doc = await annualReport(t.db, 'system', { report: 'rule_of_law_annual', year: 2020 });
  coordinator = await actingUser(t.db, { role: 'coordinator' });
}, 600_000);
afterAll(async () => {
  await t?.drop();
});

const texts = () => doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text));

describe.runIf(onEmbedded)('the demo’s 2020 report is the seed', () => {
  it('has the seed’s title, opening, closing, signing organ and date', () => {
    expect(doc.title).toBe(SEED[0]);
    expect(doc.opening).toBe(SEED[2]);
    expect(doc.closing).toEqual(['特此报告。']);
    expect(doc.signature).toEqual({ organs: [SEED.at(-2)], dateOn: '2021-01-29' });
    expect(SEED.at(-1)).toBe('2021年1月29日');
  });

  it('states every paragraph of the seed in its words, in the seed’s order', () => {
    const body = SEED.slice(3, SEED.indexOf('特此报告。'));
    const printed = texts().map(fullWidth);
    const headings = doc.sections.map((s) => s.heading);
    let at = -1;
    for (const line of body) {
      const isHeading = /^[一二三四五六七八九十]、/.test(line) || /^\([一二三四五六七八九十]\)/.test(line);
      if (/^[一二三四五六七八九十]、/.test(line)) {
        expect(headings.map(fullWidth)).toContain(fullWidth(line));
        continue;
      }
      const index = printed.indexOf(fullWidth(line));
      expect(index, `seed line not stated: ${line.slice(0, 30)}…`).toBeGreaterThan(at);
      if (!isHeading) at = index;
    }
    // Nothing but the seed (and the template's 五、其他需要报告的情况: 无。).
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs).filter((p) => p.kind === 'paragraph');
    expect(paragraphs.map((p) => p.text).filter((x) => !body.map(fullWidth).includes(fullWidth(x)))).toEqual([
      '无。',
    ]);
  });

  it('states the installed seed figures live, each drilling down to as many records as it says', async () => {
    const figures = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.figures));
    const stated = Object.fromEntries(figures.map((f) => [f.cell ? `${f.key}:${f.cell}` : f.key, f.value]));
    expect(stated).toEqual({
      'powers.departments_published': 35,
      'powers.items_published': 1590,
      'enforcement.bodies_confirmed': 23,
      'disclosure.proactive_items': 5604,
      'disclosure.requests_received': 43,
      'disclosure.requests_received:letter': 35,
      'disclosure.requests_received:online': 2,
      'disclosure.requests_received:in_person': 6,
      'proposals.npc_suggestions_handled': 83,
      'proposals.cppcc_proposals_handled': 105,
      'proposals.meeting_rate': 1,
      'legal_affairs.litigation_matters': 602,
      'legal_affairs.non_litigation_matters': 45,
      'legal_affairs.legal_opinions': 398,
      'legal_affairs.loss_avoided_yuan': 180_000_000,
      'reconsideration.cases_received': 31,
      'mediation.points_established': 186,
      'mediation.point_coverage_rate': 1,
      'normative_docs.cleanup_reviewed': 38,
    });
    // A count drills down to as many records, an amount (yuan) to the records it sums; a rate's records are its
    // denominator's.
    for (const f of figures) {
      const unit = getMetricDef(f.key)?.unit;
      if (unit === 'rate') continue;
      const page = await metricRecords(t.db, coordinator, f.key, PERIOD_2020, {
        ...(f.cell ? { cell: f.cell } : {}),
        limit: 1,
        offset: 0,
      });
      if (unit === 'count') expect(page.total, `${f.key}${f.cell ? `:${f.cell}` : ''}`).toBe(f.value);
      else expect(page.total, f.key).toBeGreaterThan(0);
    }
  });

  it('keeps the figures of modules not built yet as the seed’s prose, each listed for its module', () => {
    const { pendingFigures, district2020 } = reportsDemoData();
    for (const pending of pendingFigures) {
      const p = doc.sections.flatMap((s) => s.paragraphs).find((x) => x.id === pending.paragraph);
      expect(p?.text, pending.key).toContain(pending.words);
      expect(district2020.paragraphs.find((x) => x.id === pending.paragraph)?.text).not.toContain(
        `{${pending.key}`,
      );
    }
    expect(doc.checks.filter((c) => c.level === 'error')).toEqual([]);
  });

  it('was approved, signed, published before 1 April and frozen with a verified seal', async () => {
    const district = await getOrgUnitByCode(t.db, '210114');
    const [row] = await t.db
      .select()
      .from(reportDrafts)
      .where(
        and(
          eq(reportDrafts.orgUnitId, district!.id),
          eq(reportDrafts.year, 2020),
          eq(reportDrafts.report, 'rule_of_law_annual'),
        ),
      );
    expect(row).toMatchObject({ status: 'published', signedOn: '2021-01-29', publishedOn: '2021-03-26' });
    expect(row?.approval?.meetingOn).toBe('2021-01-26');
    expect(sealOfRow(row!)?.verified).toBe(true);
    expect(row?.frozen).toEqual(doc);
    const all = await t.db.select().from(reportDrafts);
    const current = all.find(
      (r) => r.orgUnitId === district!.id && r.year !== 2020 && r.report === 'rule_of_law_annual',
    );
    expect(current?.status).toBe('draft');
    expect(current?.draft.paragraphs.some((p) => p.contributedBy === '210114-D22')).toBe(true);
    expect(
      all
        .filter((r) => r.orgUnitId !== district!.id)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['in_review', 'published', 'signed']);
  });

  it('keeps the district’s 2020 disclosure report published by 31 March, frozen in the 2019 format', async () => {
    // What `fazhi report disclosure-annual --year 2020 --json` prints (the CLI calls this as 'system').
    const disclosure = await annualReport(t.db, 'system', { report: 'disclosure_annual', year: 2020 });
    const district = await getOrgUnitByCode(t.db, '210114');
    const [row] = await t.db
      .select()
      .from(reportDrafts)
      .where(
        and(
          eq(reportDrafts.orgUnitId, district!.id),
          eq(reportDrafts.year, 2020),
          eq(reportDrafts.report, 'disclosure_annual'),
        ),
      );
    expect(row?.status).toBe('published');
    // Basis: 政府信息公开条例 第四十九条第二款 — the district government's report by 31 March.
    expect(row!.publishedOn! <= '2021-03-31').toBe(true);
    expect(sealOfRow(row!)?.verified).toBe(true);
    expect(disclosure).toEqual(row?.frozen);
    expect(disclosure.format).toBe('2019');
    expect(disclosure.title).toBe('于洪区人民政府2020年政府信息公开工作年度报告');
    // It says what the 法治政府建设 report says of the same year: 43 requests, 5604 items made public.
    const stated = Object.fromEntries(
      disclosure.sections
        .flatMap((s) => s.paragraphs.flatMap((p) => p.figures))
        .filter((f) => !f.cell) // a breakdown cell (主动公开 by category) is not the total
        .map((f) => [f.key, f.value]),
    );
    expect(stated).toMatchObject({ 'disclosure.requests_received': 43, 'disclosure.proactive_items': 5604 });
    expect(disclosure.sections.find((s) => s.no === 5)?.paragraphs.length).toBeGreaterThan(0);
    expect(disclosure.checks.filter((c) => c.level === 'error')).toEqual([]);
  });
});
