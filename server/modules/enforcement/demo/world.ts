import { randomUUID } from 'node:crypto';
import type { IsoDate, WorkCalendar } from '../../../../common/calendar/index.js';
import { type AuditInput, recordAudits } from '../../../platform/audit/index.js';
import { type Actor, type Ctx, makeCtx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { OrgUnit } from '../../../platform/org/index.js';
import type { DemoBody } from './data.js';

/** A power-list item the demo lets a body exercise. */
export interface DemoPower {
  id: string;
  code: string;
  name: string;
}

export type PowerKind = 'penalty' | 'licensing' | 'coercion' | 'inspection';

/** One of the 23 confirmed bodies with its demo settings and the powers it holds, by category. */
export interface DemoBodyUnit {
  unit: OrgUnit;
  data: DemoBody;
  powers: Record<PowerKind, DemoPower[]>;
}

export interface DemoOfficer {
  id: string;
  orgUnitId: string;
  name: string;
  issuedOn: IsoDate;
  /** The certificate's validity as it stood in 2020 (what the 2020 cases were planned against). */
  validUntil: IsoDate;
  /** Its validity on the day the demo loads, after the renewals since (年审换证). */
  currentValidUntil: IsoDate;
  isActive: boolean;
  isReviewer: boolean;
}

/** May this officer be named on a case or an inspection of this day (持证上岗, 处罚法 第四十二条)? */
export const mayHandle = (o: DemoOfficer, on: IsoDate) =>
  o.isActive && !o.isReviewer && o.issuedOn <= on && on <= o.validUntil;

/** May this officer be named on a case or an inspection of this day of the current year? */
export const mayHandleNow = (o: DemoOfficer, on: IsoDate) =>
  o.isActive && !o.isReviewer && o.issuedOn <= on && on <= o.currentValidUntil;

/** The people the demo acts as: the coordinator keeps the registers, the reviewer reviews, a body its cases. */
export interface DemoActors {
  coordinator: Actor;
  reviewer: Actor;
  /** The body's own officer account when the demo org has one (区市场监管局), else the coordinator. */
  handlerOf(orgUnitId: string): Actor;
}

export interface DemoContext {
  db: Db;
  cal: WorkCalendar;
  districtId: string;
  actors: DemoActors;
  audits: AuditSink;
  /** The day the demo loads (the ctx's clock), or the last day of the calendar when that year is not loaded. */
  today: IsoDate;
}

/** A context acting as `actor` on `day` at 10:00 China time. */
export const ctxOn = (db: Db, actor: Actor, day: IsoDate): Ctx =>
  makeCtx(db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

/**
 * Collects the demo's audit events and appends them in day order, one batch per (day, actor), so the audit
 * chain reads like the year it records and thousands of events cost a few hundred statements.
 */
export class AuditSink {
  private readonly events: { day: IsoDate; actor: Actor; input: AuditInput; n: number }[] = [];

  add(day: IsoDate, actor: Actor, input: AuditInput): void {
    this.events.push({ day, actor, input, n: this.events.length });
  }

  get size(): number {
    return this.events.length;
  }

  async flush(tx: Tx, db: Db): Promise<void> {
    // Day order; within a day, one batch per actor (the events of one actor keep their order).
    const ordered = [...this.events].sort(
      (a, b) => a.day.localeCompare(b.day) || a.actor.userId.localeCompare(b.actor.userId) || a.n - b.n,
    );
    this.events.length = 0;
    let start = 0;
    while (start < ordered.length) {
      const { day, actor } = ordered[start]!;
      let end = start + 1;
      while (end < ordered.length && ordered[end]!.day === day && ordered[end]!.actor.userId === actor.userId)
        end += 1;
      await recordAudits(
        tx,
        ctxOn(db, actor, day),
        ordered.slice(start, end).map((e) => e.input),
      );
      start = end;
    }
  }
}

/** Inserts rows in chunks (PostgreSQL allows 65,535 parameters per statement). */
export async function insertChunked<T>(
  rows: readonly T[],
  size: number,
  write: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
