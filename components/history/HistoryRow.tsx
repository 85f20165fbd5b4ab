import { forwardRef } from 'react';
import { useCustomizations } from '../moments/customizations';
import { SOURCE_LABELS } from '@/lib/sources';
import type { MomentRecord } from '@/lib/storage/db';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(ms: number): string {
  return dateFormat.format(new Date(ms));
}

/** The words around the first match, trimmed to one line's worth. Text only. */
export function snippet(m: MomentRecord, max = 160): string {
  const first = [...m.detections].sort((a, b) => a.start - b.start)[0];
  const start = first && m.text.length > max ? Math.max(0, first.start - 40) : 0;
  const s = m.text.slice(start, start + max).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${s}${start + max < m.text.length ? '…' : ''}`;
}

export interface HistoryRowProps {
  moment: MomentRecord;
  index: number;
  onOpen(moment: MomentRecord): void;
  onKeyDown?: (e: React.KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

/** One moment in the history list: a button that opens its conversation. */
export const HistoryRow = forwardRef<HTMLButtonElement, HistoryRowProps>(function HistoryRow({ moment: m, index, onOpen, onKeyDown }, ref) {
  const primary = m.categories[0] ?? 'unknown';
  const { categoryName, categoryColour } = useCustomizations();
  return (
    <button
      ref={ref}
      type="button"
      className="history-row"
      data-testid="history-row"
      data-index={index}
      data-category={primary}
      data-categories={m.categories.join(' ')}
      data-source={m.source}
      data-kind={m.kind}
      onClick={() => onOpen(m)}
      onKeyDown={onKeyDown ? (e) => onKeyDown(e, index) : undefined}
    >
      <span className="row-top">
        <span className={`category category-${primary}`} style={categoryColour(primary) ? { borderColor: categoryColour(primary) } : undefined}>
          {categoryName(primary)}
        </span>
        {m.categories.slice(1).map((c) => (
          <span key={c} className="badge">{categoryName(c)}</span>
        ))}
        {m.usedSuggestionId && <span className="badge">used</span>}
        {m.feedback === 'helpful' && <span className="badge">helpful</span>}
        {m.feedback === 'not_this' && <span className="badge">not this</span>}
        <span className="row-when">{formatWhen(m.createdAt)}</span>
      </span>
      <span className="row-meta">
        {m.kind === 'draft' ? 'Your draft' : (m.speaker ?? 'Someone')} · {SOURCE_LABELS[m.source]}
        {m.conversationTitle ? ` · ${m.conversationTitle}` : ''}
      </span>
      <span className="row-text">{snippet(m)}</span>
    </button>
  );
});
