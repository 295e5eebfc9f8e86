import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { RegisterProposalBody } from '../../../../common/contracts/proposals.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { validationFailed } from '../../../platform/errors.js';
import { newAccessToken } from '../rules.js';
import { type ProposalItemRow, proposalItems } from '../schema.js';

/** 登记: one item entered by hand (the lists come by import); it waits for 交办 under the district. */
export async function registerProposal(ctx: Ctx, body: RegisterProposalBody): Promise<ProposalItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'proposals.register');
  if (body.receivedOn > ctx.today)
    throw validationFailed([{ path: 'receivedOn', message: '收到日期不能晚于今天' }]);
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: proposalItems.id })
      .from(proposalItems)
      .where(
        and(
          eq(proposalItems.districtId, actor.districtId),
          eq(proposalItems.kind, body.kind),
          eq(proposalItems.session, body.session),
          eq(proposalItems.number, body.number),
        ),
      );
    if (taken)
      throw validationFailed([{ path: 'number', message: `本届已有编号为${body.number}的建议提案` }]);
    const [row] = await tx
      .insert(proposalItems)
      .values({
        ...body,
        districtId: actor.districtId,
        orgUnitId: actor.districtId,
        status: 'registered',
        accessToken: newAccessToken(randomBytes),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'proposals.item.registered',
      subjectType: 'proposal_item',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: body,
    });
    return row!;
  });
}
