/**
 * Synthetic power-list data for the benchmarks: N items (权责清单事项) spread over the district's departments,
 * seeded so the same `--seed` gives the same list on every machine.
 *
 * This is a LOAD GENERATOR and bypasses the service on purpose: 100 k items through `createItem` and the
 * publish transition would take many minutes and fill the audit chain with fake events. It writes the rows
 * the service would write (same columns, a version 1 `in_force` row with the content snapshot for each
 * published item) in bulk `INSERT … SELECT FROM unnest(…)`, so the service, the portal and the metrics
 * read them like any other item. No audit events are written for them. The keyword search's `search_grams`
 * is a generated column (migrations 0007–0009), so PostgreSQL fills it for these rows as for any other.
 *
 *   tsx bench/generate.ts --items 100000 --seed 42      (DATABASE_URL, else the local embedded data dir)
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type pg from 'pg';
import { POWER_CATEGORY_CODES, type PowerCategory } from '../common/contracts/powers.js';
import { loadConfig } from '../server/config.js';
import { ACCOUNTABILITY, SUB_ITEM_QUALIFIERS, WORDING } from '../server/modules/powers/demo-catalogue.js';
import { seededRandom } from '../common/random.js';
import { powersDemoData } from '../server/modules/powers/demo-plan.js';
import { CONTENT_KEYS, itemCode } from '../server/modules/powers/rules.js';
import { makeCtx } from '../server/platform/context.js';
import { openDatabase } from '../server/platform/db/index.js';
import { isEmptyInstall } from '../server/platform/demo.js';
import { loadDemoOrg } from '../server/platform/org/index.js';
import { installedModules } from '../server/modules/index.js';
import { installModules } from '../server/platform/install-modules.js';

export interface GenerateOptions {
  seed: number;
  items: number;
  /** Share of items published (with an in-force version); the rest are drafts. Default 0.5. */
  publishedShare?: number;
  /** Rows per INSERT statement. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  items: number;
  published: number;
  departments: number;
  districtId: string;
  seconds: number;
}

interface Department {
  id: string;
  code: string;
  weight: number;
  profile: Partial<Record<PowerCategory, number>>;
  activities: string[];
  laws: string[];
  phone: string;
}

interface Row {
  id: string;
  orgUnitId: string;
  code: string;
  name: string;
  subItemName: string | null;
  category: PowerCategory;
  legalBasis: string;
  phone: string;
  status: 'published' | 'draft';
  publishedOn: string | null;
}

const FIRST_PUBLICATION = Date.UTC(2020, 5, 30);
const PUBLICATION_SPAN_DAYS = (Date.UTC(2024, 11, 31) - FIRST_PUBLICATION) / 86_400_000;

/** A v4-shaped UUID from the seeded stream (so ids, too, are the same for the same seed). */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = '89ab'[Math.floor(random() * 4)];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Picks by weight from a cumulative table. */
function weighted<T>(entries: readonly { value: T; upTo: number }[], random: () => number): T {
  const total = entries[entries.length - 1]?.upTo ?? 0;
  const r = random() * total;
  for (const e of entries) if (r < e.upTo) return e.value;
  return entries[entries.length - 1]!.value;
}

