// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { TruthSerumDB, type MomentRecord } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import type { HistoryFilter } from '@/lib/storage/history';
import { PAGE_SIZE, useHistoryPages } from './useHistoryPages';

const T0 = Date.UTC(2026, 0, 5);
const N = 250;
const CATS = ['info_brushoff', 'stall', 'price'] as const;

let db: TruthSerumDB;
beforeEach(async () => {
  db = new TruthSerumDB(`pages-test-${Math.random()}`);
  const all: MomentRecord[] = Array.from({ length: N }, (_, i) =>
    fakeMoment({ id: `m${String(i).padStart(4, '0')}`, createdAt: T0 + i * 60_000, updatedAt: T0 + i * 60_000, categories: [CATS[i % 3]!], source: i % 2 ? 'zoom' : 'gmail' }),
  );
  await db.moments.bulkPut(all);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const ids = (p: ReturnType<typeof useHistoryPages>, from: number, to: number) => Array.from({ length: to - from }, (_, i) => p.row(from + i)?.id);

describe('useHistoryPages', () => {
  it('shows the newest rows, then the total; deeper pages once asked for', async () => {
    const { result } = renderHook(() => useHistoryPages(db, {}));
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.row(0)?.id).toBe('m0249');
    await waitFor(() => expect(result.current.total).toBe(N));
    expect(result.current.count).toBe(N);
    // Past the first page: read by offset, from the nearer end, once asked for.
    act(() => result.current.ensure(240, 249));
    await waitFor(() => expect(result.current.row(249)?.id).toBe('m0000'));
    expect(ids(result.current, 240, 250)).toEqual(Array.from({ length: 10 }, (_, i) => `m${String(9 - i).padStart(4, '0')}`));
    // Only the pages asked for are read.
    expect(result.current.row(PAGE_SIZE)).toBeUndefined();
    act(() => result.current.ensure(PAGE_SIZE, PAGE_SIZE + 5));
    await waitFor(() => expect(result.current.row(PAGE_SIZE)?.id).toBe(`m${String(N - 1 - PAGE_SIZE).padStart(4, '0')}`));
  });

  it('a filter with two equality filters counts by keys, and a new filter starts over', async () => {
    const { result, rerender } = renderHook(({ f }: { f: HistoryFilter }) => useHistoryPages(db, f), { initialProps: { f: { category: 'stall' } as HistoryFilter } });
    await waitFor(() => expect(result.current.total).toBe(Math.ceil((N - 1) / 3)));
    rerender({ f: { category: 'stall', source: 'zoom' } });
    expect(result.current.total).toBeUndefined();
    await waitFor(() => expect(result.current.total).toBe(42));
    expect(result.current.row(0)?.id).toBe('m0247');
    expect(ids(result.current, 0, 42).every((id) => id && Number(id.slice(1)) % 6 === 1)).toBe(true);
  });

  it('puts moments written while open on top, for the current filter only', async () => {
    const { result } = renderHook(() => useHistoryPages(db, { category: 'price' }));
    await waitFor(() => expect(result.current.total).toBe(83));
    await act(async () => {
      await db.moments.bulkPut([
        fakeMoment({ id: 'new-price', createdAt: T0 + N * 60_000, updatedAt: T0 + N * 60_000, categories: ['price'] }),
        fakeMoment({ id: 'new-stall', createdAt: T0 + N * 60_000 + 1, updatedAt: T0 + N * 60_000 + 1, categories: ['stall'] }),
      ]);
    });
    await waitFor(() => expect(result.current.row(0)?.id).toBe('new-price'));
    expect(result.current.total).toBe(84);
    expect(result.current.row(1)?.id).toBe('m0248');
  });
});
