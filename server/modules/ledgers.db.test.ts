import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerFormat } from '../../common/contracts/kit.js';
import { makeCtx } from '../platform/context.js';
import type { LedgerEntry } from '../platform/ledgers/index.js';
import { ledgersCli } from '../platform/ledgers/index.js';
import { actingUser } from '../platform/org/index.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { WHOLE_DEMO } from '../test/whole-demo.js';
import { installedModules } from './index.js';

/**
 * Every declared ledger, on the whole Yuhong 2020 demo: exported and imported back into the same install, it
 * changes nothing — not a row of any table, not an audit event — and the answer says so row by row.
 */
let t: TestDatabase;
const entries: LedgerEntry[] = installedModules.flatMap((m) => [...(m.ledgers ?? [])]);
const coordinatorCtx = async () =>
  makeCtx(t.db, await actingUser(t.db, { role: 'coordinator' }), randomUUID());

beforeAll(async () => {
  t = await createTestDatabase(WHOLE_DEMO);
}, 600_000);
afterAll(async () => {
  await t?.drop();
});

/** Row count and checksum of every table of the install (module tables, audit chain, clocks, steps). */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await t.db.execute<{ name: string }>(
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%session%'
        ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await t.db.execute<{ n: number; sum: string | null }>(
      sql`SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum
          FROM ${sql.identifier(name)} x`,
    );
    out[name] = `${r.rows[0]?.n}:${r.rows[0]?.sum ?? ''}`;
  }
  return out;
}

async function exported(entry: LedgerEntry, format: LedgerFormat): Promise<{ file: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const rows = await entry.writeExport(await coordinatorCtx(), { format }, out);
  return { file: Buffer.concat(chunks), rows };
}

/** A refused import fails the test with its first bad rows (the reason is the point of the test). */
function listRows(error: { rows?: unknown[] }): never {
  throw new Error(`import refused: ${JSON.stringify(error.rows?.slice(0, 5))}`);
}

describe('a ledger exported and imported back changes nothing', () => {
  it('declares the ledgers of the installed modules', () => {
    expect(entries.map((e) => e.key)).toEqual([
      'powers.items',
      'disclosure.requests',
      'disclosure.proactive_items',
      'enforcement.cases',
      'enforcement.inspections',
      'enforcement.bodies',
      'enforcement.officers',
      'enforcement.benchmarks',
      'enforcement.fees',
      'corrections.tasks',
      'litigation.lawsuits',
      'proposals.items',
      'legal_affairs.matters',
      'legal_affairs.opinions',
      'decisions.catalogue',
      'decisions.decisions',
      'decisions.comments',
      'reconsideration.cases',
      'mediation.points',
      'mediation.committees',
      'mediation.log',
      'mediation.cases',
      'petitions.petitions',
      'normative_docs.docs',
      'coordination.tasks',
      'legal_education.sessions',
      'legal_education.activities',
      'legal_education.duties',
      'assessment.indicators',
    ]);
  });

  for (const entry of entries) {
    it(`${entry.key}（${entry.title}）`, async () => {
      const { file, rows } = await exported(entry, 'xlsx');
      expect(rows).toBeGreaterThan(0);
      const before = await fingerprint();
      const result = await entry.importFile(await coordinatorCtx(), file, 'xlsx').catch(listRows);
      expect(result).toMatchObject({ imported: 0, updated: 0, unchanged: rows });
      expect(result.rows.filter((r) => r.outcome !== 'unchanged')).toEqual([]);
      expect(await fingerprint()).toEqual(before);
    }, 120_000);
  }

  it('reads a CSV export back unchanged as well', async () => {
    const entry = entries.find((e) => e.key === 'disclosure.requests')!;
    const { file, rows } = await exported(entry, 'csv');
    const result = await entry.importFile(await coordinatorCtx(), file, 'csv');
    expect(result).toMatchObject({ imported: 0, updated: 0, unchanged: rows });
  }, 120_000);
});

describe('fazhi import|export <module>.<ledger>', () => {
  it('exports as the named user and imports the file back unchanged (older names still work)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fazhi-cli-'));
    const out = join(dir, 'fees.csv');
    const logs: string[] = [];
    const log = console.log;
    console.log = (line: string) => logs.push(line);
    try {
      const run = async (...args: string[]) => {
        const program = new Command('fazhi').exitOverride();
        ledgersCli(program, { withDb: (work) => work(t.db) }, entries);
        await program.parseAsync(['node', 'fazhi', ...args]);
      };
      await run('export', 'enforcement.fees', '--format', 'csv', '--out', out, '--as', 'sfj_coord');
      await run('import', 'enforcement.fees', out, '--as', 'sfj_coord');
      await run('export', 'powers', '--out', join(dir, 'powers.xlsx'));
    } finally {
      console.log = log;
      await rm(dir, { recursive: true, force: true });
    }
    expect(logs[0]).toMatch(/^已导出涉企收费目录 \d+ 行到 /);
    expect(logs[1]).toMatch(/^已导入涉企收费目录：新增 0 行，更新 0 行，未变 \d+ 行$/);
    expect(logs[2]).toMatch(/^已导出权责清单 \d+ 行到 /);
  }, 120_000);
});
