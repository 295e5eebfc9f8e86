/**
 * Hand-made request records for the table 三 and metric tests, inserted directly (no procedure): each
 * says only what table 三 reads — unit, applicant type, receipt, conclusion and outcome.
 */
import { randomBytes } from 'node:crypto';
import type { Executor } from '../../../platform/db/client.js';
import { disclosureRequests } from '../schema/requests.js';

export interface RequestFixture {
  orgUnitId: string;
  districtId: string;
  applicantType: string;
  receivedOn: string;
  concludedOn?: string;
  outcome?: string;
  channel?: string;
  mailKind?: string;
  applicantName?: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function trackingCode(): string {
  return [...randomBytes(12)].map((b) => CROCKFORD[b % 32]).join('');
}

/** Inserts one request as table 三 sees it; concluded when it has a conclusion date. */
export async function insertRequest(db: Executor, f: RequestFixture): Promise<string> {
  const channel = f.channel ?? 'in_person';
  const isOrg = f.applicantType !== 'natural_person';
  const [row] = await db
    .insert(disclosureRequests)
    .values({
      districtId: f.districtId,
      orgUnitId: f.orgUnitId,
      trackingCode: trackingCode(),
      channel,
      mailKind: channel === 'letter' ? (f.mailKind ?? 'registered') : null,
      arrivedOn: f.receivedOn,
      receivedOn: f.receivedOn,
      applicantType: f.applicantType,
      applicantName: f.applicantName ?? (isOrg ? '联系人' : '王小明'),
      applicantPhone: '13800000000',
      orgName: isOrg ? `测试单位${trackingCode().slice(0, 4)}` : null,
      informationDescription: '测试申请内容',
      deliveryMethod: 'email',
      status: f.concludedOn ? 'concluded' : 'registered',
      outcome: f.outcome ?? null,
      concludedOn: f.concludedOn ?? null,
    })
    .returning({ id: disclosureRequests.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}
