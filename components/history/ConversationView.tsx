import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MomentRecord, TruthSerumDB } from '@/lib/storage/db';
import { conversationMoments } from '@/lib/storage/history';
import { SOURCE_LABELS } from '@/lib/sources';
import { MomentCard } from '../moments/MomentCard';
import { setFeedback } from '../panel/feedback';
import { formatWhen } from './HistoryRow';

/** One conversation's moments, oldest first, each openable with its suggestions. */
export function ConversationView({ db, anchor, onClose }: { db: TruthSerumDB; anchor: MomentRecord; onClose(): void }) {
  const moments = useLiveQuery(() => conversationMoments(db, anchor.conversationId), [db, anchor.conversationId]);
  const stories = useLiveQuery(() => db.stories.toArray(), [db]);
  const [open, setOpen] = useState<Record<string, boolean>>({ [anchor.id]: true });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="conversation" data-testid="conversation" aria-labelledby="conversation-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="conversation-head">
        <button type="button" onClick={onClose}>
          ← Back to the list
        </button>
        <h2 id="conversation-title" tabIndex={-1} ref={heading}>
          {anchor.conversationTitle || 'Untitled conversation'}
        </h2>
        <p className="meta">
          {SOURCE_LABELS[anchor.source]}
          {moments && moments.length > 0 && ` · ${moments.length} moment${moments.length === 1 ? '' : 's'} · ${formatWhen(moments[0]!.createdAt)} – ${formatWhen(moments[moments.length - 1]!.createdAt)}`}
        </p>
      </div>
      <ol className="conversation-moments">
        {(moments ?? []).map((m) => (
          <li key={m.id}>
            <p className="when">{formatWhen(m.createdAt)}</p>
            <MomentCard
              moment={m}
              expanded={open[m.id] === true}
              stories={stories}
              onToggle={() => setOpen((o) => ({ ...o, [m.id]: !o[m.id] }))}
              onFeedback={(f) => void setFeedback(db, m, f)}
              actions={{
                onCopy: async (s) => {
                  await navigator.clipboard.writeText(s.text);
                  await db.moments.update(m.id, { usedSuggestionId: s.id, seen: 1 });
                },
              }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
