import { useCallback, useEffect, useRef, useState } from 'react';
import { queryHistory, type HistoryFilter } from '@/lib/storage/history';
import type { StoredMoment, TruthSerumDB } from '@/lib/storage/db';

export const PAGE_SIZE = 100;

export interface HistoryPages {
  /** undefined until the first count is in. */
  total: number | undefined;
  row(index: number): StoredMoment | undefined;
  /** Asks for the rows in [start, end]; pages already loaded or loading are not asked again. */
  ensure(start: number, end: number): void;
  /** Bumped on every loaded page, so a consumer re-renders. */
  version: number;
  error: string | null;
}

/** Loads the filtered history a page at a time, as the list scrolls. A new filter starts over. */
export function useHistoryPages(db: TruthSerumDB, filter: HistoryFilter, refresh = 0): HistoryPages {
  const key = JSON.stringify(filter);
  const pages = useRef(new Map<number, StoredMoment[] | 'loading'>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (page: number, gen: number) => {
      pages.current.set(page, 'loading');
      queryHistory(db, { ...filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (result) => {
          if (gen !== generation.current) return;
          pages.current.set(page, result.moments);
          setTotal(result.total);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          pages.current.delete(page);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, key],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    setError(null);
    load(0, generation.current);
  }, [load, refresh]);

  const ensure = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(Math.max(0, start) / PAGE_SIZE); p <= Math.floor(Math.max(0, end) / PAGE_SIZE); p++) {
        if (!pages.current.has(p)) load(p, generation.current);
      }
    },
    [load],
  );

  const row = useCallback((index: number) => {
    const page = pages.current.get(Math.floor(index / PAGE_SIZE));
    return page && page !== 'loading' ? page[index % PAGE_SIZE] : undefined;
  }, []);

  return { total, row, ensure, version, error };
}
