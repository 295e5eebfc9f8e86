/**
 * `npm run bench`: every benchmark with its same-run baseline, a results table against the targets, and
 * bench/results/latest.json. Targets are goals to report against, not pass/fail tests.
 *
 *   npm run bench -- [--only due-dates,xlsx,search,table3,tracking,cold-start,enforcement] [--items N] [--rows N]
 *                    [--cases N] [--seconds N]
 *                    [--seed N] [--quick] [--no-demo]
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchColdStart, COLD_START_STEPS, type ColdStartResult } from './cold-start.js';
import { benchDueDates, type DueDatesBenchResult } from './due-dates.js';
import {
  benchEnforcementCases,
  type EnforcementBenchResult,
  enforcementRows,
  enforcementSteps,
} from './enforcement-cases.js';
import { loadAverage, machineFacts, describeMachine } from './lib/machine.js';
import { progressBar, type Progress } from './lib/progress.js';
import { renderMarkdown, renderTable, type ResultRow } from './lib/report.js';
import { benchPowersSearch, type PowersSearchResult, powersSearchSteps } from './powers-search.js';
import { benchTracking, type TrackingBenchResult } from './disclosure-tracking.js';
import { coldStartRows, dueDateRows, searchRows, table3Rows, trackingRows, xlsxRows } from './lib/rows.js';
import { benchTable3, type Table3BenchResult } from './disclosure-table3.js';
import type { XlsxImportBenchResult } from './xlsx-import.js';
import { installedModules } from '../server/modules/index.js';
import { installModules } from '../server/platform/install-modules.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NAMES = ['due-dates', 'xlsx', 'search', 'table3', 'tracking', 'cold-start', 'enforcement'] as const;
type Name = (typeof NAMES)[number];

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      items: { type: 'string' },
      rows: { type: 'string' },
      cases: { type: 'string' },
      seconds: { type: 'string' },
      seed: { type: 'string', default: '20200630' },
      quick: { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...NAMES];
  const unknown = only.filter((n) => !NAMES.includes(n as Name));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${NAMES.join(', ')}`);
  return {
    only: only as Name[],
    quick,
    items: Number(values.items ?? (quick ? 10_000 : 100_000)),
    rows: Number(values.rows ?? (quick ? 10_000 : 100_000)),
    cases: Number(values.cases ?? (quick ? 100_000 : 1_000_000)),
    seconds: Number(values.seconds ?? (quick ? 3 : 15)),
    dueDates: quick ? 50_000 : 200_000,
    requests: quick ? 100_000 : 1_000_000,
    seed: Number(values.seed),
    withDemo: !values['no-demo'],
  };
}

type Options = ReturnType<typeof options>;

/**
 * The xlsx import runs in its own process so that its peak RSS is the import's, not this process's
 * (which by then holds the other benchmarks' heaps and pools).
 */
async function xlsxInChild(rows: number, progress: Progress): Promise<XlsxImportBenchResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', path.join(HERE, 'xlsx-import.ts'), String(rows)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const started = Date.now();
  const timer = setInterval(() => {
    progress.set(
      Math.min(99, (Date.now() - started) / 1000),
      `importing ${rows} rows, ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }, 1000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`xlsx-import exited with code ${code}`);
  return JSON.parse(out.slice(out.indexOf('{'))) as XlsxImportBenchResult;
}

interface Outcome {
  rows: ResultRow[];
  raw:
    | DueDatesBenchResult
    | XlsxImportBenchResult
    | PowersSearchResult
    | Table3BenchResult
    | TrackingBenchResult
    | ColdStartResult
    | EnforcementBenchResult;
  loadBefore: number[];
}

async function runOne(name: Name, opts: Options): Promise<Outcome> {
  const loadBefore = loadAverage();
  switch (name) {
    case 'due-dates': {
      const bar = progressBar('due dates', 1);
      const raw = await benchDueDates({ n: opts.dueDates });
      bar.tick(`${opts.dueDates} due dates`);
      bar.stop();
      return { rows: dueDateRows(raw), raw, loadBefore };
    }
    case 'xlsx': {
      const bar = progressBar('xlsx import', 100);
      const raw = await xlsxInChild(opts.rows, bar);
      bar.set(100, 'done');
      bar.stop();
      return { rows: xlsxRows(raw), raw, loadBefore };
    }
    case 'search': {
      const bar = progressBar('powers search', powersSearchSteps(opts));
      const raw = await benchPowersSearch({
        items: opts.items,
        seed: opts.seed,
        seconds: opts.seconds,
        connections: 50,
        progress: bar,
      });
      bar.stop();
      return { rows: searchRows(raw), raw, loadBefore };
    }
    case 'table3': {
      const bar = progressBar('table 三', 100);
      const raw = await benchTable3({ requests: opts.requests, districts: 100, progress: bar });
      bar.stop();
      return { rows: table3Rows(raw), raw, loadBefore };
    }
    case 'tracking': {
      const bar = progressBar('portal status page', 8);
      const raw = await benchTracking({
        requests: opts.quick ? 20_000 : 200_000,
        connections: 200,
        seconds: opts.seconds,
        progress: bar,
      });
      bar.stop();
      return { rows: trackingRows(raw), raw, loadBefore };
    }
    case 'cold-start': {
      const bar = progressBar('cold start', opts.withDemo ? COLD_START_STEPS : COLD_START_STEPS - 1);
      const raw = await benchColdStart({ withDemo: opts.withDemo, progress: bar });
      bar.stop();
      return { rows: coldStartRows(raw), raw, loadBefore };
    }
    case 'enforcement': {
      const bar = progressBar('enforcement', enforcementSteps(opts));
      const raw = await benchEnforcementCases({
        cases: opts.cases,
        seconds: opts.seconds,
        connections: 50,
        progress: bar,
      });
      bar.stop();
      return { rows: enforcementRows(raw), raw, loadBefore };
    }
  }
}

async function main(): Promise<void> {
  installModules(installedModules); // the benches write through the services, as the server does
  const opts = options();
  const startedAt = new Date().toISOString();
  const machine = await machineFacts();
  console.log(`Fazhi benchmarks${opts.quick ? ' (quick)' : ''}\n${describeMachine(machine)}\n`);
  const results: Record<string, Outcome | { error: string; loadBefore: number[] }> = {};
  const rows: ResultRow[] = [];
  for (const name of opts.only) {
    try {
      const outcome = await runOne(name, opts);
      results[name] = outcome;
      rows.push(...outcome.rows);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`\n${name} failed: ${message}`);
      results[name] = { error: message, loadBefore: loadAverage() };
      rows.push({
        benchmark: name,
        metric: 'error',
        result: message.split('\n')[0] ?? '',
        target: '',
        baseline: '',
        ratio: '',
        verdict: 'missed',
      });
    }
  }
  const loadAfter = loadAverage();
  console.log(`\n${renderTable(rows)}\n`);
  console.log(`Load average at the end: ${loadAfter.join(' / ')} on ${machine.cores} cores.`);
  const dir = path.join(HERE, 'results');
  await mkdir(dir, { recursive: true });
  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    loadAfter,
    options: opts,
    rows,
    results,
  };
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(dir, 'latest.md'), `${renderMarkdown(rows)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, 'latest.json'))} (and latest.md).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
