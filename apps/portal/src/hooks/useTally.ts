import type { Query } from '../api/client';
import type { Page } from '../api/schema';
import { sumMoney } from '../lib/money';
import { useApi } from './useApi';

const TALLY_LIMIT = 200;

export interface Tally {
  count: number;
  /** More than `count` exist: the API has no totals endpoint, so a tally reads one page of 200. */
  more: boolean;
  amount: string;
  loading: boolean;
}

/** Counts a list and adds up one money field of its items (first 200, then "200+"). */
export function useTally<T>(path: string, query: Query, amountOf: (item: T) => string | null | undefined): Tally {
  const { data, loading } = useApi<Page<T>>(path, { ...query, limit: TALLY_LIMIT });
  const items = data?.items ?? [];
  return {
    count: items.length,
    more: Boolean(data?.nextCursor),
    amount: sumMoney(items.map(amountOf)),
    loading,
  };
}
