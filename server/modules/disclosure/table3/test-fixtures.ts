/**
 * Hand-made request records for the table 三 and metric tests, inserted directly (no procedure): each
 * says only what table 三 reads — unit, applicant type, receipt, conclusion and outcome.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
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
  extensionApprovedOn?: string;
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
      extensionApprovedOn: f.extensionApprovedOn ?? null,
    })
    .returning({ id: disclosureRequests.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}

/** A reply clock as the clock service would have stored it (events, last due date), for timing metrics. */
export async function insertReplyClock(
  db: Executor,
  request: { id: string; orgUnitId: string; districtId: string },
  clock: { events: { type: string; on: string }[]; dueOn: string | null },
): Promise<void> {
  const first = clock.events[0]?.on ?? '2020-01-01';
  const last = clock.events.at(-1);
  await db.execute(sql`INSERT INTO clocks (clock_key, subject_type, subject_id, title, org_unit_id, district_id,
      status, started_on, due_on, explanation, events, stopped_on)
    VALUES ('disclosure.reply', 'disclosure_request', ${request.id}, '测试答复期限', ${request.orgUnitId},
      ${request.districtId}, ${last?.type === 'stop' ? 'stopped' : 'running'}, ${first}, ${clock.dueOn}, '测试',
      ${JSON.stringify(clock.events)}::jsonb, ${last?.type === 'stop' ? last.on : null})`);
}
