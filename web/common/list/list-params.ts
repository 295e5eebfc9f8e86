/** A filter change: a key set to undefined or '' leaves the URL (or the local state). */
export type FilterChange = Record<string, string | number | undefined>;

/** The filters of a list, read from search params; a missing key is undefined. */
export function readFilters<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
): Record<K, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<
    K,
    string | undefined
  >;
}

/**
 * Applies a change to the params. A change that does not name the page sends the list back to page 1,
 * since the old page may not exist under the new filters.
 */
export function mergeFilterParams(params: URLSearchParams, next: FilterChange): URLSearchParams {
  const merged = new URLSearchParams(params);
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined || v === '') merged.delete(k);
    else merged.set(k, String(v));
  }
  if (!('page' in next)) merged.delete('page');
  return merged;
}

/** The page and page size held in the params (1 and 20 when absent). */
export function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  return { page: Number(params.get('page') ?? 1), pageSize: Number(params.get('pageSize') ?? 20) };
}
