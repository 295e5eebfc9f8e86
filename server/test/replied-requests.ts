/**
 * The disclosure module's part of a test world for the report engine's tests (platform code may not import a
 * module): a request replied on a day, its reply due on another, as the timing metrics read it.
 */
import type { Executor } from '../platform/db/index.js';
import type { OrgUnit } from '../platform/org/index.js';
import { insertReplyClock, insertRequest } from '../modules/disclosure/table3/test-fixtures.js';

/** A natural person's request to `unit`, granted on `concludedOn`, its reply due on `dueOn`. */
export async function giveRepliedRequest(
  db: Executor,
  unit: OrgUnit,
  dates: { receivedOn: string; concludedOn: string; dueOn: string },
): Promise<void> {
  const where = { orgUnitId: unit.id, districtId: unit.districtId };
  const id = await insertRequest(db, {
    ...where,
    applicantType: 'natural_person',
    channel: 'letter',
    receivedOn: dates.receivedOn,
    concludedOn: dates.concludedOn,
    outcome: 'granted',
  });
  await insertReplyClock(
    db,
    { id, ...where },
    {
      events: [
        { type: 'start', on: dates.receivedOn },
        { type: 'stop', on: dates.concludedOn },
      ],
      dueOn: dates.dueOn,
    },
  );
}
