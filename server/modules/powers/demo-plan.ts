import { seededRandom } from '../../../common/random.js';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { POWER_CATEGORY_CODES, type PowerCategory } from '../../../common/contracts/powers.js';
import { ACCOUNTABILITY, SUB_ITEM_QUALIFIERS, WORDING } from './demo-catalogue.js';
import type { PowerLedgerRow } from './io.js';
import { itemCode } from './rules.js';
import { projectPath } from '../../platform/paths.js';

const DATA_FILE = projectPath('data/demo/powers-yuhong.yaml');

/** The seed: 在网站公示35个部门行政职权，共计1590项 (seed 一(五)二). */
export const SEED_ITEMS = 1590;
export const SEED_DEPARTMENTS = 35;
export const MAIN_PUBLICATION = '2020-06-30';
export const SUPPLEMENT_PUBLICATION = '2020-10-16';

const Weights = z.partialRecord(z.enum(POWER_CATEGORY_CODES), z.number().min(0));
const PowersDemoData = z.object({
  profiles: z.record(z.string(), Weights),
  departments: z.record(
    z.string(),
    z.object({
      items: z.number().int().min(1),
      profile: z.string(),
      activities: z.array(z.string()).min(1),
      laws: z.array(z.string()).min(1),
    }),
  ),
  /** Real item names per department and category, taken before any generated name. */
  named: z.record(z.string(), z.partialRecord(z.enum(POWER_CATEGORY_CODES), z.array(z.string()))).default({}),
});
export type PowersDemoData = z.infer<typeof PowersDemoData>;

export function powersDemoData(): PowersDemoData {
  return PowersDemoData.parse(load(readFileSync(DATA_FILE, 'utf8')));
}

/** Splits `total` over the weights by largest remainder: the parts always sum to `total` exactly. */
export function apportion(
  total: number,
  weights: Partial<Record<PowerCategory, number>>,
): Map<PowerCategory, number> {
  const entries = POWER_CATEGORY_CODES.map((c) => [c, weights[c] ?? 0] as const).filter(([, w]) => w > 0);
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  const shares = entries.map(([c, w]) => ({ c, exact: (total * w) / sum }));
  const parts = new Map(shares.map((s) => [s.c, Math.floor(s.exact)]));
  let left = total - [...parts.values()].reduce((s, n) => s + n, 0);
  for (const s of [...shares].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  )) {
    if (left-- <= 0) break;
    parts.set(s.c, (parts.get(s.c) ?? 0) + 1);
  }
  return parts;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface DepartmentPlan {
  code: string;
  /** Items in force at 2020-12-31: imported as published (main batch or the October supplement). */
  published: PowerLedgerRow[];
  /** Extra items published in June and repealed in November (取消): not counted at year end. */
  toRepeal: PowerLedgerRow[];
  /** Items still in preparation at year end: never published, never counted. */
  drafts: PowerLedgerRow[];
}

const REPEALED_IN = [
  '210114-D22',
  '210114-D22',
  '210114-D13',
  '210114-D18',
  '210114-D15',
  '210114-D06',
  '210114-D12',
  '210114-D02',
];
const DRAFTS_IN: Record<string, number> = {
  '210114-D22': 3,
  '210114-D25': 2,
  '210114-D20': 2,
  '210114-D03': 2,
  '210114-D10': 1,
};
const SUPPLEMENTED = new Set(['210114-D22', '210114-D25', '210114-D18']);
const SUPPLEMENT_SIZE = 6;

/** Writes the rows of one department and category, with codes and names unique within the department. */
class DepartmentWriter {
  private readonly serials = new Map<PowerCategory, number>();
  private readonly names = new Map<PowerCategory, { name: string; sub: string | null; activity: string }[]>();
  private readonly phone: string;

  private readonly used = new Set<string>();
  private readonly rounds = new Map<PowerCategory, number>();

  constructor(
    private readonly code: string,
    private readonly dept: PowersDemoData['departments'][string],
    private readonly random: () => number,
    private readonly named: Partial<Record<PowerCategory, string[]>> = {},
  ) {
    this.phone = `024-2560${String(1000 + Math.floor(random() * 8999))}`;
  }

