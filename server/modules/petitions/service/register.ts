import type { PortalPetitionBody, RegisterPetitionBody } from '../../../../common/contracts/petitions.js';
import { maskPersonName, maskPhone } from '../../../../common/privacy/masking.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, isInScope } from '../../../platform/authz/index.js';
import { startClock } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { forbidden, unauthenticated, validationFailed } from '../../../platform/errors.js';
import { defaultDistrictId, getOrgUnit, type OrgUnit } from '../../../platform/org/index.js';
import { petitionClock, petitionProcedure } from '../procedure.js';
import { petitionPeriodsOn, representativesProblem } from '../rules.js';
import { type NewPetitionRow, type PetitionRow, petitions } from '../schema.js';
import { newTrackingCode, nextPetitionNumber, petitionsOffice } from './records.js';

type Intake = Omit<
  NewPetitionRow,
  'districtId' | 'orgUnitId' | 'intakeUnitId' | 'trackingCode' | 'status' | 'law' | 'number'
> & { number?: string | null };

/**
 * Writes a registered petition with its audit event and starts its intake clock, of the 信访 text in force
 * on the day of receipt: the petitions office has 15 days to route it (条例 第二十二条); an organ receiving it
 * directly has 15 days to tell the petitioner (第二十三条第二款).
 */
export async function insertPetition(
  tx: Tx,
  ctx: Ctx,
  intake: OrgUnit,
  values: Intake,
  action: 'petitions.petition.registered' | 'petitions.petition.submitted' | 'petitions.petition.imported',
): Promise<PetitionRow> {
  const law = petitionPeriodsOn(values.receivedOn).law;
  const number =
    values.number?.trim() || (await nextPetitionNumber(tx, intake.districtId, values.receivedOn));
  const [row] = await tx
    .insert(petitions)
    .values({
      ...values,
      number,
      law,
      districtId: intake.districtId,
      orgUnitId: intake.id,
      intakeUnitId: intake.id,
      trackingCode: newTrackingCode(),
      status: 'registered',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const petition = row!;
  await recordAudit(tx, ctx, {
    action,
    subjectType: petitionProcedure.subjectType,
    subjectId: petition.id,
    orgUnitId: petition.orgUnitId,
    districtId: petition.districtId,
    // The audit chain is kept forever: the petitioner goes in masked.
    after: {
      number: petition.number,
      law,
      channel: petition.channel,
      category: petition.category,
      receivedOn: petition.receivedOn,
      petitionerName: maskPersonName(petition.petitionerName),
      petitionerPhone: maskPhone(petition.petitionerPhone),
      subject: petition.subject,
    },
  });
  const office = await petitionsOffice(tx, intake.districtId);
  const def = petitionClock(law, office.id === intake.id ? 'routing' : 'notice');
  if (def)
    await startClock(tx, ctx, {
      def,
      subjectType: petitionProcedure.subjectType,
      subjectId: petition.id,
      title: `信访事项 ${petition.number}`,
      orgUnitId: petition.orgUnitId,
      districtId: petition.districtId,
      handlerUserId: ctx.actor?.userId ?? null,
      startedOn: petition.receivedOn,
    });
  return petition;
}

/** The zh-CN problems of a staff registration beyond its form (dates, group visits), or none. */
export function registrationProblems(input: RegisterPetitionBody, today: string) {
  const problems: { path: string; message: string }[] = [];
  if (input.receivedOn > today) problems.push({ path: 'receivedOn', message: '收到日期不能晚于今天' });
  const reps = representativesProblem(input.channel, input.representatives);
  if (reps) problems.push({ path: 'representatives', message: reps });
  if (input.representatives > 0 && input.peopleCount <= input.representatives)
    problems.push({ path: 'peopleCount', message: '多人走访的人数应多于推选的代表人数' });
  return problems;
}

/** Staff registration at the actor's own unit (the 信访局, a department or a street receiving it directly). */
export async function registerPetition(ctx: Ctx, input: RegisterPetitionBody): Promise<PetitionRow> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  assertCan(actor, 'petitions.register');
  const problems = registrationProblems(input, ctx.today);
  if (problems.length) throw validationFailed(problems);
  return inTransaction(ctx.db, async (tx) => {
    const unit = await getOrgUnit(tx, input.intakeUnitId ?? actor.orgUnitId).catch(() => null);
    if (!unit) throw validationFailed([{ path: 'intakeUnitId', message: '受理机关不存在' }]);
    if (!isInScope(actor, { orgPath: unit.path, districtId: unit.districtId }))
      throw forbidden('只能登记向本单位提出的信访事项');
    return insertPetition(
      tx,
      ctx,
      unit,
      { ...columnsOf(input), createdBy: actor.userId },
      'petitions.petition.registered',
    );
  });
}

function columnsOf(input: RegisterPetitionBody): Intake {
  return {
    number: input.number ?? null,
    channel: input.channel,
    category: input.category,
    receivedOn: input.receivedOn,
    petitionerName: input.petitionerName,
    petitionerPhone: input.petitionerPhone ?? null,
    petitionerAddress: input.petitionerAddress ?? null,
    representatives: input.representatives,
    peopleCount: input.peopleCount,
    subject: input.subject,
    content: input.content,
    keyCase: input.keyCase,
  };
}

/**
 * A petition submitted on the portal (信息网络渠道, 条例 第十七条): received today by the petitions office,
 * which routes it; the answer is the tracking code.
 */
export async function submitOnlinePetition(ctx: Ctx, input: PortalPetitionBody): Promise<PetitionRow> {
  const districtId = await defaultDistrictId(ctx.db);
  return inTransaction(ctx.db, async (tx) => {
    const office = await petitionsOffice(tx, districtId);
    return insertPetition(
      tx,
      ctx,
      office,
      {
        channel: 'online',
        category: input.category,
        receivedOn: ctx.today,
        petitionerName: input.petitionerName,
        petitionerPhone: input.petitionerPhone ?? null,
        petitionerAddress: input.petitionerAddress ?? null,
        representatives: 0,
        peopleCount: 1,
        subject: input.subject,
        content: input.content,
        submittedOnline: true,
      },
      'petitions.petition.submitted',
    );
  });
}
