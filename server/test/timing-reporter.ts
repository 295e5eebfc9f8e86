import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** What one test file cost in one project: loading it (imports, setup files) and running it (hooks + tests). */
export interface FileTime {
  project: string;
  file: string;
  loadMs: number;
  runMs: number;
}

const SHOWN = 12;

function timeOf(module: TestModule): FileTime {
  const d = module.diagnostic();
  return {
    project: module.project.name,
    file: module.relativeModuleId,
    loadMs: Math.round(d.prepareDuration + d.collectDuration + d.setupDuration),
    runMs: Math.round(d.duration),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Where the test time goes, per project and per file (`FAZHI_TEST_TIMES=1 npm test`; CI turns it on). The sums
 * are worker time, not wall time: files run side by side. A path instead of `1` also writes the list as JSON,
 * so a CI run can be compared with an earlier one (decision 0035).
 */
export default class TimingReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const times = modules.map(timeOf).sort((a, b) => b.loadMs + b.runMs - (a.loadMs + a.runMs));
    const projects = [...new Set(times.map((t) => t.project))].sort();
    const lines = ['', 'Test time by project (worker time: files run side by side):'];
    for (const project of projects) {
      const mine = times.filter((t) => t.project === project);
      const load = mine.reduce((sum, t) => sum + t.loadMs, 0);
      const run = mine.reduce((sum, t) => sum + t.runMs, 0);
      lines.push(
        `  ${project}: ${mine.length} files, ${seconds(load + run)} (load ${seconds(load)}, run ${seconds(run)})`,
      );
    }
    lines.push(`Slowest ${SHOWN} files:`);
    for (const t of times.slice(0, SHOWN)) {
      lines.push(`  ${seconds(t.loadMs + t.runMs).padStart(8)}  ${t.project.padEnd(12)} ${t.file}`);
    }
    console.log(lines.join('\n'));
    const target = process.env.FAZHI_TEST_TIMES;
    if (target && target !== '1') writeFileSync(target, `${JSON.stringify(times, null, 2)}\n`);
  }
}
