import { randomUUID } from 'node:crypto';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../../common/calendar/index.js';
import type { BenchmarkRange } from '../../../../common/contracts/enforcement/dictionaries.js';
import type { AuditAction } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import {
  enforcementBenchmarks,
  enforcementBodies,
  enforcementFeeCollections,
  enforcementFeeItems,
  enforcementMajorCatalogue,
  enforcementOfficers,
  enforcementSettings,
} from '../registry/schema.js';
import { enforcementDemoData } from './data.js';
import { personIdNumber, personName, phoneNumber } from './parties.js';
import { intIn, pick, type Rand, sample } from './random.js';
import type { DemoBodyUnit, DemoContext, DemoOfficer, DemoPower } from './world.js';

const CERTIFICATE_ISSUER = '辽宁省人民政府';
const REGISTERED_ON = '2020-03-25';
const CATALOGUED_ON = '2020-04-10';
const BENCHMARKED_ON = '2020-04-15';
const FEES_PUBLISHED_ON = '2020-04-30';

/** What the case and inspection generators need from the registers. */
export interface DemoRegistry {
  officers: Map<string, DemoOfficer[]>;
  /** Power id → its benchmark (id and bands), for the bodies that have benchmarks. */
  benchmarks: Map<string, { id: string; ranges: BenchmarkRange[]; penaltyBasis: string }>;
  /** Penalty power ids listed in a body's 重大执法决定法制审核目录. */
  catalogue: Set<string>;
}

/** The violation a penalty item punishes: "对X的行政处罚" → "X". */
export const violationOf = (power: DemoPower) => power.name.replace(/^对/, '').replace(/的行政处罚$/, '');

/**
 * The registers behind the cases: the 23 bodies confirmed on 2020-03-20, their certified officers, the
 * district settings (defaults), the major-decision catalogues, discretion benchmarks and the fee catalogue.
 */
export async function writeRegistry(
  tx: Tx,
  d: DemoContext,
  bodies: DemoBodyUnit[],
  rand: Rand,
): Promise<DemoRegistry> {
  await writeBodies(tx, d, bodies);
  await tx
    .insert(enforcementSettings)
    .values({ districtId: d.districtId, updatedBy: d.actors.coordinator.userId });
  d.audits.add(enforcementDemoData().decision.confirmedOn, d.actors.coordinator, {
    action: 'enforcement.settings.updated',
    subjectType: 'enforcement_settings',
    subjectId: d.districtId,
    districtId: d.districtId,
    data: { defaults: true },
  });
  const officers = new Map<string, DemoOfficer[]>();
  let serial = 0;
  for (const body of bodies) {
    const list = planOfficers(body, rand, () => ++serial, d.today);
    officers.set(
      body.unit.id,
      list.map((o) => o.officer),
    );
    await tx.insert(enforcementOfficers).values(list.map((o) => o.row));
    for (const o of list)
      audit(d, REGISTERED_ON, 'enforcement.officer.created', 'enforcement_officer', o.officer.id, body, {
        name: o.officer.name,
        certificateNumber: o.row.certificateNumber,
      });
  }
  const catalogue = await writeCatalogue(tx, d, bodies, rand);
  const benchmarks = await writeBenchmarks(tx, d, bodies, catalogue, rand);
  await writeFees(tx, d, bodies);
  return { officers, benchmarks, catalogue };
}

function audit(
  d: DemoContext,
  day: IsoDate,
  action: AuditAction,
  subjectType: string,
  subjectId: string,
  body: DemoBodyUnit,
  after: unknown,
) {
  d.audits.add(day, d.actors.coordinator, {
    action,
    subjectType,
    subjectId,
    orgUnitId: body.unit.id,
    districtId: d.districtId,
    after,
  });
}

async function writeBodies(tx: Tx, d: DemoContext, bodies: DemoBodyUnit[]) {
  const { document, confirmedOn } = enforcementDemoData().decision;
  const rows = bodies.map((b) => ({
    id: randomUUID(),
    districtId: d.districtId,
    orgUnitId: b.unit.id,
    authorityKind: b.data.authority,
    legalBasis: `${b.data.basis.map((l) => `《${l}》`).join('')}等法律、法规、规章`,
    scope: `依法在${b.data.field}领域行使行政处罚、行政强制、行政检查等行政执法职权（以本单位权责清单为准）`,
    confirmedOn,
    confirmationDocument: document,
    createdBy: d.actors.coordinator.userId,
  }));
  await tx.insert(enforcementBodies).values(rows);
  rows.forEach((r, i) => {
    audit(d, confirmedOn, 'enforcement.body.confirmed', 'enforcement_body', r.id, bodies[i]!, {
      authorityKind: r.authorityKind,
      confirmationDocument: document,
    });
  });
}

