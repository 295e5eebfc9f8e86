import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type FilterChange, mergeFilterParams, readFilters, readPaging } from './list-params.js';

/** A list's filters and paging, and the one way to change them. */
export interface ListFilters<K extends string> {
  filters: Record<K, string | undefined>;
  page: number;
  pageSize: number;
  /** Filters plus paging, as the list endpoint takes them. */
  query: Record<K, string | undefined> & { page: number; pageSize: number };
  set: (next: FilterChange) => void;
  /** Clears every filter (and the page). */
  reset: () => void;
}

/** What a list component needs of its filters (the query stays with the page that fetches). */
export type ListState = Omit<ListFilters<string>, 'query'>;

function build<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
  write: (p: URLSearchParams) => void,
): ListFilters<K> {
  const filters = readFilters(params, keys);
  const paging = readPaging(params);
  const set = (next: FilterChange) => write(mergeFilterParams(params, next));
  return {
    filters,
    ...paging,
    query: { ...filters, ...paging },
    set,
    reset: () => set(Object.fromEntries(keys.map((k) => [k, undefined]))),
  };
}

/** Filters held in the URL, so a filtered list can be bookmarked, shared and survives a reload. */
export function useUrlFilters<K extends string>(keys: readonly K[]): ListFilters<K> {
  const [params, setParams] = useSearchParams();
  return build(params, keys, setParams);
}

/**
 * Filters held in the component: for a list inside a tab or a card, whose keys would clash with
 * the page's own URL (a tab's `q` is not the next tab's `q`).
 */
export function useLocalFilters<K extends string>(keys: readonly K[]): ListFilters<K> {
  const [params, setParams] = useState(() => new URLSearchParams());
  return build(params, keys, setParams);
}