  row(category: PowerCategory, status: 'published' | 'draft', publishedOn: string | null): PowerLedgerRow {
    const serial = (this.serials.get(category) ?? 0) + 1;
    this.serials.set(category, serial);
    const wording = WORDING[category];
    const { name, sub, activity } = this.nextName(category);
    const law = this.lawFor(activity);
    const legalBasis = `《${law}》有关规定${wording.procedureLaw ? `；《${wording.procedureLaw}》` : ''}`;
    return {
      code: itemCode(this.code, category, serial),
      name,
      subItemName: sub,
      category,
      orgUnit: this.code,
      legalBasis,
      handlingUnit: wording.handlingUnit,
      exerciseLevel: 'county',
      process: wording.process,
      responsibility: wording.responsibility,
      accountability: ACCOUNTABILITY,
      timeLimit: wording.timeLimit,
      feeBasis: category === 'levy' ? '按国家和省规定的收费标准执行' : '不收费',
      supervisionPhone: this.phone,
      remarks: null,
      status,
      publishedOn,
      version: null,
    };
  }

  /** Pattern × activity in a shuffled order; when a small department runs out, sub-items (子项) follow. */
  /** The department's law sharing most two-character words with the activity (食品经营 → 食品安全法). */
  private lawFor(activity: string): string {
    const bigrams = new Set([...activity].slice(1).map((ch, i) => `${activity[i]}${ch}`));
    const score = (law: string) => [...bigrams].filter((b) => law.includes(b)).length;
    return this.dept.laws.reduce((best, law) => (score(law) > score(best) ? law : best), this.dept.laws[0]!);
  }

  private nextName(category: PowerCategory): { name: string; sub: string | null; activity: string } {
    // The department's real item names first (the portal search finds what citizens type), then generated.
    const real = this.named[category]?.find((n) => !this.used.has(`${n}|`));
    if (real) {
      this.used.add(`${real}|`);
      return { name: real, sub: null, activity: real };
    }
    for (;;) {
      const next = this.generatedName(category);
      const key = `${next.name}|${next.sub ?? ''}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return next;
      }
    }
  }

  private generatedName(category: PowerCategory): { name: string; sub: string | null; activity: string } {
    let pool = this.names.get(category);
    if (!pool || pool.length === 0) {
      // Each refill of the pool is one more round of sub-items (子项), so names never run out.
      const round = this.rounds.get(category) ?? 0;
      this.rounds.set(category, round + 1);
      const sub =
        round === 0 ? null : (SUB_ITEM_QUALIFIERS[(round - 1) % SUB_ITEM_QUALIFIERS.length] ?? null);
      const combos = WORDING[category].names.flatMap((pattern) =>
        this.dept.activities.map((a) => ({ name: pattern(a), sub, activity: a })),
      );
      pool = shuffled(combos, this.random);
      this.names.set(category, pool);
    }
    return pool.pop()!;
  }
}

/**
 * The 2020 power list of the demo district: per department, exactly its share of the 1590 items in force
 * at year end (category mix from its profile), plus extras that must not count — items repealed in
 * November and drafts never published.
 */
export function planPowerList(data: PowersDemoData, seed = 20200630): DepartmentPlan[] {
  const random = seededRandom(seed);
  return Object.entries(data.departments).map(([code, dept]) => {
    const writer = new DepartmentWriter(code, dept, random, data.named[code]);
    const profile = data.profiles[dept.profile];
    if (!profile) throw new Error(`powers demo: unknown profile ${dept.profile} for ${code}`);
    const published: PowerLedgerRow[] = [];
    for (const [category, n] of apportion(dept.items, profile)) {
      for (let i = 0; i < n; i++) published.push(writer.row(category, 'published', MAIN_PUBLICATION));
    }
    if (SUPPLEMENTED.has(code)) {
      for (const row of published.slice(-SUPPLEMENT_SIZE)) row.publishedOn = SUPPLEMENT_PUBLICATION;
    }
    const toRepeal = REPEALED_IN.filter((c) => c === code).map(() =>
      writer.row('licensing', 'published', MAIN_PUBLICATION),
    );
    const drafts = Array.from({ length: DRAFTS_IN[code] ?? 0 }, (_, i) =>
      writer.row(i % 2 === 0 ? 'inspection' : 'penalty', 'draft', null),
    );
    return { code, published, toRepeal, drafts };
  });
}
