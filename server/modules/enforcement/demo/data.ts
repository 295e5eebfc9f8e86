import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { BODY_AUTHORITY_KIND_CODES } from '../../../../common/contracts/enforcement/dictionaries.js';
import { projectPath } from '../../../platform/paths.js';

const DATA_FILE = projectPath('data/demo/enforcement-yuhong.yaml');

const Body = z.object({
  abbr: z.string().min(1),
  cases: z.number().int().min(0),
  open: z.number().int().min(0).default(0),
  officers: z.number().int().min(3).max(12),
  authority: z.enum(BODY_AUTHORITY_KIND_CODES).default('statutory'),
  field: z.string().min(1),
  basis: z.array(z.string()).min(1),
  benchmarks: z.number().int().min(0).default(0),
  catalogue: z.number().int().min(0).max(3).default(0),
});
export type DemoBody = z.infer<typeof Body>;

const EnforcementDemoData = z.object({
  decision: z.object({ document: z.string(), confirmedOn: z.iso.date() }),
  bodies: z.record(z.string(), Body),
  fees: z.array(
    z.object({
      code: z.string(),
      body: z.string(),
      name: z.string(),
      basis: z.string(),
      standard: z.string(),
      collected: z.number().min(0),
    }),
  ),
});
export type EnforcementDemoData = z.infer<typeof EnforcementDemoData>;

let cached: EnforcementDemoData | undefined;

/** data/demo/enforcement-yuhong.yaml, checked. */
export function enforcementDemoData(): EnforcementDemoData {
  cached ??= EnforcementDemoData.parse(load(readFileSync(DATA_FILE, 'utf8')));
  return cached;
}
