import type { PortalRequestInput } from '../../../../../common/contracts/disclosure/requests.js';
import { findClocksForSubject } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { defaultDistrictId } from '../../../../platform/org/index.js';
import { REPLY_CLOCK_KEYS } from '../../procedure.js';
import type { DisclosureRequestRow } from '../../schema/requests.js';
import { applicableUnits } from './records.js';
import { applicationColumns, insertRegisteredRequest } from './register-request.js';

export interface OnlineSubmission {
  request: DisclosureRequestRow;
  department: string;
  dueOn: string | null;
}

/**
 * A request filed by the public on the portal (网上申请). The portal confirms it on submission, so the
 * receipt date is today in China (条例 第三十一条第（三）项: 双方确认之日).
 */
export async function submitOnlineRequest(ctx: Ctx, input: PortalRequestInput): Promise<OnlineSubmission> {
  const districtId = await defaultDistrictId(ctx.db);
  return inTransaction(ctx.db, async (tx) => {
    const unit = (await applicableUnits(tx, districtId)).find((u) => u.id === input.orgUnitId);
    if (!unit) throw validationFailed([{ path: 'orgUnitId', message: '请选择向哪个机关申请' }]);
    const request = await insertRegisteredRequest(
      tx,
      ctx,
      unit,
      {
        ...applicationColumns(input),
        channel: 'online',
        mailKind: null,
        arrivedOn: ctx.today,
        confirmedOn: ctx.today,
        receivedOn: ctx.today,
        handlerUserId: null,
        createdBy: null,
      },
      'disclosure.request.submitted',
    );
    const clocks = await findClocksForSubject(tx, 'disclosure_request', request.id);
    const reply = clocks.find((c) => REPLY_CLOCK_KEYS.includes(c.clockKey));
    return { request, department: unit.name, dueOn: reply?.dueOn ?? null };
  });
}

/** The organs the public may apply to, for the portal's form. */
export async function portalDepartments(ctx: Ctx) {
  const districtId = await defaultDistrictId(ctx.db);
  const units = await applicableUnits(ctx.db, districtId);
  return units.map((u) => ({ id: u.id, name: u.name, code: u.code }));
}
