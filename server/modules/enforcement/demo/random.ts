export type Rand = () => number;

/** A whole number in [lo, hi]. */
export const intIn = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** One of the values, with the given weights. */
export function weighted<T>(rand: Rand, entries: readonly (readonly [T, number])[]): T {
  let r = rand() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** `n` distinct elements (or all of them), in a shuffled order. */
export function sample<T>(rand: Rand, list: readonly T[], n: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.slice(0, Math.min(n, out.length));
}

/** A money amount in [lo, hi], rounded to a plausible step (100 yuan, or 1,000 above 20,000). */
export function amountIn(rand: Rand, lo: number, hi: number): number {
  const step = lo >= 20_000 ? 1000 : 100;
  const n = Math.floor(lo / step) + Math.floor(rand() * (Math.floor(hi / step) - Math.floor(lo / step) + 1));
  return Math.min(hi, Math.max(lo, n * step));
}
