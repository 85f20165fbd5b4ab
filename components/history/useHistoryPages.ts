import { useCallback, useEffect, useRef, useState } from 'react';
import { liveQuery } from 'dexie';
import { foreground, HistoryAborted, historyHead, historyPageAt, historySince, matchingKeys, momentsByKeys, quickCount, type HistoryFilter } from '@/lib/storage/history';
import type { StoredMoment, TruthSerumDB } from '@/lib/storage/db';

export const PAGE_SIZE = 100;

export interface HistoryPages {
  /** How many moments match; undefined while they are being counted (the first rows are shown meanwhile). */
  total: number | undefined;
  /** How many rows the list can show now: the total once counted, else the rows already read. */
  count: number;
  /** True once the first rows of the current filter are in. */
  ready: boolean;
  row(index: number): StoredMoment | undefined;
  /** Asks for the rows in [start, end]; pages already loaded or loading are not asked again. */
  ensure(start: number, end: number): void;
  /** Bumped on every change, so a consumer re-renders. */
  version: number;
  error: string | null;
}

interface State {
  gen: number;
  filter: HistoryFilter;
  /** The newest rows, read first without counting. */
  head: StoredMoment[];
  headDone: boolean;
  /** Filters one index range answers: count() gave the total, and pages are read by offset (see historyPageAt). */
  counted: number | null;
  /** For counted filters: the newest createdAt at the count; pages leave out what was written after it. */
  upTo: number;
  /** Other filters: every matching key at the time they were read, newest first; null until then. */
  keys: string[] | null;
  /** Moments written since the list opened, newest first, not in `keys`. */
  fresh: StoredMoment[];
  /** Pages of `keys`, by page number. */
  pages: Map<number, (StoredMoment | undefined)[] | 'loading'>;
  /** createdAt of the newest moment the list knows: live updates read from there on. */
  newest: number;
  /** The last rows asked for, reloaded when the data changes. */
  visible: [number, number];
}

const initial = (gen: number, filter: HistoryFilter): State => ({
  gen,
  filter,
  head: [],
  headDone: false,
  counted: null,
  upTo: Infinity,
  keys: null,
  fresh: [],
  pages: new Map(),
  newest: -Infinity,
  visible: [0, 0],
});

/**
 * The filtered history for a virtualised list. A new filter first reads only the newest page (reverse + limit on
 * one index range) and shows it ("counting…"). Then, in the background: when one index range answers the filter, a
 * native count() gives the total and any page is read by offset from the nearer end; otherwise the matching keys are
 * collected (index keys only, see matchingKeys) for the total and for any page. A stale filter's work is dropped
 * (generation check) and its key scan aborted. New moments written while the page is open are put on top, from a
 * live query on the newest key only.
 */