const addYears = (day: IsoDate, n: number): IsoDate => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;
const dayBefore = (day: IsoDate): IsoDate => {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

const daysFrom = (day: IsoDate, n: number): IsoDate => fromDayNumber(toDayNumber(day) + n);

/**
 * Where a certificate stands on the day the demo loads: renewed under the same number (年审换证) and valid for
 * one to four more years; the 2016-Q1 certificates of the large bodies (expiring 2021-Q1 in the 2020 view) expire within
 * the 30-day reminder window; the two that lapsed on 2020-06-30 were
 * renewed too and lapsed again a few days ago, awaiting their next renewal (decision 0025).
 */
function currentValidity(today: IsoDate, serial: number, kind: 'renewed' | 'expiring' | 'lapsed'): IsoDate {
  if (kind === 'lapsed') return daysFrom(today, -(3 + (serial % 8)));
  if (kind === 'expiring') return daysFrom(today, 4 + (serial % 25));
  return `${Number(today.slice(0, 4)) + 1 + (serial % 4)}-12-31`;
}

/**
 * Officers of one body: the first holds 法律职业资格 and reviews; certificates run to the end of the tenth year. The
 * first officer of each of the eight largest bodies was certified in 2016-Q1 (expiring 2021-Q1, so reminders
 * show them); the market and urban bodies each have one certificate that lapsed on 2020-06-30 and one new
 * officer certified in July 2020. The rows carry the validity of today (`currentValidity`).
 */
function planOfficers(body: DemoBodyUnit, rand: Rand, next: () => number, today: IsoDate) {
  const code = body.unit.code.slice(-2);
  const big = body.data.officers >= 9;
  return Array.from({ length: body.data.officers }, (_, i) => {
    let issuedOn: IsoDate = `${intIn(rand, 2016, 2019)}-${String(intIn(rand, 4, 12)).padStart(2, '0')}-${String(intIn(rand, 1, 28)).padStart(2, '0')}`;
    if (big && i === 1)
      issuedOn = `2016-0${intIn(rand, 1, 3)}-${String(intIn(rand, 5, 28)).padStart(2, '0')}`;
    const special = ['22', '25'].includes(code) ? i : -1;
    if (special === 2) issuedOn = '2015-07-01';
    if (special === 3) issuedOn = '2020-07-15';
    // Most certificates were renewed under the same number (年审换证) and run to the end of the tenth year,
    // so the demo works on today's date; the lapsed and expiring ones keep their five years.
    const keepsFiveYears = special === 2 || (big && i === 1);
    const validUntil = keepsFiveYears
      ? dayBefore(addYears(issuedOn, 5))
      : `${Number(issuedOn.slice(0, 4)) + 10}-12-31`;
    const n = next();
    const officer: DemoOfficer = {
      id: randomUUID(),
      orgUnitId: body.unit.id,
      name: personName(rand),
      issuedOn,
      validUntil,
      currentValidUntil: currentValidity(
        today,
        n,
        special === 2 ? 'lapsed' : big && i === 1 ? 'expiring' : 'renewed',
      ),
      isActive: true,
      isReviewer: i === 0,
    };
    return {
      officer,
      row: {
        id: officer.id,
        districtId: body.unit.districtId,
        orgUnitId: body.unit.id,
        name: officer.name,
        idNumber: personIdNumber(rand),
        phone: phoneNumber(rand),
        certificateNumber: `辽执${code}${String(n).padStart(5, '0')}`,
        certificateIssuer: CERTIFICATE_ISSUER,
        certificateIssuedOn: issuedOn,
        certificateValidUntil: officer.currentValidUntil,
        hasLegalQualification: i === 0,
      },
    };
  });
}

async function writeCatalogue(
  tx: Tx,
  d: DemoContext,
  bodies: DemoBodyUnit[],
  rand: Rand,
): Promise<Set<string>> {
  const listed = new Set<string>();
  for (const body of bodies.filter((b) => b.data.catalogue > 0)) {
    const rows = sample(rand, body.powers.penalty, body.data.catalogue).map((p) => {
      listed.add(p.id);
      return {
        id: randomUUID(),
        districtId: d.districtId,
        orgUnitId: body.unit.id,
        powerItemId: p.id,
        description: `${violationOf(p)}，拟作出较大数额罚款、责令停产停业或者吊销许可证件决定的`,
        createdBy: d.actors.coordinator.userId,
      };
    });
    await tx.insert(enforcementMajorCatalogue).values(rows);
    for (const r of rows)
      audit(
        d,
        CATALOGUED_ON,
        'enforcement.major_catalogue.entry_added',
        'enforcement_major_catalogue',
        r.id,
        body,
        { description: r.description },
      );
  }
  return listed;
}

/** Bands by circumstance; `scale` sizes them to the violation (轻微 / 一般 / 严重). */
function bandsOf(scale: number): BenchmarkRange[] {
  return [
    {
      circumstance: 'minor',
      fineMin: 200 * scale,
      fineMax: 2000 * scale,
      description: '初次违法、危害后果轻微并及时改正的',
    },
    {
      circumstance: 'general',
      fineMin: 2000 * scale,
      fineMax: 10_000 * scale,
      description: '违法行为一般，未造成明显危害后果的',
    },
    {
      circumstance: 'serious',
      fineMin: 10_000 * scale,
      fineMax: 50_000 * scale,
      description: '多次违法、造成危害后果或者拒不改正的',
    },
  ];
}

async function writeBenchmarks(
  tx: Tx,
  d: DemoContext,
  bodies: DemoBodyUnit[],
  catalogue: Set<string>,
  rand: Rand,
) {
  const byPower = new Map<string, { id: string; ranges: BenchmarkRange[]; penaltyBasis: string }>();
  for (const body of bodies.filter((b) => b.data.benchmarks > 0)) {
    const powers = sample(
      rand,
      body.powers.penalty.filter((p) => !catalogue.has(p.id)),
      body.data.benchmarks,
    );
    const rows = powers.map((p, i) => {
      const row = {
        id: randomUUID(),
        districtId: d.districtId,
        orgUnitId: body.unit.id,
        powerItemId: p.id,
        code: `${body.unit.code}-BM-${String(i + 1).padStart(2, '0')}`,
        violation: violationOf(p),
        violationBasis: `《${pick(rand, body.data.basis)}》有关规定`,
        penaltyBasis: `《${pick(rand, body.data.basis)}》有关规定`,
        ranges: bandsOf(pick(rand, [0.5, 1, 1, 2])),
        createdBy: d.actors.coordinator.userId,
      };
      byPower.set(p.id, { id: row.id, ranges: row.ranges, penaltyBasis: row.penaltyBasis });
      return row;
    });
    await tx.insert(enforcementBenchmarks).values(rows);
    for (const r of rows)
      audit(d, BENCHMARKED_ON, 'enforcement.benchmark.created', 'enforcement_benchmark', r.id, body, {
        code: r.code,
        violation: r.violation,
      });
  }
  return byPower;
}

async function writeFees(tx: Tx, d: DemoContext, bodies: DemoBodyUnit[]) {
  const byCode = new Map(bodies.map((b) => [b.unit.code, b]));
  for (const fee of enforcementDemoData().fees) {
    const body = byCode.get(fee.body);
    if (!body) throw new Error(`enforcement demo: fee ${fee.code} names ${fee.body}, not a confirmed body`);
    const id = randomUUID();
    await tx.insert(enforcementFeeItems).values({
      id,
      districtId: d.districtId,
      orgUnitId: body.unit.id,
      code: fee.code,
      name: fee.name,
      legalBasis: fee.basis,
      standard: fee.standard,
      publishedOn: FEES_PUBLISHED_ON,
      createdBy: d.actors.coordinator.userId,
    });
    const collectionId = randomUUID();
    await tx.insert(enforcementFeeCollections).values({
      id: collectionId,
      feeItemId: id,
      year: 2020,
      amountYuan: String(fee.collected),
      createdBy: d.actors.coordinator.userId,
    });
    audit(d, FEES_PUBLISHED_ON, 'enforcement.fee.created', 'enforcement_fee_item', id, body, {
      code: fee.code,
      name: fee.name,
    });
    audit(d, '2020-12-31', 'enforcement.fee.collection_recorded', 'enforcement_fee_item', id, body, {
      year: 2020,
      amountYuan: fee.collected,
    });
  }
}
