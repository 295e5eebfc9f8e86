import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import {
  type AvailableAction,
  findProcedureSteps,
  type ProcedureStep,
} from '../../../../platform/procedures/index.js';
import { maySeeApplicantContact } from '../../policy.js';
import { requestProcedure } from '../../procedure.js';
import { type ClockView, requestClocks } from './clocks.js';
import { requestTransitions } from './fire-transition.js';
import { getScopedRequest, type RequestWithUnit, toRecord } from './records.js';

export interface RequestDetailData {
  request: RequestWithUnit;
  history: ProcedureStep[];
  clocks: ClockView[];
  actions: AvailableAction[];
  /** May this viewer see the applicant's contact details in full (policy maySeeApplicantContact)? */
  showContact: boolean;
}

/** One request with its procedural history, its clocks explained, and what the actor may do next (today). */
export async function getRequest(ctx: Ctx, id: string): Promise<RequestDetailData> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.view_requests');
  const request = await getScopedRequest(ctx.db, actor, id);
  const record = toRecord(request, ctx.today);
  const [history, clocks, actions] = await Promise.all([
    findProcedureSteps(ctx.db, requestProcedure.key, id),
    requestClocks(ctx.db, ctx, id),
    requestTransitions.actionsFor(ctx, record),
  ]);
  const showContact = maySeeApplicantContact(actor);
  return { request, history, clocks, actions, showContact };
}
