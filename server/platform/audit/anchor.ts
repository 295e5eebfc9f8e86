import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../db/client.js';
import { GENESIS_HASH } from './hash.js';

/**
 * The audit chain's anchor outside the database (issue #11 item 7, decision 0021): a key that signs every
 * event with HMAC-SM3, so an event cannot be rewritten and the SM3 chain recomputed without it, and a signed
 * file naming the chain's head, so the last events cannot be deleted unseen. Both live in DATA_DIR (or the
 * key in AUDIT_KEY): whoever can change the database alone cannot forge either.
 */
export interface AuditAnchor {
  key: Buffer;
  /** DATA_DIR/audit-anchor.json */
  file: string;
}

/** What the anchor file says: events from `keyFrom` on are signed; the chain reached `seq` with `hash`. */
export interface AnchorState {
  keyFrom: number;
  seq: number;
  hash: string;
}

export type AnchorReading = { ok: true; state: AnchorState } | { ok: false; problem: string };

// One chain per install: appends and anchor moves are serialized on this transaction-scoped advisory lock.
export const AUDIT_CHAIN_LOCK = 71_042_021;
const KEY_FILE = 'audit-key';
const ANCHOR_FILE = 'audit-anchor.json';

const bound = new WeakMap<Executor, AuditAnchor>();

/** The anchor bound to this database handle at boot (none in tests that do not open one). */
export function auditAnchorOf(db: Executor): AuditAnchor | undefined {
  return bound.get(db);
}

function hmacSm3(key: Buffer, text: string): string {
  return createHmac('sm3', key).update(text, 'utf8').digest('hex');
}

/** The keyed signature of one event: over its SM3 hash, which already covers its content and predecessor. */
export function signEvent(anchor: AuditAnchor, hash: string): string {
  return hmacSm3(anchor.key, hash);
}

const stateMac = (anchor: AuditAnchor, s: AnchorState) =>
  hmacSm3(anchor.key, `fazhi-audit-anchor\n${s.keyFrom}\n${s.seq}\n${s.hash}`);

/** The install's audit key: AUDIT_KEY, else DATA_DIR/audit-key, generated once (mode 600). */
function loadKey(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, KEY_FILE);
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

/** Reads and checks the anchor file; a missing, unreadable or wrongly signed file is a problem to report. */
export function readAnchor(anchor: AuditAnchor): AnchorReading {
  if (!existsSync(anchor.file))
    return { ok: false, problem: `审计链锚点文件 ${anchor.file} 缺失：请从备份恢复（与 audit-key 一起）` };
  try {
    const saved = JSON.parse(readFileSync(anchor.file, 'utf8')) as AnchorState & { mac: string };
    const state = { keyFrom: saved.keyFrom, seq: saved.seq, hash: saved.hash };
    if (saved.mac === stateMac(anchor, state)) return { ok: true, state };
  } catch {
    // unreadable: reported below like a wrong signature
  }
  return {
    ok: false,
    problem: `审计链锚点文件 ${anchor.file} 的签名与审计密钥不符：锚点被伪造，或 AUDIT_KEY / audit-key 已更换`,
  };
}

/** Replaces the anchor file in one rename, so a crash leaves the old or the new one, never half. */
function writeAnchor(anchor: AuditAnchor, state: AnchorState): void {
  const temporary = `${anchor.file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ ...state, mac: stateMac(anchor, state) }), { mode: 0o600 });
  renameSync(temporary, anchor.file);
}

/** The chain's last event (seq 0 and the genesis hash when empty). */
export async function chainHead(db: Executor): Promise<{ seq: number; hash: string }> {
  const last = await db.execute<{ seq: number; hash: string }>(
    sql`SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
  );
  return { seq: last.rows[0]?.seq ?? 0, hash: last.rows[0]?.hash ?? GENESIS_HASH };
}

async function hasSignedEvents(db: Executor): Promise<boolean> {
  const found = await db.execute(sql`SELECT 1 FROM audit_events WHERE mac IS NOT NULL LIMIT 1`);
  return found.rows.length > 0;
}

/**
 * Binds the install's anchor to this database handle (server and CLI boot). On an install without one, the
 * key starts at the next seq and the file pins today's head, so older events keep verifying by the SM3 chain
 * and cannot be rewritten either. A missing file on a chain that already has signed events is not recreated:
 * `verify` reports it.
 */
export async function openAuditAnchor(
  db: Db,
  config: { dataDir: string; key?: string },
): Promise<AuditAnchor> {
  const anchor = { key: loadKey(config.dataDir, config.key), file: path.join(config.dataDir, ANCHOR_FILE) };
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    if (existsSync(anchor.file)) return;
    if (await hasSignedEvents(tx)) return;
    const head = await chainHead(tx);
    writeAnchor(anchor, { keyFrom: head.seq + 1, seq: head.seq, hash: head.hash });
  });
  bound.set(db, anchor);
  return anchor;
}

/**
 * Moves the anchored head to the chain's committed end, under the chain lock. Never backwards, and never
 * past an anchored event that changed: the file then stays as evidence for `verify`.
 */
export async function advanceAnchor(tx: Tx, anchor: AuditAnchor, head: { seq: number; hash: string }) {
  const reading = readAnchor(anchor);
  if (!reading.ok || head.seq <= reading.state.seq) return;
  const { state } = reading;
  if (state.seq > 0) {
    const at = await tx.execute<{ hash: string }>(
      sql`SELECT hash FROM audit_events WHERE seq = ${state.seq}`,
    );
    if (at.rows[0]?.hash !== state.hash) return;
  }
  writeAnchor(anchor, { keyFrom: state.keyFrom, seq: head.seq, hash: head.hash });
}

/**
 * Anchors the chain's committed end now. Each append anchors the end it found (so the file lags one
 * transaction); the server calls this every minute and at shutdown, the CLI after each command.
 */
export async function anchorAuditHead(db: Db): Promise<void> {
  const anchor = bound.get(db);
  if (!anchor) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const head = await chainHead(tx);
    await advanceAnchor(tx, anchor, head);
  });
}
