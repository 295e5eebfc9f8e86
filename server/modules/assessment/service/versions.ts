/**
 * The versions of the 示范指标体系 as data (data/indicators/*.yaml; legal-rules §13.2): each file names its
 * version, the years it scores (law by date), the counts the issuer declared and the district's indicators.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { DIRECTIONS, SCORING_METHODS } from '../../../../common/contracts/assessment.js';
import { projectPath } from '../../../platform/paths.js';

const DATA_DIR = projectPath('data/indicators');

const Counts = z.object({ level1: z.number().int(), level2: z.number().int(), level3: z.number().int() });

export const IndicatorData = z.object({
  code: z.string().regex(/^\d+(\.\d+){0,2}$/),
  name: z.string().min(1),
  confirmed: z.boolean().default(false),
  weight: z.number().min(0).optional(),
  method: z.enum(SCORING_METHODS).optional(),
  metric: z.string().optional(),
  target: z.number().optional(),
  direction: z.enum(DIRECTIONS).optional(),
  perItem: z.number().optional(),
  unitScope: z.boolean().default(false),
});
export type IndicatorData = z.infer<typeof IndicatorData>;

const VersionFile = z.object({
  version: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  issuer: z.string(),
  appliesFrom: z.number().int().nullable(),
  appliesTo: z.number().int().nullable(),
  declared: Counts,
  source: z.string(),
  indicators: z.array(IndicatorData),
});
export type VersionFile = z.infer<typeof VersionFile>;

let cache: VersionFile[] | undefined;

/** Every version file, checked once (a bad file stops the boot of the first reader with its name). */
export function versionFiles(): VersionFile[] {
  cache ??= readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = VersionFile.safeParse(load(readFileSync(path.join(DATA_DIR, f), 'utf8')));
      if (!parsed.success) throw new Error(`data/indicators/${f}: ${parsed.error.message}`);
      return parsed.data;
    });
  return cache;
}

export function versionFile(code: string): VersionFile | undefined {
  return versionFiles().find((v) => v.version === code);
}

/** The level of an indicator code: '4' → 1, '4.1' → 2, '4.1.1' → 3. */
export const levelOf = (code: string) => code.split('.').length;
/** The parent of an indicator code ('4.1.1' → '4.1'; a 一级 has none). */
export const parentOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);
