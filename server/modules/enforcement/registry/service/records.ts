/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The fields of `input` that were given (undefined = leave as it is). */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Only the keys whose value changes, as `before`/`after` for the audit event. */
export function changesOf<T extends object>(
  current: T,
  patch: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const [key, value] of Object.entries(patch) as [keyof T, T[keyof T]][]) {
    if (JSON.stringify(current[key]) === JSON.stringify(value)) continue;
    before[key] = current[key];
    after[key] = value;
  }
  return { before, after };
}
