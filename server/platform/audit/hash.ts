import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of one audit event: everything but the hash itself. */
export interface AuditContent {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  districtId: string | null;
  orgUnitId: string | null;
  requestId: string;
  before: unknown;
  after: unknown;
  data: unknown;
  prevHash: string;
}

export function sm3(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** SM3 over the previous hash and the canonical content: editing, deleting or reordering breaks the chain. */
export function hashAuditEvent(content: AuditContent): string {
  return sm3(`${content.prevHash}\n${canonicalJson(content)}`);
}

/** Fails loudly at start if this Node build lacks SM3 (the audit chain depends on it). */
export function assertSm3Available(): void {
  // GB/T 32905-2016 test vector: SM3("abc").
  const expected = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
  if (sm3('abc') !== expected) throw new Error('SM3 self-test failed: node:crypto lacks a working sm3');
}
