import { randomUUID } from 'node:crypto';
import { addWorkingDays } from '../../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import { startClock } from '../../../../platform/clocks/index.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { publicationClocks } from '../../procedure.js';
import { PUBLICATION_WORKING_DAYS } from '../../rules/periods.js';
import { type EnforcementCaseRow, enforcementCases, type NewEnforcementCaseRow } from '../../cases/schema.js';
import type { EnforcementWorld } from '../../test-support.js';
import { CASE_SUBJECT_TYPE } from './records.js';

/** A natural person's identifiers, to search every public JSON for. */
export const PERSON = {
  name: '张三丰',
  idNumber: '210114198507071234',
  phone: '13912345678',
  address: '沈阳市于洪区迎宾路 88 号 3 单元 502',
};

/**
 * A case decided on `decidedOn` with its publication pending, as the 决定 writer leaves it: the due date
 * (7 or 20 WD) on the row and the publication clock running. Inserted directly: no dependency on the
 * case procedure's writers.
 */
export async function insertDecidedCase(
  world: EnforcementWorld,
  overrides: Partial<NewEnforcementCaseRow> & { decidedOn?: string; body?: 'market' | 'housing' } = {},
): Promise<EnforcementCaseRow> {
  const { body = 'market', decidedOn = '2020-06-01', ...rest } = overrides;
  const unit = world[body];
  const kind = (rest.kind ?? 'penalty') as CaseKind;
  const officers = body === 'market' ? world.marketOfficerIds : world.housingOfficerIds;
  const powersOf = body === 'market' ? world.marketPowers : world.housingPowers;
  return inTransaction(world.db, async (tx) => {
    const dueOn = addWorkingDays(await loadCalendar(tx), decidedOn, PUBLICATION_WORKING_DAYS[kind]);
    const suffix = randomUUID().slice(0, 8);
    const [row] = await tx
      .insert(enforcementCases)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        caseNumber: `于${body === 'market' ? '市监' : '住建'}立〔2020〕${suffix}号`,
        kind,
        powerItemId: powersOf[kind === 'penalty' ? 'penalty' : kind],
        cause: '未取得食品经营许可从事食品经营活动',
        partyType: 'natural_person',
        partyName: PERSON.name,
        partyIdNumber: PERSON.idNumber,
        partyPhone: PERSON.phone,
        partyAddress: PERSON.address,
        facts: `经查，${PERSON.name}（身份证号 ${PERSON.idNumber}，电话 ${PERSON.phone}）于其住所经营食品。执法人员王强、李娜现场检查。`,
        openedOn: '2020-05-06',
        handlerOfficerIds: [...officers],
        state: 'decided',
        decidedOn,
        decisionNumber: `于市监罚〔2020〕${suffix}号`,
        outcome: 'fine',
        fineAmount: '3000',
        decisionText: `依据《中华人民共和国食品安全法》第一百二十二条，对${PERSON.name}处罚款 3000 元。`,
        publicationState: 'pending',
        publicationDueOn: dueOn,
        ...rest,
      })
      .returning();
    const ctx = world.as(world.coordinator, decidedOn);
    await startClock(tx, ctx, {
      def: publicationClocks[kind],
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: row!.id,
      title: `执法案件 ${row!.caseNumber}`,
      orgUnitId: unit.id,
      districtId: unit.districtId,
      startedOn: decidedOn,
    });
    return row!;
  });
}
