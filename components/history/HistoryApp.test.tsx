// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TruthSerumDB } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import { HistoryApp } from './HistoryApp';

// happy-dom has no canvas and no layout: no chart drawing, and a screenful of list.
vi.mock('uplot', () => ({ default: class {
  setSize() {}
  destroy() {}
} }));
const T0 = Date.UTC(2026, 0, 5);
let db: TruthSerumDB;
beforeEach(async () => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  db = new TruthSerumDB(`app-test-${Math.random()}`);
  await db.moments.bulkPut(
    Array.from({ length: 150 }, (_, i) =>
      fakeMoment({ id: `m${String(i).padStart(4, '0')}`, createdAt: T0 + i * 60_000, updatedAt: T0 + i * 60_000, categories: [i % 2 ? 'price' : 'stall'], text: `Moment ${i}` }),
    ),
  );
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

describe('HistoryApp', () => {
  it('shows the newest rows, the total, and a filtered list', async () => {
    render(<HistoryApp db={db} />);
    await waitFor(() => expect(screen.getAllByTestId('history-row')[0]?.textContent).toContain('Moment 149'));
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('150 moments'));
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'stall' } });
    await waitFor(() => expect(screen.getAllByTestId('history-row')[0]?.textContent).toContain('Moment 148'));
    expect(screen.getAllByTestId('history-row').every((r) => r.getAttribute('data-category') === 'stall')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('75 moments'));
  });

  it('puts a moment written while open on top', async () => {
    render(<HistoryApp db={db} />);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('150 moments'));
    await db.moments.put(fakeMoment({ id: 'live', createdAt: T0 + 200 * 60_000, updatedAt: T0 + 200 * 60_000, text: 'Just arrived' }));
    await waitFor(() => expect(screen.getAllByTestId('history-row')[0]?.textContent).toContain('Just arrived'));
    expect(screen.getByTestId('history-count').textContent).toBe('151 moments');
  });

  it('counts the charts only once the rep opens them', async () => {
    const count = vi.spyOn(db.moments, 'where');
    render(<HistoryApp db={db} />);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('150 moments'));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByTestId('chart-categories')).toBeNull();
    // No per-week count has been asked for.
    expect(count.mock.calls.filter(([index]) => String(index) === '[primaryCategory+createdAt]')).toHaveLength(0);
    const details = screen.getByTestId('history-charts') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(screen.getByTestId('chart-categories')).toBeTruthy());
    expect(count.mock.calls.filter(([index]) => String(index) === '[primaryCategory+createdAt]').length).toBeGreaterThan(0);
    expect(screen.getByTestId('chart-categories').textContent).toContain('Price');
    // Closed and opened again: what was counted stays, nothing is counted again.
    const asked = count.mock.calls.length;
    for (const open of [false, true]) {
      details.open = open;
      fireEvent(details, new Event('toggle'));
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByTestId('chart-categories')).toBeTruthy();
    expect(count.mock.calls.length).toBe(asked);
  });

  it('reads the prospect suggestions only once the rep goes to the Prospect field', async () => {
    const { container } = render(<HistoryApp db={db} />);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('150 moments'));
    await new Promise((r) => setTimeout(r, 100));
    expect(container.querySelectorAll('datalist option')).toHaveLength(0);
    fireEvent.focus(screen.getByLabelText('Prospect'));
    await waitFor(() => expect([...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['dana.ortiz@contoso.example']));
  });
});
