import { useCallback, useState } from 'react';
import type { Query } from '../api/client';
import type { Page } from '../api/schema';
import { useApi, type Loaded } from './useApi';

export const PAGE_SIZES = [10, 20, 50, 100];

export interface CursorList<T> extends Omit<Loaded<Page<T>>, 'data'> {
  items: T[];
  /** How many items the filters match in all, when the list was asked for it (`withTotal`). */
  total?: number;
  /** The API's `sort` (e.g. "-amount"), when the list sorts; undefined: its default order. */
  sort?: string;
  setSort: (sort: string | undefined) => void;
  pageNumber: number;
  pageSize: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  setPageSize: (size: number) => void;
}

/**
 * A page of a keyset-paginated list (`?limit=&cursor=` → `{items, nextCursor}`): the cursors of the
 * pages already seen are kept so that "previous" works; a change of filters starts again at page 1.
 */
export function useCursorList<T>(path: string | null, filters: Query = {}, initialPageSize = 20): CursorList<T> {
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const [sort, setSort] = useState<string>();
  const listKey = JSON.stringify([path, filters, pageSize, sort]);
  const [seen, setSeen] = useState<{ listKey: string; cursors: (string | undefined)[] }>({
    listKey,
    cursors: [undefined],
  });
  const cursors = seen.listKey === listKey ? seen.cursors : [undefined];
  const setCursors = useCallback(
    (update: (cursors: (string | undefined)[]) => (string | undefined)[]) =>
      setSeen((state) => ({ listKey, cursors: update(state.listKey === listKey ? state.cursors : [undefined]) })),
    [listKey],
  );

  const cursor = cursors[cursors.length - 1];
  const { data, ...state } = useApi<Page<T> & { total?: number }>(path, { ...filters, sort, limit: pageSize, cursor });
  const nextCursor = data?.nextCursor ?? null;

  const next = useCallback(() => {
    if (nextCursor) setCursors((pages) => [...pages, nextCursor]);
  }, [nextCursor, setCursors]);
  const previous = useCallback(
    () => setCursors((pages) => (pages.length > 1 ? pages.slice(0, -1) : pages)),
    [setCursors],
  );

  return {
    ...state,
    items: data?.items ?? [],
    total: data?.total,
    sort,
    setSort,
    pageNumber: cursors.length,
    pageSize,
    hasNext: nextCursor !== null,
    hasPrevious: cursors.length > 1,
    next,
    previous,
    setPageSize: setPageSizeState,
  };
}
