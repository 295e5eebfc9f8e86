/**
 * The tasks that address an indicator below target (the gap list's second column). The work plan and its
 * 督办 live in another module (coordination, issue #17): it supplies them through a provider the lead wires
 * in server/modules/index.ts — `addressingTaskProviders.push(coordination.tasksAddressingIndicator)` — so
 * this module never imports it (decision 0051 §6).
 */
import type { AddressingTask } from '../../../../common/contracts/assessment.js';
import type { Ctx } from '../../../platform/context.js';

export type AddressingTaskProvider = (
  ctx: Ctx,
  indicatorCode: string,
  year: number,
) => Promise<AddressingTask[]>;

/** The installed providers; empty until a work-plan module is wired. */
export const addressingTaskProviders: AddressingTaskProvider[] = [];

/** The tasks every provider names for an indicator, in provider order. */
export async function tasksAddressing(ctx: Ctx, code: string, year: number): Promise<AddressingTask[]> {
  const lists = await Promise.all(addressingTaskProviders.map((p) => p(ctx, code, year)));
  return lists.flat();
}
