/** The scoreboard, its trend and ranking, the tree with formulas and the gap list (decision 0051 §5). */
import type { Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { assertCan, isDistrictWide } from '../../../platform/authz/index.js';
import { findOrgUnits, getOrgUnit } from '../../../platform/org/index.js';
import { scoreScope } from '../policy.js';
import { versionForYear } from '../rules.js';
import { tasksAddressing, addressingTaskProviders } from './addressing.js';
import { scoreTree } from './scoring.js';
import { indicatorRows, presentIndicator, presentVersion } from './tree.js';
import { versionFile, versionFiles } from './versions.js';

/** Indicators a unit needs scored to be ranked against the others. */
export const MIN_RANKED = 2;

const thisYear = (ctx: Ctx) => Number(ctx.today.slice(0, 4));

/** The version that scores a year (law by date), or a clear refusal naming the year. */
export function versionOfYear(year: number) {
  const file = versionForYear(versionFiles(), year);
  if (!file)
    throw new AppError('VALIDATION_FAILED', `${year} 年没有适用的示范指标体系版本`, [
      { path: 'querystring.year', message: `${year} 年没有适用的示范指标体系版本` },
    ]);
  return file;
}

/** A version's tree with each indicator's method and formula (no scores). */
export async function getTree(ctx: Ctx, q: { version?: string; year?: number }) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.view');
  const file = q.version ? versionFile(q.version) : versionOfYear(q.year ?? thisYear(ctx));
  if (!file) throw notFound(`指标体系版本 ${q.version}`);
  const rows = await indicatorRows(ctx.db, actor.districtId, file.version);
  return {
    version: await presentVersion(ctx.db, actor.districtId, file),
    indicators: rows.map(presentIndicator),
  };
}

/** The scoreboard of a year: every indicator's score, for the district or one unit. */
export async function getScoreboard(ctx: Ctx, q: { year?: number; unit?: string }) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.view');
  const year = q.year ?? thisYear(ctx);
  const unit = q.unit ? await getOrgUnit(ctx.db, q.unit).catch(() => null) : null;
  if (q.unit && !unit) throw notFound('单位');
  const scope = scoreScope(actor, unit);
  const file = versionOfYear(year);
  const tree = await scoreTree(ctx.db, actor.districtId, file.version, year, scope);
  const leaves = tree.nodes.filter((n) => n.level === 3);
  const count = (s: string) => leaves.filter((n) => n.status === s).length;
  const own = scope.orgPath && !unit ? await getOrgUnit(ctx.db, actor.orgUnitId) : unit;
  return {
    year,
    unit: own ? { id: own.id, name: own.name } : null,
    version: await presentVersion(ctx.db, actor.districtId, file),
    score: tree.score,
    scoredWeight: tree.scoredWeight,
    rate: tree.rate,
    counts: {
      scored: count('scored'),
      unscored: count('unscored'),
      unavailable: count('unavailable'),
      noData: count('no_data'),
      belowTarget: leaves.filter((n) => n.meetsTarget === false).length,
    },
    indicators: tree.nodes,
  };
}

/** The district's (or the actor's unit's) score rate year by year, overall and by 一级 area. */
export async function getTrend(ctx: Ctx, q: { from?: number; to?: number }) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.view');
  const to = q.to ?? thisYear(ctx);
  const from = q.from ?? Math.min(...versionFiles().flatMap((f) => (f.appliesFrom ? [f.appliesFrom] : [to])));
  if (from > to || to - from > 20)
    throw new AppError('VALIDATION_FAILED', '年份范围不正确', [
      { path: 'querystring.from', message: '年份范围不正确（最多 20 年）' },
    ]);
  const scope = scoreScope(actor, null);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return Promise.all(
    years.map(async (year) => {
      const file = versionForYear(versionFiles(), year);
      if (!file) return { year, version: null, score: null, scoredWeight: 0, rate: null, areas: [] };
      const tree = await scoreTree(ctx.db, actor.districtId, file.version, year, scope);
      const areas = tree.nodes
        .filter((n) => n.level === 1)
        .map((n) => ({ code: n.code, name: n.name, rate: n.value ?? null }));
      return {
        year,
        version: file.version,
        score: tree.score,
        scoredWeight: tree.scoredWeight,
        rate: tree.rate,
        areas,
      };
    }),
  );
}

/** The units ranked by their score rate over the indicators that answer per unit (a department sees itself). */
export async function getRanking(ctx: Ctx, q: { year?: number }) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.view');
  const year = q.year ?? thisYear(ctx);
  const file = versionOfYear(year);
  const units = (await findOrgUnits(ctx.db, { districtId: actor.districtId, type: 'department' })).filter(
    (u) => isDistrictWide(actor) || u.path.startsWith(actor.orgPath),
  );
  const rows = await Promise.all(
    units.map(async (u) => {
      const tree = await scoreTree(ctx.db, actor.districtId, file.version, year, {
        districtId: actor.districtId,
        orgPath: u.path,
      });
      const indicators = tree.nodes.filter((n) => n.level === 3 && n.status === 'scored').length;
      return {
        unitId: u.id,
        unit: u.name,
        score: tree.score,
        scoredWeight: tree.scoredWeight,
        rate: tree.rate,
        indicators,
      };
    }),
  );
  // A unit with fewer than two indicators scored (often only "nothing overdue") is not ranked against the
  // others: listed last, by rate. The others by rate, then by the number of indicators behind it.
  const ranked = (r: { indicators: number }) => (r.indicators >= MIN_RANKED ? 1 : 0);
  rows.sort(
    (a, b) =>
      ranked(b) - ranked(a) ||
      (b.rate ?? -1) - (a.rate ?? -1) ||
      b.indicators - a.indicators ||
      a.unit.localeCompare(b.unit, 'zh'),
  );
  return { year, version: file.version, rows };
}

/** The indicators below target in a year, with the tasks that address each (from the providers). */
export async function getGaps(ctx: Ctx, q: { year?: number }) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.view');
  const year = q.year ?? thisYear(ctx);
  const file = versionOfYear(year);
  const tree = await scoreTree(ctx.db, actor.districtId, file.version, year, scoreScope(actor, null));
  const area = (code: string) => tree.nodes.find((n) => n.code === code.split('.')[0])?.name ?? '';
  const below = tree.nodes.filter((n) => n.level === 3 && n.meetsTarget === false);
  const gaps = await Promise.all(
    below.map(async (n) => ({
      code: n.code,
      name: n.name,
      area: area(n.code),
      metric: n.metric,
      metricUnit: n.metricUnit,
      value: n.value ?? null,
      target: n.target,
      score: n.score ?? 0,
      weight: n.weight,
      formula: n.formula,
      tasks: await tasksAddressing(ctx, n.code, year),
    })),
  );
  // The largest loss of points first: where the district has most to gain.
  gaps.sort((a, b) => b.weight - b.score - (a.weight - a.score) || a.code.localeCompare(b.code));
  return { year, version: file.version, tasksAvailable: addressingTaskProviders.length > 0, gaps };
}
