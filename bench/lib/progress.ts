import cliProgress from 'cli-progress';

/** A progress bar for one benchmark's steps; `tick` advances it and names the current step. */
export interface Progress {
  total(n: number): void;
  tick(step: string, by?: number): void;
  set(value: number, step?: string): void;
  stop(): void;
}

export function progressBar(title: string, total: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${title.padEnd(16)} {bar} {percentage}% | {step}`,
      hideCursor: true,
      clearOnComplete: false,
      barsize: 24,
      // Redraw even when the output is not a terminal (CI logs): otherwise nothing shows until the end.
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  let value = 0;
  return {
    total: (n) => bar.setTotal(n),
    tick(step, by = 1) {
      value += by;
      bar.update(value, { step });
    },
    set(v, step) {
      value = v;
      bar.update(v, step === undefined ? {} : { step });
    },
    stop: () => bar.stop(),
  };
}

/** A progress callback that ignores everything (for library use without a terminal). */
export const silentProgress: Progress = {
  total: () => {},
  tick: () => {},
  set: () => {},
  stop: () => {},
};