export function useHistoryPages(db: TruthSerumDB, filter: HistoryFilter, refresh = 0): HistoryPages {
  const key = JSON.stringify(filter);
  const state = useRef<State>(initial(0, {}));
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const ensureRef = useRef<(start: number, end: number) => void>(() => undefined);

  const loadPage = useCallback(
    (page: number, s: State) => {
      const rows = s.keys
        ? foreground(() => momentsByKeys(db, s.keys!.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)))
        : s.counted !== null
          ? foreground(() => historyPageAt(db, s.filter, page * PAGE_SIZE, PAGE_SIZE, s.counted!, s.upTo))
          : null;
      if (!rows) return;
      if (!s.pages.has(page)) s.pages.set(page, 'loading');
      rows.then(
        (r) => {
          if (s !== state.current) return;
          s.pages.set(page, r);
          bump();
        },
        (e: unknown) => {
          if (s !== state.current) return;
          s.pages.delete(page);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [db, bump],
  );

  useEffect(() => {
    const f = JSON.parse(key) as HistoryFilter;
    const s = initial(state.current.gen + 1, f);
    state.current = s;
    const abort = new AbortController();
    setError(null);
    bump();
    const fail = (e: unknown) => {
      if (s !== state.current || e instanceof HistoryAborted) return;
      setError(e instanceof Error ? e.message : String(e));
    };
    void (async () => {
      try {
        performance.mark?.('history:query');
        // Every read here is one the rep waits for: the charts hold back meanwhile.
        const head = await foreground(() => historyHead(db, f, PAGE_SIZE));
        if (s !== state.current) return;
        s.head = head;
        s.headDone = true;
        performance.mark?.('history:head');
        if (head[0]) s.newest = Math.max(s.newest, head[0].createdAt);
        bump();
        // The total, and what deep pages need: after the first rows are on screen.
        await new Promise((r) => setTimeout(r, 0));
        if (abort.signal.aborted) return;
        const [counted, top] = await foreground(() => db.transaction('r', db.moments, () => Promise.all([quickCount(db, f), db.moments.orderBy('createdAt').reverse().limit(1).keys()])));
        if (s !== state.current) return;
        if (counted !== null) {
          s.counted = counted;
          s.upTo = typeof top[0] === 'number' ? top[0] : -Infinity;
          // Moments the live query put on top meanwhile are in the count now.
          s.fresh = s.fresh.filter((m) => m.createdAt > s.upTo);
          // The head is the first page unless a moment was written between the two reads.
          if (head.length === Math.min(PAGE_SIZE, counted) && (head[0]?.createdAt ?? -Infinity) === s.upTo) s.pages.set(0, head);
          performance.mark?.('history:total');
          ensureRef.current(...s.visible);
          bump();
          return;
        }
        const { keys } = await foreground(() => matchingKeys(db, f, { signal: abort.signal }));
        if (s !== state.current) return;
        const known = new Set(keys);
        s.fresh = s.fresh.filter((m) => !known.has(m.id));
        s.keys = keys;
        performance.mark?.('history:total');
        if (head.length === Math.min(PAGE_SIZE, keys.length) && head.every((m, i) => m.id === keys[i])) s.pages.set(0, head);
        ensureRef.current(...s.visible);
        bump();
      } catch (e) {
        fail(e);
      }
    })();

    // Live: the newest key only (one index entry). When the moments change, read what is new for this filter from
    // the newest createdAt known on, and reload the rows on screen.
    let first = true;
    const sub = liveQuery(() => db.moments.orderBy('createdAt').reverse().limit(1).keys()).subscribe({
      next: (top) => {
        if (s !== state.current) return;
        const newest = typeof top[0] === 'number' ? top[0] : -Infinity;
        if (first) {
          first = false;
          s.newest = Math.max(s.newest, newest);
          return;
        }
        const since = s.newest;
        void foreground(() => historySince(db, f, since)).then((added) => {
          if (s !== state.current) return;
          const known = new Set([...s.fresh.map((m) => m.id), ...(s.keys ? s.keys.slice(0, PAGE_SIZE) : s.head.map((m) => m.id))]);
          // A counted list holds everything up to upTo (the newest moment when it counted).
          const novel = added.filter((m) => !known.has(m.id) && !(s.counted !== null && m.createdAt <= s.upTo));
          if (novel.length) {
            s.fresh = [...novel, ...s.fresh];
            s.newest = Math.max(s.newest, novel[0]!.createdAt);
          }
          // Everything up to the newest key seen was there when the read started.
          s.newest = Math.max(s.newest, newest);
          // Rows on screen may have changed (used, helpful): reload just those pages.
          if (s.keys || s.counted !== null) {
            const shift = s.fresh.length;
            const [a, b] = s.visible;
            for (let p = Math.floor(Math.max(0, a - shift) / PAGE_SIZE); p <= Math.floor(Math.max(0, b - shift) / PAGE_SIZE); p++) if (s.pages.has(p)) loadPage(p, s);
          }
          bump();
        }, fail);
      },
      error: fail,
    });

    return () => {
      abort.abort();
      sub.unsubscribe();
    };
  }, [db, key, refresh, bump, loadPage]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const s = state.current;
      s.visible = [start, end];
      if (!s.keys && s.counted === null) return;
      const shift = s.fresh.length;
      const a = Math.max(0, start - shift);
      const b = Math.max(0, end - shift);
      for (let p = Math.floor(a / PAGE_SIZE); p <= Math.floor(b / PAGE_SIZE); p++) if (!s.pages.has(p)) loadPage(p, s);
    },
    [loadPage],
  );

  ensureRef.current = ensure;

  const row = useCallback((index: number) => {
    const s = state.current;
    if (index < s.fresh.length) return s.fresh[index];
    const i = index - s.fresh.length;
    if (!s.keys && s.counted === null) return s.head[i];
    const page = s.pages.get(Math.floor(i / PAGE_SIZE));
    return page && page !== 'loading' ? page[i % PAGE_SIZE] : undefined;
  }, []);

  const s = state.current;
  const total = s.keys ? s.keys.length + s.fresh.length : s.counted !== null ? s.counted + s.fresh.length : undefined;
  return { total, count: total ?? s.head.length + s.fresh.length, ready: s.headDone || s.keys !== null, row, ensure, version, error };
}
