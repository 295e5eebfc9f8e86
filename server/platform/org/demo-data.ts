/** The demo org as data (data/demo/org-yuhong.yaml): read by the demo loader and by the password policy. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { ROLES } from '../context.js';
import { projectPath } from '../paths.js';

const DEMO_FILE = projectPath('data/demo/org-yuhong.yaml');

const Unit = z.object({ code: z.string().min(1), name: z.string().min(1) });
const DemoOrg = z.object({
  district: Unit.extend({ shortName: z.string().optional(), city: z.string() }),
  departments: z.array(
    Unit.extend({ shortName: z.string().optional(), documentPrefix: z.string().optional() }),
  ),
  streets: z.array(Unit.extend({ villages: z.array(Unit) })),
  grids: z.array(Unit.extend({ parent: z.string() })),
  users: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      unit: z.string(),
      password: z.string(),
    }),
  ),
});
export type DemoOrgData = z.infer<typeof DemoOrg>;

let cached: DemoOrgData | null = null;

/** The demo org as data (data/demo/org-yuhong.yaml), validated once. */
export function demoOrgData(): DemoOrgData {
  cached ??= DemoOrg.parse(load(readFileSync(DEMO_FILE, 'utf8')));
  return cached;
}
