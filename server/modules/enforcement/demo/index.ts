import type { Ctx } from '../../../platform/context.js';

/** The Yuhong 2020 enforcement ledgers: 23 confirmed bodies, their officers, plans, cases and fees. */
export async function loadEnforcementDemo(
  _ctx: Ctx,
  _progress: (label: string, done: number, total: number) => void,
): Promise<void> {}
