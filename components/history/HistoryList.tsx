import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MomentRecord } from '@/lib/storage/db';
import { HistoryRow } from './HistoryRow';
import type { HistoryPages } from './useHistoryPages';

export const ROW_HEIGHT = 84;

export interface HistoryListProps {
  pages: HistoryPages;
  onOpen(moment: MomentRecord, index: number): void;
  /** Row to focus when the list comes back (after closing a conversation). */
  focusIndex?: number | null;
}

/** A virtualised list: only the rows on screen (plus a few) are in the DOM, whatever the history holds. */
export function HistoryList({ pages, onOpen, focusIndex = null }: HistoryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // Rows read so far until the total is counted, then the total.
  const total = pages.count;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The first paint (and happy-dom in tests) has no layout yet: assume a screenful.
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) pages.ensure(first, last);
  }, [first, last, total, pages]);

  // A row to focus once it is rendered and loaded (a deep jump waits for its page).
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const focusWhenReady = (index: number) => {
    setPendingFocus(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  useEffect(() => {
    if (pendingFocus === null) return;
    const el = scroller.current?.querySelector<HTMLElement>(`button[data-index="${pendingFocus}"]`);
    if (el) {
      setPendingFocus(null);
      el.focus();
    }
  });

  useEffect(() => {
    if (focusIndex !== null && focusIndex < total) focusWhenReady(focusIndex);
    // Only when asked to restore focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusIndex]);

  /** Up/Down/Home/End/PageUp/PageDown move between rows; Tab leaves the list. */
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: total - 1, PageDown: index + page, PageUp: index - page }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    focusWhenReady(Math.min(total - 1, Math.max(0, target)));
  };

  return (
    <div ref={scroller} className="history-scroller" data-testid="history-list" role="region" aria-label="Moments" tabIndex={-1}>
      <ul className="history-rows" style={{ height: virtualizer.getTotalSize() }} aria-rowcount={pages.total ?? -1} aria-busy={pages.total === undefined}>
        {items.map((item) => {
          const moment = pages.row(item.index);
          return (
            <li key={item.key} className="history-item" style={{ height: item.size, transform: `translateY(${item.start}px)` }} aria-setsize={total} aria-posinset={item.index + 1}>
              {moment ? (
                <HistoryRow moment={moment} index={item.index} onOpen={(m) => onOpen(m, item.index)} onKeyDown={onKeyDown} />
              ) : (
                <div className="history-row placeholder" aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
