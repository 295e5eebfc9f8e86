import type { Duration, DurationUnit, IsoDate } from '../../../common/calendar/index.js';
import type { Text } from '../../../common/text/localized.js';

/**
 * Extensions beyond the fixed ones whose length the approver sets (e.g. 处罚法 第六十条 with SAMR 程序规定
 * 第六十四条: after the head's +30 days, 集体讨论决定 sets a further reasonable period, no fixed cap). Each one
 * carries its length and the day it was decided on its `extend` event.
 */
export interface FurtherExtension {
  /** Permission the approving actor must hold. */
  permission: string;
  setBy: 'approver';
  /** Who sets the period, for the explanation: 负责人集体讨论决定 (zh-CN, or both languages). */
  label: Text;
}

/** An extension the law allows (延期): how much, how many times, and who approves it. */
export interface ClockExtension {
  amount: number;
  unit: DurationUnit;
  times: number;
  /** Permission the approving actor must hold, e.g. disclosure.approve_extension. */
  permission: string;
  /** After the `times` fixed extensions, any number of further ones of a length the approver sets. */
  further?: FurtherExtension;
}

/** A statutory clock declared as data: the procedure says when it starts, this says how long it runs. */
export interface ClockDef {
  key: string;
  /** e.g. 依申请公开答复期限; zh-CN, or both languages (`tx(zh, en)`) so English readers get theirs. */
  label: Text;
  length: Duration;
  /** Quoted in every explanation, e.g. 《政府信息公开条例》第三十三条. */
  basis: string;
  /** What happened on the start day, for the explanation: "自2024-09-27收到申请次日起" (zh-CN or both). */
  startPhrase?: Text;
  extension?: ClockExtension;
  /** May the clock be paused (补正, 征求第三方意见…)? The time paused is not counted. */
  pausable?: boolean;
  /**
   * On resume: continue with the units left (default), or count the full length again from the resume day
   * (e.g. 政府信息公开条例 第三十条: the reply period runs from receipt of the corrected application).
   */
  resumeMode?: 'remaining' | 'restart';
  /**
   * A window for an act the organ may choose not to take (告知补正): when it passes unused it closes
   * (the daily sweep stops it on its due day) instead of going overdue — leaving it unused is no breach.
   */
  lapses?: boolean;
}

export type ClockEventType = 'start' | 'pause' | 'resume' | 'extend' | 'stop';

/** One thing that happened to a clock; the stored events replay to the current due date. */
export interface ClockEvent {
  type: ClockEventType;
  on: IsoDate;
  reason?: string;
  /** User id of whoever caused it. */
  by?: string;
  /** A further extension (ClockExtension.further): the period the approver set. */
  length?: Duration;
  /** A further extension: the day the approving body decided it (e.g. the collective discussion). */
  decidedOn?: IsoDate;
}

const registry = new Map<string, ClockDef>();

function assertDuration(what: string, d: { amount: number }): void {
  if (!Number.isInteger(d.amount) || d.amount < 1)
    throw new Error(`${what}: amount must be a whole number ≥ 1`);
}

/** Declares a statutory clock (listed in its module's manifest, so a calendar change can replay it). */
export function defineClock(def: ClockDef): ClockDef {
  if (!/^[a-z_]+(\.[a-z0-9_]+)+$/.test(def.key)) throw new Error(`Clock key ${def.key}: use <module>.<name>`);
  assertDuration(`Clock ${def.key} length`, def.length);
  if (def.extension) {
    assertDuration(`Clock ${def.key} extension`, def.extension);
    if (!Number.isInteger(def.extension.times) || def.extension.times < 1) {
      throw new Error(`Clock ${def.key}: extension.times must be ≥ 1`);
    }
  }
  return Object.freeze({ ...def });
}

/** Registers a declared clock (kernel boot only); two clocks under one key stop the boot. */
export function registerClock(def: ClockDef): void {
  const existing = registry.get(def.key);
  if (existing && existing !== def) throw new Error(`Clock ${def.key} is declared twice`);
  registry.set(def.key, def);
}

/** The clock declared under this key, if its module is loaded. */
export function getClockDef(key: string): ClockDef | undefined {
  return registry.get(key);
}

export function listClockDefs(): ClockDef[] {
  return [...registry.values()];
}