function cumulative<T>(pairs: readonly (readonly [T, number])[]): { value: T; upTo: number }[] {
  let sum = 0;
  return pairs
    .filter(([, w]) => w > 0)
    .map(([value, w]) => {
      sum += w;
      return { value, upTo: sum };
    });
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * The district's departments with the demo data set's weights, category mix, activities and laws; a
 * department the demo does not know gets an average weight and the whole district's vocabulary.
 */
async function departments(pool: pg.Pool, districtId: string, random: () => number): Promise<Department[]> {
  const { rows } = await pool.query<{ id: string; code: string }>(
    `SELECT id, code FROM org_units WHERE district_id = $1 AND type = 'department' ORDER BY sort_order, code`,
    [districtId],
  );
  if (rows.length === 0)
    throw new Error('bench generate: the district has no departments; load the org first');
  const data = powersDemoData();
  const known = Object.values(data.departments);
  const allActivities = known.flatMap((d) => d.activities);
  const allLaws = known.flatMap((d) => d.laws);
  return rows.map((unit) => {
    const demo = data.departments[unit.code];
    return {
      id: unit.id,
      code: unit.code,
      weight: demo?.items ?? 45,
      profile: data.profiles[demo?.profile ?? 'enforcement'] ?? {},
      activities: demo?.activities ?? allActivities,
      laws: demo?.laws ?? allLaws,
      phone: `024-2560${String(1000 + Math.floor(random() * 8999))}`,
    };
  });
}

class RowMaker {
  private readonly serials = new Map<string, number>();
  private readonly byDept: { value: Department; upTo: number }[];
  private readonly allActivities: string[];

  constructor(
    depts: Department[],
    private readonly random: () => number,
    private readonly idRandom: () => number,
    private readonly serialOffset: number,
    private readonly publishedShare: number,
  ) {
    this.byDept = cumulative(depts.map((d) => [d, d.weight] as const));
    this.allActivities = depts.flatMap((d) => d.activities);
  }

  private readonly mixes = new Map<string, { value: PowerCategory; upTo: number }[]>();

  private categoryMix(dept: Department) {
    let mix = this.mixes.get(dept.id);
    if (!mix) {
      mix = cumulative(POWER_CATEGORY_CODES.map((c) => [c, dept.profile[c] ?? 0] as const));
      this.mixes.set(dept.id, mix);
    }
    return mix;
  }

  next(): Row {
    const r = this.random;
    const dept = weighted(this.byDept, r);
    const category = weighted(this.categoryMix(dept), r);
    const key = `${dept.code}|${category}`;
    const serial = (this.serials.get(key) ?? this.serialOffset) + 1;
    this.serials.set(key, serial);
    const wording = WORDING[category];
    // Mostly the department's own activities, sometimes another's: real lists overlap across departments.
    const activity = r() < 0.9 ? pick(dept.activities, r) : pick(this.allActivities, r);
    const law = pick(dept.laws, r);
    const isPublished = r() < this.publishedShare;
    const day = FIRST_PUBLICATION + Math.floor(r() * PUBLICATION_SPAN_DAYS) * 86_400_000;
    return {
      id: seededUuid(this.idRandom),
      orgUnitId: dept.id,
      code: itemCode(dept.code, category, serial),
      name: pick(wording.names, r)(activity),
      subItemName: r() < 0.25 ? pick(SUB_ITEM_QUALIFIERS, r) : null,
      category,
      legalBasis: `《${law}》有关规定${wording.procedureLaw ? `；《${wording.procedureLaw}》` : ''}`,
      phone: dept.phone,
      status: isPublished ? 'published' : 'draft',
      publishedOn: isPublished ? new Date(day).toISOString().slice(0, 10) : null,
    };
  }
}

/** The per-category wording the SQL joins in, so the long texts are not sent 100 k times. */
function wordingJson(): string {
  return JSON.stringify(
    POWER_CATEGORY_CODES.map((category) => ({
      category,
      handling_unit: WORDING[category].handlingUnit,
      process: WORDING[category].process,
      responsibility: WORDING[category].responsibility,
      time_limit: WORDING[category].timeLimit,
      fee_basis: category === 'levy' ? '按国家和省规定的收费标准执行' : '不收费',
    })),
  );
}

const INSERT_ITEMS = `
INSERT INTO power_items (id, district_id, org_unit_id, code, name, sub_item_name, category, legal_basis,
  handling_unit, exercise_level, process, responsibility, accountability, time_limit, fee_basis,
  supervision_phone, remarks, status, current_version, has_pending_revision, published_on)
SELECT r.id, $1::uuid, r.org_unit_id, r.code, r.name, r.sub_item_name, r.category, r.legal_basis,
  w.handling_unit, 'county', w.process, w.responsibility, $2::text, w.time_limit, w.fee_basis,
  r.phone, NULL, r.status, CASE WHEN r.status = 'published' THEN 1 ELSE 0 END, false, r.published_on
FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
            $10::text[], $11::text[], $12::date[])
  AS r(id, org_unit_id, code, name, sub_item_name, category, legal_basis, phone, status, published_on)
JOIN jsonb_to_recordset($13::jsonb)
  AS w(category text, handling_unit text, process text, responsibility text, time_limit text, fee_basis text)
  ON w.category = r.category`;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// The snapshot the publish transition stores: { code, ...contentOf(item) } (service/records.ts).
const SNAPSHOT = `jsonb_build_object('code', i.code, ${CONTENT_KEYS.map((k) => `'${k}', i.${snake(k)}`).join(', ')})`;

const INSERT_VERSIONS = `
INSERT INTO power_item_versions (item_id, district_id, org_unit_id, version, code, name, category, snapshot,
  published_on, status)
SELECT i.id, i.district_id, i.org_unit_id, 1, i.code, i.name, i.category, ${SNAPSHOT}, i.published_on, 'in_force'
FROM power_items i
WHERE i.id = ANY($1::uuid[]) AND i.status = 'published'`;

/** Inserts `items` synthetic items into the first district of the database (its org must be loaded). */
export async function generatePowerItems(pool: pg.Pool, opts: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const chunkSize = opts.chunkSize ?? 5000;
  const district = await pool.query<{ id: string }>(
    `SELECT id FROM org_units WHERE type = 'district' ORDER BY created_at, code LIMIT 1`,
  );
  const districtId = district.rows[0]?.id;
  if (!districtId) throw new Error('bench generate: no district in the database; load the org first');
  const existing = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM power_items WHERE district_id = $1',
    [districtId],
  );
  const already = existing.rows[0]?.n ?? 0;
  const random = seededRandom(opts.seed);
  const depts = await departments(pool, districtId, random);
  // Serials start above the demo's (< 1000) and above any earlier run's, so codes stay unique; ids
  // follow their own stream so that a second run with the same seed does not reuse the first run's ids.
  const maker = new RowMaker(
    depts,
    random,
    seededRandom(opts.seed ^ (already + 0x9e3779b9)),
    1000 + already,
    opts.publishedShare ?? 0.5,
  );
  const wording = wordingJson();
  const client = await pool.connect();
  let published = 0;
  try {
    await client.query('BEGIN');
    for (let done = 0; done < opts.items; ) {
      const rows = Array.from({ length: Math.min(chunkSize, opts.items - done) }, () => maker.next());
      await client.query(INSERT_ITEMS, [districtId, ACCOUNTABILITY, ...columns(rows), wording]);
      const ids = rows.filter((r) => r.status === 'published').map((r) => r.id);
      await client.query(INSERT_VERSIONS, [ids]);
      published += ids.length;
      done += rows.length;
      opts.onProgress?.(done, opts.items);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  // Fresh statistics, as autovacuum would have gathered on a real install, so the planner sees 100 k rows.
  await pool.query('ANALYZE power_items');
  await pool.query('ANALYZE power_item_versions');
  return {
    items: opts.items,
    published,
    departments: depts.length,
    districtId,
    seconds: (performance.now() - started) / 1000,
  };
}

function columns(rows: Row[]): unknown[] {
  return [
    rows.map((r) => r.id),
    rows.map((r) => r.orgUnitId),
    rows.map((r) => r.code),
    rows.map((r) => r.name),
    rows.map((r) => r.subItemName),
    rows.map((r) => r.category),
    rows.map((r) => r.legalBasis),
    rows.map((r) => r.phone),
    rows.map((r) => r.status),
    rows.map((r) => r.publishedOn),
  ];
}

async function main(): Promise<void> {
  installModules(installedModules); // the benches write through the services, as the server does
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '20200630' },
      items: { type: 'string', default: '100000' },
      published: { type: 'string', default: '0.5' },
    },
  });
  const items = Number(values.items);
  const seed = Number(values.seed);
  if (!Number.isInteger(items) || items < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: tsx bench/generate.ts [--items N] [--seed N] [--published 0.5]');
  }
  const { default: cliProgress } = await import('cli-progress');
  // Like the CLI: DATABASE_URL, else attach to (or start) the local install's embedded server.
  const database = await openDatabase(loadConfig(), { exclusive: false, migrate: true });
  try {
    if (await isEmptyInstall(database.db)) {
      console.log('The database has no org yet: loading the demo org (于洪区) first.');
      await loadDemoOrg(makeCtx(database.db, null, 'bench-generate', new Date()));
    }
    const bar = new cliProgress.SingleBar(
      { format: '生成权责清单事项 {bar} {value}/{total}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(items, 0);
    const result = await generatePowerItems(database.pool, {
      seed,
      items,
      publishedShare: Number(values.published),
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    console.log(
      `${result.items} items (${result.published} published) over ${result.departments} departments in ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await database.shutdown();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
